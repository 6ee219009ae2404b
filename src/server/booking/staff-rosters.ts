import { and, asc, eq } from 'drizzle-orm';
import { describeRule, type RecurrenceRule } from '../../core/booking/recurrence';
import { type ConsultMode, rosterProblems } from '../../core/booking/slots';
import { AppError } from '../../core/errors';
import { dayEnd, dayStart } from '../../core/time';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import { roleAssignments } from '../identity/tables';
import {
  cancelUnbookedSlots,
  deleteException,
  exceptionsOf,
  findException,
  findRoom,
  findRoster,
  insertException,
  insertRoster,
  liveBookingsCount,
  type RosterRow,
  type ServicePointRow,
  updateRoster,
} from './repository';
import { type Ctx, ownOnly, pointInScope, regenerate, staffTenant } from './staff-scope';
import { dutyRosters } from './tables';

// ── Rosters and exceptions ───────────────────────────────────────────────────────────────────────────────

export interface RosterInput {
  servicePointId: string;
  counsellorId: string;
  roomId: string | null;
  rule: RecurrenceRule;
  startTime: string;
  endTime: string;
  validFrom: string;
  validUntil: string | null;
  slotMinutes: number;
  bufferMinutes: number;
  modes: ConsultMode[];
}

export function presentRoster(r: RosterRow) {
  return {
    id: r.id,
    servicePointId: r.servicePointId,
    counsellorId: r.counsellorId,
    roomId: r.roomId,
    rule: r.rule,
    description: { 'zh-CN': describeRule(r.rule, 'zh-CN'), en: describeRule(r.rule, 'en') },
    startTime: r.startTime,
    endTime: r.endTime,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    slotMinutes: r.slotMinutes,
    bufferMinutes: r.bufferMinutes,
    modes: r.modes as ConsultMode[],
    active: r.active,
  };
}

async function checkRosterInput(db: Db, tenantId: string, point: ServicePointRow, input: RosterInput) {
  const problems = rosterProblems({ ...input, timeZone: point.timeZone });
  if (problems.length) throw new AppError('invalid_roster', problems.join('; '), { problems });
  const [isCounsellor] = await db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, input.counsellorId),
        eq(roleAssignments.tenantId, tenantId),
        eq(roleAssignments.role, 'counsellor'),
      ),
    );
  if (!isCounsellor)
    throw new AppError('invalid_roster', 'That person is not one of the federation’s counsellors');
  if (input.roomId) {
    const room = await findRoom(db, input.roomId);
    if (!room || room.servicePointId !== point.id || !room.active)
      throw new AppError('invalid_roster', 'That room is not at this service point');
  }
}

export async function listRosters(
  db: Db,
  ctx: Ctx,
  filter: { servicePointId?: string; counsellorId?: string },
) {
  const tenantId = staffTenant(ctx);
  const own = ownOnly(ctx, 'roster.read');
  const rows = await db
    .select()
    .from(dutyRosters)
    .where(
      and(
        eq(dutyRosters.tenantId, tenantId),
        eq(dutyRosters.active, true),
        filter.servicePointId ? eq(dutyRosters.servicePointId, filter.servicePointId) : undefined,
        own
          ? eq(dutyRosters.counsellorId, ctx.actorId as string)
          : filter.counsellorId
            ? eq(dutyRosters.counsellorId, filter.counsellorId)
            : undefined,
      ),
    )
    .orderBy(asc(dutyRosters.createdAt));
  return rows.map(presentRoster);
}

export async function createRoster(db: Db, ctx: Ctx, input: RosterInput) {
  const point = await pointInScope(db, ctx, input.servicePointId, 'roster.manage');
  await checkRosterInput(db, point.tenantId, point, input);
  const roster = await db.transaction(async (tx) => {
    const row = await insertRoster(tx, {
      ...input,
      tenantId: point.tenantId,
      createdBy: ctx.actorId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'roster.create',
      objectType: 'duty_roster',
      objectId: row.id,
      organisationId: point.organisationId,
      details: { counsellorId: input.counsellorId, rule: input.rule },
    });
    return row;
  });
  const { created } = await regenerate(db, { servicePointId: point.id }, ctx.now);
  return { roster: presentRoster(roster), slotsCreated: created, bookingsKept: 0 };
}

