import { taskState } from '../../core/care/records';
import { careStaffOf, onDutyAmong } from '../alerts/duty-repository';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { careTenantOf } from './care-deps';
import { caseCounts } from './case-repository';
import { waitingAlertCounts } from './opening-repository';
import { openTasksOf } from './records-repository';
import { endOfToday } from './timeline';

const DAY_MS = 86_400_000;

/**
 * The counsellor's day: requests waiting, own open tasks (overdue, today, the next seven days) and cases.
 * Counts, kinds and due times only — nothing sealed is opened, so reading it is not audited.
 */
export async function careQueue(db: Db, ctx: RequestContext) {
  const tenantId = careTenantOf(ctx);
  const me = ctx.actorId as string;
  const eod = await endOfToday(db, tenantId, ctx.now);
  const tasks = await openTasksOf(db, tenantId, me, new Date(eod.getTime() + 7 * DAY_MS));
  return {
    alerts: await waitingAlertCounts(db, tenantId, ctx.now),
    tasks: tasks.map((t) => ({
      id: t.id,
      caseId: t.caseId,
      caseNumber: t.caseNumber,
      kind: t.kind as 'call_back',
      dueAt: t.dueAt.toISOString(),
      state: taskState({ status: 'open', dueAt: t.dueAt }, ctx.now, eod) as
        | 'overdue'
        | 'due_today'
        | 'upcoming',
    })),
    cases: await caseCounts(db, tenantId, me),
  };
}

/** Counsellors and supervisors of the federation, for the reassign and escalate pickers. */
export async function careStaffList(db: Db, ctx: RequestContext) {
  const tenantId = careTenantOf(ctx);
  const staff = await careStaffOf(db, tenantId);
  const onDuty = await onDutyAmong(
    db,
    tenantId,
    staff.map((s) => s.id),
    ctx.now,
  );
  return staff.map((s) => ({ ...s, onDuty: onDuty.has(s.id) }));
}
