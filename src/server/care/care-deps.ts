import { type RecordBasis, recordBasis, type Viewer } from '../../core/care/case-access';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { reachFor } from '../access';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import type { CareEvent, EventBus } from '../realtime/bus';
import { type CaseAccess, caseFor } from './case-access';
import type { CaseRow } from './case-repository';
import { activeBreakGlass, lockCase } from './case-repository';

/** What the case use-cases need. */
export interface CareDeps {
  db: Db;
  cipher: FieldCipher;
  events: EventBus;
}

/** Tells open consoles, once the change is committed (never before: they would fetch what is not there). */
export async function publishAll(events: EventBus, list: readonly (CareEvent | null)[]): Promise<void> {
  for (const e of list) if (e) await events.publish(e);
}

/** The one federation the caller works in for care (counsellors and supervisors are of one federation). */
export function careTenantOf(ctx: RequestContext): string {
  const tenant = reachFor(ctx, 'case.work').tenants[0];
  if (!tenant) throw new AppError('forbidden', 'Your role does not allow this', { action: 'case.work' });
  return tenant;
}

/**
 * Inside a transaction: locks the case, then checks the caller's access on the locked (current) row, so two
 * changes of one case never interleave and a decision is never made on a stale status.
 */
export async function lockedCaseFor(
  tx: Db,
  ctx: RequestContext,
  id: string,
  need: 'meta' | 'records',
): Promise<CaseAccess> {
  await lockCase(tx, id);
  return caseFor(tx, ctx, id, need);
}

/** Writes to a closed case are refused: reopen it first. */
export function requireOpen(row: CaseRow): void {
  if (row.status !== 'open')
    throw new AppError('case_closed', 'This case is closed; reopen it to add to it', { caseId: row.id });
}

/** The viewer's basis on a case after a change (assignment or escalation may have moved). */
export async function basisAfter(
  tx: Db,
  viewer: Viewer,
  row: CaseRow,
  now: Date,
): Promise<RecordBasis | null> {
  const grants = viewer.supervisor ? await activeBreakGlass(tx, row.id, viewer.userId, now) : [];
  return recordBasis(viewer, row, grants, now);
}
