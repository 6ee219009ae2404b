import { and, asc, count, desc, eq, gte, ilike, lte, type SQL, sql } from 'drizzle-orm';
import {
  type AuditContent,
  type AuditOutcome,
  type ChainedAuditEvent,
  chainEvent,
  GENESIS_HASH,
} from '../../core/audit/hash-chain';
import type { Db } from '../db/client';
import { auditEvents, auditHeads } from './tables';

export interface AuditEntry {
  tenantId: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  organisationId?: string | null;
  outcome: AuditOutcome;
  requestId?: string | null;
  ip?: string | null;
  /** Never health answers or secrets: ids, counts, reasons. */
  details?: Record<string, unknown>;
}

/** Creates the empty head of a tenant's chain; called when the tenant is created. */
export async function createAuditHead(db: Db, tenantId: string): Promise<void> {
  await db.insert(auditHeads).values({ tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
}

/**
 * Appends one event to its tenant's chain. The head row is locked for the rest of the transaction, so
 * concurrent writers queue instead of forking the chain. Call inside the transaction of the change it records.
 */
export async function appendAuditEvent(db: Db, entry: AuditEntry, at: Date): Promise<ChainedAuditEvent> {
  await createAuditHead(db, entry.tenantId);
  const [head] = await db
    .select({ seq: auditHeads.seq, hash: auditHeads.hash })
    .from(auditHeads)
    .where(eq(auditHeads.tenantId, entry.tenantId))
    .for('update');
  if (!head) throw new Error('audit head missing');
  const content: AuditContent = {
    tenantId: entry.tenantId,
    seq: head.seq + 1,
    at: at.toISOString(),
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    organisationId: entry.organisationId ?? null,
    outcome: entry.outcome,
    requestId: entry.requestId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  };
  const event = chainEvent(head.hash, content);
  await db.insert(auditEvents).values({ ...event, at });
  await db
    .update(auditHeads)
    .set({ seq: event.seq, hash: event.hash })
    .where(eq(auditHeads.tenantId, entry.tenantId));
  return event;
}

type EventRow = typeof auditEvents.$inferSelect;

const toChained = (r: EventRow): ChainedAuditEvent => ({
  tenantId: r.tenantId,
  seq: r.seq,
  at: r.at.toISOString(),
  actorId: r.actorId,
  actorLabel: r.actorLabel,
  action: r.action,
  objectType: r.objectType,
  objectId: r.objectId,
  organisationId: r.organisationId,
  outcome: r.outcome as AuditOutcome,
  requestId: r.requestId,
  ip: r.ip,
  details: r.details,
  prevHash: r.prevHash,
  hash: r.hash,
});

/** Streams one tenant's whole chain in pages, for the verifier. */
export async function* readChain(
  db: Db,
  tenantId: string,
  pageSize = 5000,
): AsyncGenerator<ChainedAuditEvent[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), sql`${auditEvents.seq} > ${after}`))
      .orderBy(asc(auditEvents.seq))
      .limit(pageSize);
    if (rows.length === 0) return;
    yield rows.map(toChained);
    after = rows.at(-1)?.seq ?? after;
  }
}

export async function readHead(db: Db, tenantId: string): Promise<{ seq: number; hash: string } | null> {
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  return head ? { seq: head.seq, hash: head.hash } : null;
}

export async function tenantsWithAudit(db: Db): Promise<string[]> {
  const rows = await db.select({ tenantId: auditHeads.tenantId }).from(auditHeads);
  return rows.map((r) => r.tenantId);
}

export interface AuditQuery {
  tenantIds: string[] | 'all';
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

export async function searchAuditEvents(
  db: Db,
  q: AuditQuery,
): Promise<{ total: number; events: ChainedAuditEvent[] }> {
  const where: (SQL | undefined)[] = [
    q.tenantIds === 'all'
      ? undefined
      : sql`${auditEvents.tenantId} in ${q.tenantIds.length ? q.tenantIds : [null]}`,
    q.action ? ilike(auditEvents.action, `${escapeLike(q.action)}%`) : undefined,
    q.actor ? ilike(auditEvents.actorLabel, `%${escapeLike(q.actor)}%`) : undefined,
    q.outcome ? eq(auditEvents.outcome, q.outcome) : undefined,
    q.objectType ? eq(auditEvents.objectType, q.objectType) : undefined,
    q.objectId ? eq(auditEvents.objectId, q.objectId) : undefined,
    q.from ? gte(auditEvents.at, q.from) : undefined,
    q.to ? lte(auditEvents.at, q.to) : undefined,
  ];
  const condition = and(...where);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(condition);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(condition)
    .orderBy(desc(auditEvents.at), desc(auditEvents.seq))
    .limit(q.limit)
    .offset(q.offset);
  return { total: Number(total?.n ?? 0), events: rows.map(toChained) };
}

export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
