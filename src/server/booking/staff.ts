import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { grantsFor } from '../../core/access/policy';
import { renderIcs } from '../../core/booking/ics';
import { maskMobile } from '../../core/booking/phone';
import { policyProblems } from '../../core/booking/policy';
import { addDays, describeRule, type RecurrenceRule } from '../../core/booking/recurrence';
import { type ConsultMode, rosterProblems } from '../../core/booking/slots';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { catalogue } from '../../core/instruments/catalogue';
import { DEFAULT_TIME_ZONE, dayEnd, dayStart, localDateOf } from '../../core/time';
import { reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import { historyOf } from '../checkup/repository';
import type { Db } from '../db/client';
import { isExclusionViolation } from '../db/errors';
import type { RequestContext } from '../http/request-context';
import { roleAssignments, users } from '../identity/tables';
import { findOrganisation } from '../organisations/repository';
import { insertServicePoint } from '../service-points/repository';
import { servicePoints } from '../service-points/tables';
import { findTenant } from '../tenancy/repository';
import { phoneOfBooker } from './booking';
import { presentCounsellor, presentRoom } from './presenters';
import {
  activeFeedOf,
  calendarOf,
  cancelUnbookedSlots,
  daySummaryOf,
  deleteException,
  exceptionsOf,
  findBooker,
  findException,
  findFeedByToken,
  findProfile,
  findRoom,
  findRoster,
  findServicePoint,
  insertBooking,
  insertException,
  insertFeed,
  insertRoster,
  insertSlot,
  liveBookingsCount,
  lockBooking,
  lockOverlappingSlots,
  profilesOf,
  type RosterRow,
  revokeFeedsOf,
  roomsOf,
  type ServicePointRow,
  servicePointsWithin,
  setSlotsCancelled,
  updateBooking,
  updateRoster,
} from './repository';
import { generateOpenSlots } from './slot-generation';
import { counsellorProfiles, dutyRosters, serviceRooms, slots } from './tables';

type Ctx = RequestContext;

/** Where a service point sits in the organisation tree, for scope checks. */
async function pointTarget(db: Db, point: ServicePointRow) {
  const org = await findOrganisation(db, point.organisationId);
  return { tenantId: point.tenantId, orgPath: org?.path ?? '' };
}

export async function pointInScope(db: Db, ctx: Ctx, id: string, action: Parameters<typeof requireOn>[1]) {
  const point = await findServicePoint(db, id);
  const notFound = new AppError('not_found', 'That service point was not found');
  if (!point) throw notFound;
  if (ctx.principal.kind !== 'staff' || (ctx.principal.tenantId !== point.tenantId && !isPlatform(ctx)))
    throw notFound;
  requireOn(ctx, action, await pointTarget(db, point), 'this service point');
  return point;
}

const isPlatform = (ctx: Ctx) =>
  ctx.principal.kind === 'staff' && ctx.principal.assignments.some((a) => a.role === 'platform_operator');

/** A counsellor reaches only their own rosters and appointments; any other role reaches its scope. */
export function ownOnly(
  ctx: Ctx,
  action: 'roster.read' | 'appointment.read' | 'appointment.manage',
): boolean {
  return grantsFor(ctx.principal, action).every((g) => g.assignment.role === 'counsellor');
}

const staffTenant = (ctx: Ctx): string => {
  if (ctx.principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in first');
  return ctx.principal.tenantId;
};

// ── Service points and rooms ─────────────────────────────────────────────────────────────────────────────

export interface ServicePointInput {
  organisationId: string;
  kind: string;
  name: string;
  nameEn: string;
  address: string;
  addressEn: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  description: string | null;
  descriptionEn: string | null;
  accessibility: string | null;
  accessibilityEn: string | null;
  timeZone: string;
  openingHours: { weekdays: number[]; opens: string; closes: string }[];
  minNoticeMinutes: number;
  maxAdvanceDays: number;
  cancelCutoffMinutes: number;
  maxOpenBookings: number;
  active: boolean;
}

function pointProblems(p: Partial<ServicePointInput>): string[] {
  const problems: string[] = [];
  if (p.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: p.timeZone });
    } catch {
      problems.push('timeZone is not a known IANA time zone');
    }
  }
  if ((p.latitude === null) !== (p.longitude === null))
    problems.push('give both latitude and longitude, or neither');
  if (p.kind !== undefined && p.kind !== 'remote' && p.latitude === null)
    problems.push('a station people visit needs its coordinates');
  for (const h of p.openingHours ?? [])
    if (h.closes <= h.opens)
      problems.push(`opening hours ${h.opens}–${h.closes}: closing comes before opening`);
  if (p.minNoticeMinutes !== undefined)
    problems.push(
      ...policyProblems({
        minNoticeMinutes: p.minNoticeMinutes,
        maxAdvanceDays: p.maxAdvanceDays ?? 28,
        cancelCutoffMinutes: p.cancelCutoffMinutes ?? 0,
        maxOpenBookings: p.maxOpenBookings ?? 1,
      }),
    );
  return problems;
}

