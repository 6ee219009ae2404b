import type { AuditOutcome } from '../../core/audit/hash-chain';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { appendAuditEvent } from './repository';

export interface AuditFacts {
  tenantId: string;
  action: string;
  outcome?: AuditOutcome;
  objectType?: string;
  objectId?: string;
  organisationId?: string | null;
  details?: Record<string, unknown>;
}

/** Records what the asking principal did. Call inside the transaction of the change it records. */
export async function recordAudit(db: Db, ctx: RequestContext, facts: AuditFacts): Promise<void> {
  await appendAuditEvent(
    db,
    {
      tenantId: facts.tenantId,
      actorId: ctx.actorId,
      actorLabel: ctx.actorLabel,
      action: facts.action,
      objectType: facts.objectType,
      objectId: facts.objectId,
      organisationId: facts.organisationId,
      outcome: facts.outcome ?? 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: facts.details,
    },
    ctx.now,
  );
}