/**
 * Changes or ends a roster: its future open slots nobody booked are withdrawn and generated again; booked
 * appointments stand (the answer says how many, so staff can call those workers if a duty is dropped).
 */
export async function changeRoster(
  db: Db,
  ctx: Ctx,
  id: string,
  changes: Partial<Omit<RosterInput, 'servicePointId'>> & { active?: boolean },
) {
  const existing = await findRoster(db, id);
  if (!existing || existing.tenantId !== staffTenant(ctx))
    throw new AppError('not_found', 'That roster was not found');
  const point = await pointInScope(db, ctx, existing.servicePointId, 'roster.manage');
  const merged = { ...presentRoster(existing), ...changes, servicePointId: existing.servicePointId };
  if (merged.active) await checkRosterInput(db, point.tenantId, point, merged);
  const roster = await db.transaction(async (tx) => {
    const row = await updateRoster(tx, id, { ...changes, updatedAt: ctx.now });
    await cancelUnbookedSlots(tx, { rosterId: id, from: ctx.now });
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: changes.active === false ? 'roster.end' : 'roster.update',
      objectType: 'duty_roster',
      objectId: id,
      organisationId: point.organisationId,
      details: { fields: Object.keys(changes) },
    });
    return row;
  });
  const bookingsKept = await liveBookingsCount(db, { rosterId: id, from: ctx.now });
  const { created } = await regenerate(db, { servicePointId: point.id }, ctx.now);
  return { roster: presentRoster(roster), slotsCreated: created, bookingsKept };
}

export async function listExceptions(db: Db, ctx: Ctx, servicePointId: string, from: string, to: string) {
  await pointInScope(db, ctx, servicePointId, 'roster.read');
  return (await exceptionsOf(db, [servicePointId], from, to)).map((e) => ({
    id: e.id,
    servicePointId: e.servicePointId,
    rosterId: e.rosterId,
    date: e.date,
    reason: e.reason,
  }));
}

/** A day off for one roster, or a holiday for the whole point: open slots that day are withdrawn. */
export async function addException(
  db: Db,
  ctx: Ctx,
  input: { servicePointId: string; rosterId: string | null; date: string; reason: string },
) {
  const point = await pointInScope(db, ctx, input.servicePointId, 'roster.manage');
  if (input.rosterId) {
    const roster = await findRoster(db, input.rosterId);
    if (!roster || roster.servicePointId !== point.id)
      throw new AppError('invalid_roster', 'That roster is not at this service point');
  }
  const from = dayStart(input.date, point.timeZone);
  const to = new Date(dayEnd(input.date, point.timeZone).getTime() + 1);
  return db.transaction(async (tx) => {
    const row = await insertException(tx, { ...input, tenantId: point.tenantId, createdBy: ctx.actorId });
    const withdrawn = await cancelUnbookedSlots(tx, {
      ...(input.rosterId ? { rosterId: input.rosterId } : { servicePointId: point.id }),
      from: new Date(Math.max(from.getTime(), ctx.now.getTime())),
      to,
    });
    const bookingsKept = await liveBookingsCount(tx, {
      ...(input.rosterId ? { rosterId: input.rosterId } : { servicePointId: point.id }),
      from,
      to,
    });
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'roster.exception.create',
      objectType: 'roster_exception',
      objectId: row.id,
      organisationId: point.organisationId,
      details: { date: input.date, rosterId: input.rosterId, withdrawn },
    });
    return {
      exception: {
        id: row.id,
        servicePointId: row.servicePointId,
        rosterId: row.rosterId,
        date: row.date,
        reason: row.reason,
      },
      slotsWithdrawn: withdrawn,
      bookingsKept,
    };
  });
}

export async function removeException(db: Db, ctx: Ctx, id: string) {
  const e = await findException(db, id);
  if (!e || e.tenantId !== staffTenant(ctx)) throw new AppError('not_found', 'That day off was not found');
  const point = await pointInScope(db, ctx, e.servicePointId, 'roster.manage');
  await db.transaction(async (tx) => {
    await deleteException(tx, id);
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'roster.exception.delete',
      objectType: 'roster_exception',
      objectId: id,
      organisationId: point.organisationId,
      details: { date: e.date },
    });
  });
  const { created } = await regenerate(db, { servicePointId: point.id }, ctx.now);
  return { slotsCreated: created };
}