export async function createServicePoint(
  db: Db,
  ctx: Ctx,
  input: ServicePointInput,
): Promise<ServicePointRow> {
  const org = await findOrganisation(db, input.organisationId);
  if (!org) throw new AppError('not_found', 'That organisation was not found');
  requireOn(ctx, 'servicepoint.manage', { tenantId: org.tenantId, orgPath: org.path }, 'this organisation');
  const problems = pointProblems(input);
  if (problems.length) throw new AppError('validation_failed', problems.join('; '), { problems });
  return db.transaction(async (tx) => {
    const point = await insertServicePoint(tx, { ...input, tenantId: org.tenantId });
    await recordAudit(tx, ctx, {
      tenantId: org.tenantId,
      action: 'servicepoint.create',
      objectType: 'service_point',
      objectId: point.id,
      organisationId: org.id,
      details: { name: input.name },
    });
    return point;
  });
}

export async function updateServicePoint(
  db: Db,
  ctx: Ctx,
  id: string,
  changes: Partial<Omit<ServicePointInput, 'organisationId'>>,
): Promise<ServicePointRow> {
  const point = await pointInScope(db, ctx, id, 'servicepoint.manage');
  const problems = pointProblems({ ...point, ...changes, kind: changes.kind ?? point.kind });
  if (problems.length) throw new AppError('validation_failed', problems.join('; '), { problems });
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx.update(servicePoints).set(changes).where(eq(servicePoints.id, id)).returning();
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'servicepoint.update',
      objectType: 'service_point',
      objectId: id,
      organisationId: point.organisationId,
      details: { fields: Object.keys(changes) },
    });
    return row as ServicePointRow;
  });
  // A longer horizon (max advance days) or a new zone changes which slots exist.
  if (changes.maxAdvanceDays !== undefined || changes.timeZone !== undefined || changes.active !== undefined)
    await regenerate(db, { servicePointId: id }, ctx.now);
  return updated;
}

/**
 * The service points the principal may see for editing, rosters and the calendar: those in the reach of
 * servicepoint.read (a station manager their subtree, a counsellor the federation, the platform operator
 * every federation), with their rooms.
 */
export async function listManagedServicePoints(db: Db, ctx: Ctx) {
  const points = await servicePointsWithin(db, reachFor(ctx, 'servicepoint.read'));
  const rooms = await roomsOf(
    db,
    points.map((p) => p.id),
  );
  return points.map((p) => ({ point: p, rooms: rooms.filter((r) => r.servicePointId === p.id) }));
}

export async function addRoom(
  db: Db,
  ctx: Ctx,
  servicePointId: string,
  input: { kind: string; name: string; nameEn: string },
) {
  const point = await pointInScope(db, ctx, servicePointId, 'servicepoint.manage');
  return db.transaction(async (tx) => {
    const [room] = await tx
      .insert(serviceRooms)
      .values({ ...input, tenantId: point.tenantId, servicePointId })
      .returning();
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'servicepoint.room.create',
      objectType: 'service_room',
      objectId: room?.id,
      organisationId: point.organisationId,
    });
    return presentRoom(room as NonNullable<typeof room>);
  });
}

export async function updateRoom(
  db: Db,
  ctx: Ctx,
  roomId: string,
  changes: { name?: string; nameEn?: string; kind?: string; active?: boolean },
) {
  const room = await findRoom(db, roomId);
  if (!room) throw new AppError('not_found', 'That room was not found');
  const point = await pointInScope(db, ctx, room.servicePointId, 'servicepoint.manage');
  return db.transaction(async (tx) => {
    const [row] = await tx.update(serviceRooms).set(changes).where(eq(serviceRooms.id, roomId)).returning();
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'servicepoint.room.update',
      objectType: 'service_room',
      objectId: roomId,
      organisationId: point.organisationId,
      details: { fields: Object.keys(changes) },
    });
    return { ...presentRoom(row as NonNullable<typeof row>), active: row?.active ?? false };
  });
}

// ── Counsellors ──────────────────────────────────────────────────────────────────────────────────────────

/** The federation's counsellors (accounts with the counsellor role) with their public profiles. */
export async function listCounsellors(db: Db, ctx: Ctx) {
  const tenantId = staffTenant(ctx);
  const rows = await db
    .selectDistinct({ id: users.id, displayName: users.displayName, disabledAt: users.disabledAt })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.role, 'counsellor')))
    .orderBy(asc(users.displayName));
  const profiles = new Map((await profilesOf(db, tenantId)).map((p) => [p.userId, p]));
  return rows.map((u) => {
    const p = profiles.get(u.id);
    return {
      id: u.id,
      accountName: u.displayName,
      active: u.disabledAt === null,
      profile: p ? { ...presentCounsellor(p), active: p.active } : null,
    };
  });
}

