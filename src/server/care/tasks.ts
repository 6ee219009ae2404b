import { randomUUID } from 'node:crypto';
import { recommendationKinds, type TaskKind } from '../../core/care/records';
import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { aad } from '../ops/sealed-columns';
import type { CareEvent, EventBus } from '../realtime/bus';
import { notifyStaff } from '../realtime/notify';
import { type CareDeps, lockedCaseFor, publishAll, requireOpen } from './care-deps';
import { auditCase } from './case-access';
import { presentTask, type TaskDetail } from './presenters';
import {
  claimTasksToRemind,
  findTask,
  insertTask,
  markTasksReminded,
  updateTask,
} from './records-repository';
import { seal } from './sealing';
import { endOfToday } from './timeline';

export interface TaskInput {
  kind: TaskKind;
  dueAt: Date;
  title: string;
  detail?: string;
  instrumentId?: string;
  link?: string;
}

/** A step of the follow-up plan, for the case's counsellor; what it says is sealed. */
export async function addTask(deps: CareDeps, ctx: RequestContext, caseId: string, input: TaskInput) {
  if (input.instrumentId && input.kind !== 'recheck')
    throw new AppError('bad_request', 'Only a re-check names an instrument');
  return deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    requireOpen(access.row);
    const id = randomUUID();
    const detail: TaskDetail = {
      title: input.title,
      detail: input.detail || null,
      instrumentId: input.instrumentId ?? null,
      link: input.link ?? null,
    };
    const task = await insertTask(tx, {
      id,
      tenantId: access.row.tenantId,
      caseId,
      kind: input.kind,
      dueAt: input.dueAt,
      assigneeId: access.row.counsellorId,
      detailSealed: seal(deps.cipher, detail, aad.taskDetail(id)),
      status: 'open',
      createdBy: ctx.actorId as string,
      createdAt: ctx.now,
    });
    await auditCase(tx, ctx, access, 'case.task.create', { taskId: id, kind: input.kind });
    return presentTask(deps.cipher, task, ctx.now, await endOfToday(tx, access.row.tenantId, ctx.now));
  });
}

export interface TaskChange {
  status?: 'done' | 'cancelled';
  outcome?: string;
  followed?: boolean;
  dueAt?: Date;
}

/** Completes, cancels or moves a task; for a recommendation, records whether the worker followed it. */
export async function changeTask(deps: CareDeps, ctx: RequestContext, taskId: string, input: TaskChange) {
  const found = await findTask(deps.db, taskId);
  if (!found) throw new AppError('not_found', 'That task was not found');
  return deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, found.caseId, 'records');
    requireOpen(access.row);
    const task = (await findTask(tx, taskId)) ?? found;
    // Checked once the caller may see the case: a refusal must not tell a stranger what kind of task it is.
    if (input.followed !== undefined && !recommendationKinds.has(task.kind as TaskKind))
      throw new AppError(
        'bad_request',
        'Only a recommendation (appointment, activity, content, referral) is followed',
      );
    if (task.status !== 'open' && (input.status !== undefined || input.dueAt !== undefined))
      throw new AppError('conflict', `This task is already ${task.status}`);
    const row = await updateTask(tx, taskId, {
      ...(input.status ? { status: input.status, completedAt: ctx.now, completedBy: ctx.actorId } : {}),
      ...(input.outcome !== undefined
        ? { outcomeSealed: seal(deps.cipher, { outcome: input.outcome }, aad.taskOutcome(taskId)) }
        : {}),
      ...(input.followed !== undefined ? { followed: input.followed } : {}),
      // A new due time deserves a new reminder.
      ...(input.dueAt ? { dueAt: input.dueAt, remindedAt: null } : {}),
    });
    await auditCase(tx, ctx, access, 'case.task.update', {
      taskId,
      ...(input.status ? { status: input.status } : {}),
      ...(input.followed !== undefined ? { followed: input.followed } : {}),
    });
    return presentTask(deps.cipher, row, ctx.now, await endOfToday(tx, access.row.tenantId, ctx.now));
  });
}

export const REMIND_MINUTES_AHEAD = 60;

/**
 * The reminder job: each open task due within the hour (or already overdue) that nobody was reminded of
 * leaves a `task_due` notification for its assignee, once. Rows are claimed under a lock that other
 * processes skip, so two servers never remind twice.
 */
export async function remindDueTasks(deps: { db: Db; events: EventBus }, now: Date) {
  const until = new Date(now.getTime() + REMIND_MINUTES_AHEAD * 60_000);
  const published: (CareEvent | null)[] = [];
  const reminded = await deps.db.transaction(async (tx) => {
    const due = await claimTasksToRemind(tx, until, 500);
    for (const t of due)
      published.push(
        await notifyStaff(
          tx,
          t.tenantId,
          [t.assigneeId],
          { kind: 'task_due', objectType: 'task', objectId: t.id, label: t.caseNumber, priority: t.priority },
          now,
        ),
      );
    await markTasksReminded(
      tx,
      due.map((t) => t.id),
      now,
    );
    return due.length;
  });
  await publishAll(deps.events, published);
  return { reminded };
}
