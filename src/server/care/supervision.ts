import { randomUUID } from 'node:crypto';
import { BREAK_GLASS_MINUTES } from '../../core/care/case-access';
import { AppError } from '../../core/errors';
import { careStaffOf } from '../alerts/duty-repository';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { aad } from '../ops/sealed-columns';
import type { CareEvent } from '../realtime/bus';
import { type Notice, notifyStaff } from '../realtime/notify';
import { basisAfter, type CareDeps, lockedCaseFor, publishAll, requireOpen } from './care-deps';
import { auditCase } from './case-access';
import { type CaseRow, insertBreakGlass, updateCase } from './case-repository';
import { type CaseDetail, detailOf } from './reading';
import { reassignOpenTasks } from './records-repository';
import { seal } from './sealing';
import { addCaseEvent } from './timeline';

async function requireStaffRole(db: Db, tenantId: string, userId: string, role: 'counsellor' | 'supervisor') {
  const staff = await careStaffOf(db, tenantId);
  if (!staff.some((s) => s.id === userId && s.roles.includes(role)))
    throw new AppError('bad_request', `That is not a ${role} of the federation`);
}

const notice = (row: CaseRow, kind: Notice['kind']): Notice => ({
  kind,
  objectType: 'case',
  objectId: row.id,
  label: row.number,
  priority: row.priority,
});

/** Runs a change of one case and publishes what it asks for after the commit. */
async function change(
  deps: CareDeps,
  work: (tx: Db, published: (CareEvent | null)[]) => Promise<CaseDetail>,
): Promise<CaseDetail> {
  const published: (CareEvent | null)[] = [];
  const detail = await deps.db.transaction((tx) => work(tx, published));
  await publishAll(deps.events, published);
  return detail;
}

/** The assigned counsellor asks a supervisor to look at the case with them: that supervisor reads it then. */
export async function escalateCase(
  deps: CareDeps,
  ctx: RequestContext,
  caseId: string,
  input: { supervisorId: string; reason: string },
) {
  return change(deps, async (tx, published) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    if (access.basis !== 'assigned')
      throw new AppError('forbidden', 'Only the case’s counsellor escalates it', { action: 'case.work' });
    requireOpen(access.row);
    await requireStaffRole(tx, access.row.tenantId, input.supervisorId, 'supervisor');
    if (access.row.escalatedTo === input.supervisorId)
      throw new AppError('conflict', 'The case is already escalated to this supervisor');
    const row = await updateCase(tx, caseId, {
      escalatedTo: input.supervisorId,
      escalatedAt: ctx.now,
      updatedAt: ctx.now,
    });
    await addCaseEvent(tx, deps.cipher, row, 'escalated', ctx.actorId, ctx.now, {
      supervisorId: input.supervisorId,
      reason: input.reason,
    });
    await auditCase(tx, ctx, access, 'case.escalate', { supervisorId: input.supervisorId });
    published.push(
      await notifyStaff(tx, row.tenantId, [input.supervisorId], notice(row, 'case_escalated'), ctx.now),
    );
    return detailOf(tx, deps, { row, basis: access.basis }, ctx.now);
  });
}

/** The counsellor, or the supervisor it is escalated to, ends the escalation; the supervisor stops reading. */
export async function deEscalateCase(deps: CareDeps, ctx: RequestContext, caseId: string) {
  return change(deps, async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'records');
    if (access.basis !== 'assigned' && access.basis !== 'escalated')
      throw new AppError('forbidden', 'Only the case’s counsellor or its supervisor ends an escalation', {
        action: 'case.work',
      });
    if (!access.row.escalatedTo) throw new AppError('conflict', 'The case is not escalated');
    const row = await updateCase(tx, caseId, { escalatedTo: null, escalatedAt: null, updatedAt: ctx.now });
    await addCaseEvent(tx, deps.cipher, row, 'de_escalated', ctx.actorId, ctx.now, {
      supervisorId: access.row.escalatedTo,
    });
    await auditCase(tx, ctx, access, 'case.de_escalate', { supervisorId: access.row.escalatedTo });
    return detailOf(tx, deps, { row, basis: await basisAfter(tx, access.viewer, row, ctx.now) }, ctx.now);
  });
}

/** A supervisor gives the case, with its open tasks, to another counsellor; the reason is sealed. */
export async function reassignCase(
  deps: CareDeps,
  ctx: RequestContext,
  caseId: string,
  input: { counsellorId: string; reason: string },
) {
  return change(deps, async (tx, published) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'meta');
    if (!access.viewer.supervisor)
      throw new AppError('forbidden', 'Only a supervisor reassigns a case', { action: 'case.supervise' });
    requireOpen(access.row);
    await requireStaffRole(tx, access.row.tenantId, input.counsellorId, 'counsellor');
    if (access.row.counsellorId === input.counsellorId)
      throw new AppError('conflict', 'The case is already with this counsellor');
    const row = await updateCase(tx, caseId, { counsellorId: input.counsellorId, updatedAt: ctx.now });
    const tasks = await reassignOpenTasks(tx, caseId, input.counsellorId);
    await addCaseEvent(tx, deps.cipher, row, 'reassigned', ctx.actorId, ctx.now, {
      from: access.row.counsellorId,
      to: input.counsellorId,
      reason: input.reason,
    });
    await auditCase(tx, ctx, access, 'case.reassign', {
      from: access.row.counsellorId,
      to: input.counsellorId,
      tasks,
    });
    published.push(
      await notifyStaff(tx, row.tenantId, [input.counsellorId], notice(row, 'case_assigned'), ctx.now),
    );
    return detailOf(tx, deps, { row, basis: await basisAfter(tx, access.viewer, row, ctx.now) }, ctx.now);
  });
}

/**
 * Break the glass: in an emergency a supervisor reads a case not escalated to them, for BREAK_GLASS_MINUTES,
 * with a reason. It is prominent in the audit trail and the counsellor is told at once.
 */
export async function breakGlass(deps: CareDeps, ctx: RequestContext, caseId: string, reason: string) {
  const published: (CareEvent | null)[] = [];
  const result = await deps.db.transaction(async (tx) => {
    const access = await lockedCaseFor(tx, ctx, caseId, 'meta');
    if (!access.viewer.supervisor)
      throw new AppError('forbidden', 'Only a supervisor breaks the glass', { action: 'case.supervise' });
    if (access.basis === 'assigned' || access.basis === 'escalated')
      throw new AppError('conflict', 'You already read this case’s records');
    const id = randomUUID();
    const expiresAt = new Date(ctx.now.getTime() + BREAK_GLASS_MINUTES * 60_000);
    await insertBreakGlass(tx, {
      id,
      tenantId: access.row.tenantId,
      caseId,
      userId: access.viewer.userId,
      reasonSealed: seal(deps.cipher, { reason }, aad.breakGlassReason(id)),
      grantedAt: ctx.now,
      expiresAt,
    });
    await addCaseEvent(tx, deps.cipher, access.row, 'break_glass', ctx.actorId, ctx.now, {
      reason,
      expiresAt: expiresAt.toISOString(),
    });
    await auditCase(tx, ctx, { row: access.row, basis: 'break_glass' }, 'case.break_glass', {
      grantId: id,
      expiresAt: expiresAt.toISOString(),
    });
    published.push(
      await notifyStaff(
        tx,
        access.row.tenantId,
        [access.row.counsellorId],
        notice(access.row, 'case_break_glass'),
        ctx.now,
      ),
    );
    return { grantedAt: ctx.now.toISOString(), expiresAt: expiresAt.toISOString() };
  });
  await publishAll(deps.events, published);
  return result;
}