export interface ProfileInput {
  publicName: string;
  publicNameEn: string;
  qualification: string;
  qualificationEn: string;
  specialties: string[];
  languages: string[];
  bio: string;
  bioEn: string;
  photoUrl: string | null;
  active: boolean;
}

export async function saveProfile(db: Db, ctx: Ctx, userId: string, input: ProfileInput) {
  const tenantId = staffTenant(ctx);
  const [assignment] = await db
    .select({ organisationId: roleAssignments.organisationId })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.userId, userId),
        eq(roleAssignments.tenantId, tenantId),
        eq(roleAssignments.role, 'counsellor'),
      ),
    );
  if (!assignment) throw new AppError('not_found', 'That counsellor was not found');
  const org = await findOrganisation(db, assignment.organisationId);
  requireOn(ctx, 'counsellor.manage', { tenantId, orgPath: org?.path ?? '' }, 'this counsellor');
  return db.transaction(async (tx) => {
    const values = { ...input, userId, tenantId, updatedAt: ctx.now };
    await tx
      .insert(counsellorProfiles)
      .values(values)
      .onConflictDoUpdate({ target: counsellorProfiles.userId, set: values });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'counsellor.profile.save',
      objectType: 'user',
      objectId: userId,
    });
    const saved = await findProfile(tx, userId);
    return { ...presentCounsellor(saved as NonNullable<typeof saved>), active: saved?.active ?? false };
  });
}

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

async function regenerate(db: Db, scope: { servicePointId?: string; counsellorId?: string }, now: Date) {
  return generateOpenSlots(db, scope, now);
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
    results: latest.results.map((r) => {
      const def = catalogue.get(r.instrumentId);
      const band = def?.bands.find((b) => b.code === r.bandCode);
      return {
        instrument: r.instrumentId,
        name: def?.name['zh-CN'] ?? r.instrumentId,
        score: r.score,
        band: band?.label['zh-CN'] ?? r.bandCode,
        level: r.bandLevel,
        flags: r.flags,
      };
    }),
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

// ── The counsellor's calendar feed ───────────────────────────────────────────────────────────────────────

const feedHash = (token: string) => createHash('sha256').update(`carnation-ics:${token}`).digest('hex');

export async function feedStatus(db: Db, ctx: Ctx) {
  const feed = await activeFeedOf(db, ctx.actorId as string);
  return { active: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null };
}

/** A new secret address (the old one stops working); the token is shown once. */
export async function renewFeed(db: Db, ctx: Ctx) {
  const tenantId = staffTenant(ctx);
  const token = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    await revokeFeedsOf(tx, ctx.actorId as string, ctx.now);
    await insertFeed(tx, {
      tenantId,
      userId: ctx.actorId as string,
      tokenHash: feedHash(token),
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'calendar_feed.renew',
      objectType: 'user',
      objectId: ctx.actorId ?? undefined,
    });
  });
  return { token, path: `/api/v1/calendar-feeds/${token}.ics` };
}

export async function revokeFeed(db: Db, ctx: Ctx) {
  const tenantId = staffTenant(ctx);
  await db.transaction(async (tx) => {
    const n = await revokeFeedsOf(tx, ctx.actorId as string, ctx.now);
    if (n > 0)
      await recordAudit(tx, ctx, {
        tenantId,
        action: 'calendar_feed.revoke',
        objectType: 'user',
        objectId: ctx.actorId ?? undefined,
      });
  });
  return { active: false, createdAt: null };
}

/**
 * The feed itself: the counsellor's appointments and blocked time from a week back to eight weeks ahead,
 * with the station as place and no names, topics or phone numbers.
 */
export async function calendarFeed(db: Db, token: string, now: Date): Promise<string> {
  const feed = await findFeedByToken(db, feedHash(token));
  if (!feed) throw new AppError('not_found', 'That calendar address is not valid (it may have been renewed)');
  const entries = await calendarOf(
    db,
    { tenantId: feed.tenantId, counsellorId: feed.userId },
    new Date(now.getTime() - 7 * 86_400_000),
    new Date(now.getTime() + 56 * 86_400_000),
  );
  const modeText = { in_person: '面谈 In person', phone: '电话 Phone', video: '视频 Video' } as const;
  return renderIcs({
    name: '康乃馨 咨询日程 Carnation counselling',
    now,
    events: entries
      .filter((e) => e.booking || e.slot.kind === 'block')
      .map((e) => ({
        uid: `${e.slot.id}@carnation`,
        start: e.slot.startsAt,
        end: e.slot.endsAt,
        summary: e.booking ? '心理咨询预约 Counselling appointment' : '已占用 Blocked',
        location:
          e.booking?.mode === 'in_person' || !e.booking ? `${e.point.name} ${e.point.address}` : undefined,
        description: e.booking ? modeText[e.booking.mode as keyof typeof modeText] : undefined,
        status: 'CONFIRMED' as const,
      })),
  });
}
