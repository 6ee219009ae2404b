import type { AuditOutcome } from '../../core/audit/hash-chain';
import { reachFor } from '../access';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { recordAudit } from './record';
import { searchAuditEvents } from './repository';
import { verifyAuditChains } from './verify';

export interface AuditSearch {
  tenantId?: string;
  action?: string;
  actor?: string;
  outcome?: AuditOutcome;
  objectType?: string;
  objectId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** Tenants whose audit trail the principal may read, narrowed to the one asked for. */
function readableTenants(ctx: RequestContext, wanted?: string): string[] | 'all' {
  const reach = reachFor(ctx, 'audit.read');
  if (reach.platform) return wanted ? [wanted] : 'all';
  const mine = [...reach.tenants, ...reach.subtrees.map((s) => s.tenantId)];
  return wanted ? mine.filter((t) => t === wanted) : mine;
}

/** Reading the audit trail is itself audited. */
export async function searchAudit(db: Db, ctx: RequestContext, q: AuditSearch) {
  const result = await searchAuditEvents(db, { ...q, tenantIds: readableTenants(ctx, q.tenantId) });
  if (ctx.principal.kind === 'staff') {
    await recordAudit(db, ctx, {
      tenantId: ctx.principal.tenantId,
      action: 'audit.read',
      objectType: 'audit_event',
      details: {
        filter: { ...q, from: q.from?.toISOString(), to: q.to?.toISOString() },
        returned: result.events.length,
      },
    });
  }
  return result;
}

export async function verifyAudit(db: Db, ctx: RequestContext, tenantId?: string) {
  const tenants = readableTenants(ctx, tenantId);
  const reports =
    tenants === 'all'
      ? await verifyAuditChains(db)
      : await Promise.all(tenants.map((t) => verifyAuditChains(db, t))).then((r) => r.flat());
  if (ctx.principal.kind === 'staff') {
    await recordAudit(db, ctx, {
      tenantId: ctx.principal.tenantId,
      action: 'audit.verify',
      objectType: 'audit_event',
      details: { tenants: reports.length, ok: reports.every((r) => r.ok) },
    });
  }
  return reports;
}
