import { eq } from 'drizzle-orm';
import { grantsFor } from '../../core/access/policy';
import { maskMobile } from '../../core/booking/phone';
import { addDays } from '../../core/booking/recurrence';
import type { ConsultMode } from '../../core/booking/slots';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { DEFAULT_TIME_ZONE, dayStart, localDateOf } from '../../core/time';
import { reachFor } from '../access';
import { recordAudit } from '../audit/record';
import { historyOf } from '../checkup/repository';
import { presentSharedResult } from '../checkup/shared-result';
import type { Db } from '../db/client';
import { isExclusionViolation } from '../db/errors';
import { servicePoints } from '../service-points/tables';
import { findTenant } from '../tenancy/repository';
import { phoneOfBooker } from './booking';
import { presentRoom } from './presenters';
import {
  calendarOf,
  daySummaryOf,
  findBooker,
  findRoom,
  insertBooking,
  insertSlot,
  lockBooking,
  lockOverlappingSlots,
  setSlotsCancelled,
  updateBooking,
} from './repository';
import { type Ctx, ownOnly, pointInScope, pointTarget, regenerate, staffTenant } from './staff-scope';
import { slots } from './tables';

// ── Appointments: calendar, attendance, walk-ins, blocked time ───────────────────────────────────────────

const topicNames = { work: '工作', family: '家庭', relationships: '人际关系', other: '其他' } as const;

/**
 * The calendar of slots and appointments. A counsellor sees their own, with what each worker chose to share
 * (topic, check-up results); a station manager sees the stations in scope without those. Reading shared
 * results is audited.
 */
export async function appointmentCalendar(
  db: Db,
  cipher: FieldCipher,
  ctx: Ctx,
  query: { from: Date; to: Date; counsellorId?: string; servicePointId?: string },
) {
  const tenantId = staffTenant(ctx);
  if (query.to.getTime() - query.from.getTime() > 42 * 86_400_000)
    throw new AppError('validation_failed', 'Ask for at most six weeks at a time');
  const own = ownOnly(ctx, 'appointment.read');
  let servicePointIds: string[] | undefined;
  if (!own) {
    const points = await db.select().from(servicePoints).where(eq(servicePoints.tenantId, tenantId));
    const reachable: string[] = [];
    for (const p of points) {
      const target = await pointTarget(db, p);
      if (
        grantsFor(ctx.principal, 'appointment.read').some(
          (g) => g.scope === 'tenant' || target.orgPath.startsWith(g.assignment.orgPath),
        )
      )
        reachable.push(p.id);
    }
    servicePointIds = query.servicePointId
      ? reachable.filter((id) => id === query.servicePointId)
      : reachable;
  } else if (query.servicePointId) servicePointIds = [query.servicePointId];
  const entries = await calendarOf(
    db,
    {
      tenantId,
      counsellorId: own ? (ctx.actorId as string) : query.counsellorId,
      servicePointIds,
    },
    query.from,
    query.to,
  );
  const shared: string[] = [];
  const out = [];
  for (const e of entries) {
    const b = e.booking;
    const mine = e.slot.counsellorId === ctx.actorId;
    let sharedResults = null;
    let contact = null;
    if (b && mine && b.sharedIdentityId) {
      sharedResults = await sharedResultsOf(db, b.sharedIdentityId, b.createdAt);
      shared.push(b.id);
    }
    if (b && mine && b.bookerId) {
      const booker = await findBooker(db, b.bookerId);
      const phone = booker ? phoneOfBooker(cipher, booker) : null;
      contact = phone ? { phone: maskMobile(phone), verified: true } : { phone: null, verified: false };
    }
    out.push({
      slot: {
        id: e.slot.id,
        kind: e.slot.kind as 'rostered' | 'walk_in' | 'block',
        startsAt: e.slot.startsAt.toISOString(),
        endsAt: e.slot.endsAt.toISOString(),
        modes: e.slot.modes as ConsultMode[],
        note: e.slot.note,
      },
      servicePoint: {
        id: e.point.id,
        name: e.point.name,
        nameEn: e.point.nameEn,
        timeZone: e.point.timeZone,
      },
      counsellor: { id: e.slot.counsellorId, name: e.counsellorName },
      room: e.room ? presentRoom(e.room) : null,
      booking: b
        ? {
            id: b.id,
            status: b.status as 'booked' | 'cancelled' | 'attended' | 'no_show',
            source: b.source as 'worker' | 'walk_in' | 'waitlist',
            mode: b.mode as ConsultMode,
            topic: mine ? (b.topic as keyof typeof topicNames) : null,
            sharesResults: b.sharedIdentityId !== null,
            sharedResults,
            contact,
            checkedInAt: b.checkedInAt?.toISOString() ?? null,
            createdAt: b.createdAt.toISOString(),
          }
        : null,
    });
  }
  if (shared.length > 0)
    await recordAudit(db, ctx, {
      tenantId,
      action: 'appointment.read_shared_results',
      objectType: 'booking',
      details: { bookings: shared },
    });
  return out;
}

