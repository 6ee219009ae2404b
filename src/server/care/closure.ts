import type { ClosureReason } from '../../core/care/records';
import { retainUntil } from '../../core/care/retention';
import { AppError } from '../../core/errors';
import type { RequestContext } from '../http/request-context';
import { type CareDeps, lockedCaseFor, requireOpen } from './care-deps';
import { auditCase } from './case-access';
import { updateCase } from './case-repository';
import { detailOf } from './reading';
import { cancelOpenMeasureLinks, cancelOpenTasks, findMeasure } from './records-repository';
import { addCaseEvent } from './timeline';

export interface CloseInput {
  reason: ClosureReason;
  finalMeasureId?: string;
  noFinalMeasureReason?: string;
  note?: string;
}

/**
 * Closes a case with a reason and a final measure (a completed questionnaire of the case), or a stated reason
 * why there is none. Open tasks and questionnaire links are cancelled; the records are kept three years from now.
 */
export async function closeCase(deps: CareDeps, ctx: RequestContext, caseId: string, input: CloseInput) {
  if (!input.finalMeasureId && !input.noFinalMeasureReason)
    throw new AppError(
      'final_measure_required',
      'Close with a final questionnaire of the case, or say why there is none (noFinalMeasureReason)',
    );
  return deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    requireOpen(access.row);
    if (input.finalMeasureId) {
      const m = await findMeasure(tx, input.finalMeasureId);
      if (!m || m.caseId !== caseId || m.status !== 'completed')
        throw new AppError(
          'final_measure_required',
          'The final measure must be a completed questionnaire of this case',
        );
    }
    const tasks = await cancelOpenTasks(tx, caseId, ctx.actorId, ctx.now);
    // A link sent for the case stops working: nobody would read its answers any more.
    const links = await cancelOpenMeasureLinks(tx, caseId);
    const row = await updateCase(tx, caseId, {
      status: 'closed',
      closedAt: ctx.now,
      closedBy: ctx.actorId,
      closureReason: input.reason,
      finalMeasureId: input.finalMeasureId ?? null,
      retainUntil: retainUntil(ctx.now),
      updatedAt: ctx.now,
    });
    await addCaseEvent(tx, deps.cipher, row, 'closed', ctx.actorId, ctx.now, {
      reason: input.reason,
      finalMeasureId: input.finalMeasureId ?? null,
      noFinalMeasureReason: input.noFinalMeasureReason ?? null,
      note: input.note ?? null,
      tasksCancelled: tasks,
      linksCancelled: links,
    });
    await auditCase(tx, ctx, access, 'case.close', {
      reason: input.reason,
      finalMeasure: input.finalMeasureId !== undefined,
      tasksCancelled: tasks,
      linksCancelled: links,
    });
    return detailOf(tx, deps, { row, basis: access.basis }, ctx.now);
  });
}

/** Opens a closed case again (the person came back): no retention date while it is open. */
export async function reopenCase(deps: CareDeps, ctx: RequestContext, caseId: string, reason: string) {
  return deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    if (access.row.status === 'open') throw new AppError('case_open', 'This case is open');
    const row = await updateCase(tx, caseId, {
      status: 'open',
      closedAt: null,
      closedBy: null,
      closureReason: null,
      finalMeasureId: null,
      retainUntil: null,
      updatedAt: ctx.now,
    });
    await addCaseEvent(tx, deps.cipher, row, 'reopened', ctx.actorId, ctx.now, { reason });
    await auditCase(tx, ctx, access, 'case.reopen');
    return detailOf(tx, deps, { row, basis: access.basis }, ctx.now);
  });
}
