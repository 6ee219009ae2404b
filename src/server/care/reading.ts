import type { z } from 'zod';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { type CareDeps, careTenantOf } from './care-deps';
import { auditCase, type CaseAccess, caseFor, viewerOf } from './case-access';
import { caseEventsOf, caseSummaries, caseSummary } from './case-repository';
import {
  presentAppointment,
  presentContact,
  presentEvent,
  presentNote,
  presentReferral,
  presentSummary,
  presentTask,
} from './presenters';
import { appointmentsOf, notesOf, tasksOf } from './records-repository';
import { referralsOfCase } from './referral-repository';
import type { caseDetailSchema, caseSummarySchema } from './schemas';
import { endOfToday } from './timeline';

export type CaseDetail = z.infer<typeof caseDetailSchema>;

/**
 * The case as the viewer may see it: metadata always, the records only with a basis. Decrypting happens here;
 * a record that will not open fails the whole answer (record_unreadable), never shows as empty.
 */
export async function detailOf(
  db: Db,
  deps: Pick<CareDeps, 'cipher'>,
  access: Pick<CaseAccess, 'row' | 'basis'>,
  now: Date,
): Promise<CaseDetail> {
  const { row, basis } = access;
  const summary = await caseSummary(db, row.id, now);
  if (!summary) throw new AppError('not_found', 'That case was not found');
  const events = (await caseEventsOf(db, row.id)).map((e) =>
    presentEvent(deps.cipher, e.event, e.actorName, basis),
  );
  let records: CaseDetail['records'] = null;
  if (basis) {
    const eod = await endOfToday(db, row.tenantId, now);
    records = {
      contact: presentContact(deps.cipher, summary.row),
      contactWithdrawn: summary.row.contactErasedAt !== null,
      notes: (await notesOf(db, row.id)).map((n) => presentNote(deps.cipher, n.note, n.authorName)),
      tasks: (await tasksOf(db, row.id)).map((t) => presentTask(deps.cipher, t, now, eod)),
      referrals: (await referralsOfCase(db, row.id)).map((r) => presentReferral(deps.cipher, r)),
      appointments: (await appointmentsOf(db, summary.row)).map(presentAppointment),
    };
  }
  const c = summary.row;
  return {
    ...presentSummary(summary),
    closureReason: c.closureReason as CaseDetail['closureReason'],
    finalMeasureId: c.finalMeasureId,
    retainUntil: c.retainUntil?.toISOString() ?? null,
    alertId: c.alertId,
    bookingId: c.bookingId,
    basis,
    records,
    events,
  };
}

/** One case; the read is audited (with its basis) before anything is opened, so a failed read is on record too. */
export async function readCase(deps: CareDeps, ctx: RequestContext, id: string): Promise<CaseDetail> {
  const access = await caseFor(deps.db, ctx, id, 'meta');
  await auditCase(deps.db, ctx, access, 'case.read', { records: access.basis !== null });
  return detailOf(deps.db, deps, access, ctx.now);
}

export interface ListQuery {
  status: 'open' | 'closed' | 'all';
  scope: 'mine' | 'all';
}

/** The caller's cases (or, for a supervisor, every case of the federation): metadata only. One audit event. */
export async function listCases(
  deps: CareDeps,
  ctx: RequestContext,
  q: ListQuery,
): Promise<z.infer<typeof caseSummarySchema>[]> {
  const tenantId = careTenantOf(ctx);
  const viewer = viewerOf(ctx, tenantId);
  if (q.scope === 'all' && !viewer.supervisor)
    throw new AppError('forbidden', 'Only a supervisor sees every case of the federation', {
      action: 'case.supervise',
    });
  const rows = await caseSummaries(
    deps.db,
    {
      tenantId,
      statuses: q.status === 'all' ? ['open', 'closed'] : [q.status],
      mineOf: q.scope === 'mine' ? viewer.userId : undefined,
    },
    ctx.now,
  );
  await recordAudit(deps.db, ctx, {
    tenantId,
    action: 'case.list',
    objectType: 'case',
    details: { count: rows.length, status: q.status, scope: q.scope },
  });
  return rows.map(presentSummary);
}