/**
 * The day's appointments as counts and the next one, for the home page: computed in SQL, with no topics,
 * results or contact, so opening the console reads nothing confidential and records nothing. A counsellor
 * counts their own; any other role the service points in its reach. The day is the federation's.
 */
export async function appointmentSummary(db: Db, ctx: Ctx, date: string | undefined) {
  const tenantId = staffTenant(ctx);
  const timeZone = (await findTenant(db, tenantId))?.timeZone ?? DEFAULT_TIME_ZONE;
  const day = date ?? localDateOf(ctx.now, timeZone);
  const own = ownOnly(ctx, 'appointment.read');
  const { counts, next } = await daySummaryOf(
    db,
    {
      tenantId,
      counsellorId: own ? (ctx.actorId as string) : undefined,
      reach: own ? undefined : reachFor(ctx, 'appointment.read'),
    },
    dayStart(day, timeZone),
    dayStart(addDays(day, 1), timeZone),
    ctx.now,
  );
  return {
    date: day,
    timeZone,
    ...counts,
    next: next
      ? {
          startsAt: next.startsAt.toISOString(),
          servicePointName: next.point.name,
          servicePointNameEn: next.point.nameEn,
          servicePointTimeZone: next.point.timeZone,
        }
      : null,
  };
}

/** The results a worker chose to share: their latest check-up made before the booking. */
async function sharedResultsOf(db: Db, identityId: string, before: Date) {
  const history = await historyOf(db, identityId);
  const latest = history.find((h) => h.createdAt.getTime() <= before.getTime()) ?? history[0];
  if (!latest) return null;
  return {
    at: latest.createdAt.toISOString(),
    results: latest.results.map(presentSharedResult),
  };
}

async function appointmentInScope(db: Db, ctx: Ctx, bookingId: string) {
  const booking = await lockBooking(db, bookingId);
  if (!booking || booking.tenantId !== staffTenant(ctx))
    throw new AppError('booking_not_found', 'That appointment was not found');
  if (ownOnly(ctx, 'appointment.manage') && booking.counsellorId !== ctx.actorId)
    throw new AppError('booking_not_found', 'That appointment was not found');
  const point = await pointInScope(db, ctx, booking.servicePointId, 'appointment.manage');
  return { booking, point };
}

/** Marks an appointment attended or a no-show (or back to booked, to correct a slip), once it has begun. */
export async function markAttendance(
  db: Db,
  ctx: Ctx,
  bookingId: string,
  status: 'attended' | 'no_show' | 'booked',
) {
  return db.transaction(async (tx) => {
    const { booking, point } = await appointmentInScope(tx, ctx, bookingId);
    if (booking.status === 'cancelled')
      throw new AppError('booking_closed', 'This appointment was cancelled');
    const [slot] = await tx.select().from(slots).where(eq(slots.id, booking.slotId));
    if (slot && slot.startsAt.getTime() > ctx.now.getTime() + 15 * 60_000 && status !== 'booked')
      throw new AppError('bad_request', 'Attendance can be marked from 15 minutes before the appointment');
    const row = await updateBooking(tx, bookingId, { status, markedAt: ctx.now, markedBy: ctx.actorId });
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'appointment.attendance',
      objectType: 'booking',
      objectId: bookingId,
      organisationId: point.organisationId,
      details: { status },
    });
    return { id: row.id, status: row.status as 'attended' | 'no_show' | 'booked' };
  });
}

export interface TimeInput {
  servicePointId: string;
  counsellorId?: string;
  roomId?: string | null;
  startsAt: Date;
  minutes: number;
}

/**
 * Takes a stretch of a counsellor's time for a walk-in or a block. Open slots nobody booked in that time
 * are withdrawn; a booked one makes it `time_taken`. The exclusion constraint decides races.
 */
async function takeTime(
  tx: Db,
  ctx: Ctx,
  input: TimeInput,
  kind: 'walk_in' | 'block',
  note: string | null,
  modes: ConsultMode[],
) {
  const counsellorId = input.counsellorId ?? (ctx.actorId as string);
  if (ownOnly(ctx, 'appointment.manage') && counsellorId !== ctx.actorId)
    throw new AppError('forbidden', 'A counsellor manages only their own time');
  const point = await pointInScope(tx, ctx, input.servicePointId, 'appointment.manage');
  if (input.roomId) {
    // A room of another station (or another federation) would hold that room's time against its own bookings.
    const room = await findRoom(tx, input.roomId);
    if (!room || room.servicePointId !== point.id || !room.active)
      throw new AppError('bad_request', 'That room is not in use at this service point');
  }
  const end = new Date(input.startsAt.getTime() + input.minutes * 60_000);
  const overlapping = await lockOverlappingSlots(tx, counsellorId, input.startsAt, end);
  if (overlapping.some((s) => s.booked || s.kind !== 'rostered'))
    throw new AppError('time_taken', 'The counsellor already has an appointment or blocked time then');
  await setSlotsCancelled(
    tx,
    overlapping.map((s) => s.id),
  );
  const slot = await insertSlot(tx, {
    tenantId: point.tenantId,
    servicePointId: point.id,
    counsellorId,
    roomId: input.roomId ?? null,
    kind,
    status: 'open',
    startsAt: input.startsAt,
    endsAt: end,
    modes,
    note,
    createdAt: ctx.now,
  });
  return { point, slot, counsellorId };
}

const timeTaken = (err: unknown) =>
  isExclusionViolation(err)
    ? new AppError('time_taken', 'The counsellor or the room is already taken at that time')
    : err;

export async function addWalkIn(
  db: Db,
  ctx: Ctx,
  input: TimeInput & { topic: 'work' | 'family' | 'relationships' | 'other'; mode: ConsultMode },
) {
  try {
    return await db.transaction(async (tx) => {
      const { point, slot, counsellorId } = await takeTime(tx, ctx, input, 'walk_in', null, [input.mode]);
      const booking = await insertBooking(tx, {
        tenantId: point.tenantId,
        slotId: slot.id,
        servicePointId: point.id,
        counsellorId,
        bookerId: null,
        source: 'walk_in',
        topic: input.topic,
        mode: input.mode,
        status: input.startsAt.getTime() <= ctx.now.getTime() ? 'attended' : 'booked',
        createdAt: ctx.now,
      });
      await recordAudit(tx, ctx, {
        tenantId: point.tenantId,
        action: 'appointment.walk_in',
        objectType: 'booking',
        objectId: booking.id,
        organisationId: point.organisationId,
      });
      return { id: booking.id, slotId: slot.id, status: booking.status as 'booked' | 'attended' };
    });
  } catch (err) {
    throw timeTaken(err);
  }
}

export async function blockTime(db: Db, ctx: Ctx, input: TimeInput & { note: string }) {
  try {
    return await db.transaction(async (tx) => {
      const { point, slot } = await takeTime(tx, ctx, input, 'block', input.note, ['in_person']);
      await recordAudit(tx, ctx, {
        tenantId: point.tenantId,
        action: 'appointment.block',
        objectType: 'slot',
        objectId: slot.id,
        organisationId: point.organisationId,
      });
      return { id: slot.id, startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() };
    });
  } catch (err) {
    throw timeTaken(err);
  }
}

/** Frees blocked time; the roster's slots in it come back. */
export async function unblockTime(db: Db, ctx: Ctx, slotId: string) {
  const [block] = await db.select().from(slots).where(eq(slots.id, slotId));
  if (block?.kind !== 'block' || block.status === 'cancelled' || block.tenantId !== staffTenant(ctx))
    throw new AppError('not_found', 'That blocked time was not found');
  if (ownOnly(ctx, 'appointment.manage') && block.counsellorId !== ctx.actorId)
    throw new AppError('not_found', 'That blocked time was not found');
  const point = await pointInScope(db, ctx, block.servicePointId, 'appointment.manage');
  await db.transaction(async (tx) => {
    await setSlotsCancelled(tx, [slotId]);
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'appointment.unblock',
      objectType: 'slot',
      objectId: slotId,
      organisationId: point.organisationId,
    });
  });
  const { created } = await regenerate(db, { counsellorId: block.counsellorId }, ctx.now);
  return { slotsCreated: created };
}
