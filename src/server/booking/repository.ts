import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Reach } from '../../core/access/policy';
import type { Database, Db } from '../db/client';
import { prepared } from '../db/prepared';
import { withinReach } from '../identity/repository';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';
import {
  bookers,
  bookingReminders,
  bookings,
  calendarFeeds,
  counsellorProfiles,
  dutyRosters,
  phoneVerifications,
  rosterExceptions,
  serviceRooms,
  slots,
} from './tables';

export type SlotRow = typeof slots.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type BookerRow = typeof bookers.$inferSelect;
export type RosterRow = typeof dutyRosters.$inferSelect;
export type ServicePointRow = typeof servicePoints.$inferSelect;
export type RoomRow = typeof serviceRooms.$inferSelect;
export type ProfileRow = typeof counsellorProfiles.$inferSelect;

/**
 * The slot's id written out in full: in a selected field drizzle leaves columns unqualified, and inside a
 * subquery on bookings a bare "id" would be the booking's.
 */
export const liveSlotId = sql`"slots"."id"`;

/** A booking is live (holds its slot) in every status but cancelled. */
const live = ne(bookings.status, 'cancelled');

// ── Service points, rooms, profiles ──────────────────────────────────────────────────────────────────────

export async function findServicePoint(db: Db, id: string): Promise<ServicePointRow | undefined> {
  const statement = prepared(db, 'carnation_find_service_point', (d) =>
    d
      .select()
      .from(servicePoints)
      .where(eq(servicePoints.id, sql.placeholder('id')))
      .prepare('carnation_find_service_point'),
  );
  const [row] = await statement.execute({ id });
  return row;
}

export async function activeServicePointsOf(db: Db, tenantId: string): Promise<ServicePointRow[]> {
  return db
    .select()
    .from(servicePoints)
    .where(and(eq(servicePoints.tenantId, tenantId), eq(servicePoints.active, true)))
    .orderBy(asc(servicePoints.createdAt));
}

/** Service points whose organisation is within a reach (every tenant's for the platform), oldest first. */
export async function servicePointsWithin(db: Db, reach: Reach): Promise<ServicePointRow[]> {
  const rows = await db
    .select({ point: servicePoints })
    .from(servicePoints)
    .innerJoin(organisations, eq(organisations.id, servicePoints.organisationId))
    .where(withinReach(reach, servicePoints.tenantId, organisations.path))
    .orderBy(asc(servicePoints.tenantId), asc(servicePoints.createdAt));
  return rows.map((r) => r.point);
}

export async function roomsOf(db: Db, servicePointIds: string[]): Promise<RoomRow[]> {
  if (servicePointIds.length === 0) return [];
  return db
    .select()
    .from(serviceRooms)
    .where(inArray(serviceRooms.servicePointId, servicePointIds))
    .orderBy(asc(serviceRooms.createdAt));
}

export async function findRoom(db: Db, id: string): Promise<RoomRow | undefined> {
  const [row] = await db.select().from(serviceRooms).where(eq(serviceRooms.id, id));
  return row;
}

export async function profilesOf(db: Db, tenantId: string): Promise<ProfileRow[]> {
  return db.select().from(counsellorProfiles).where(eq(counsellorProfiles.tenantId, tenantId));
}

export async function findProfile(db: Db, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(counsellorProfiles).where(eq(counsellorProfiles.userId, userId));
  return row;
}

/** The first open slot of each service point after a moment (for "next free time" in the list). */
/** The first open slot of each service point that its policy lets a worker book now ("next free time"). */
export async function nextOpenSlots(
  db: Db,
  tenantId: string,
  now: Date,
): Promise<Map<string, { startsAt: Date; modes: string[] }>> {
  const rows = await db
    .selectDistinctOn([slots.servicePointId], {
      servicePointId: slots.servicePointId,
      startsAt: slots.startsAt,
      modes: slots.modes,
    })
    .from(slots)
    .innerJoin(servicePoints, eq(servicePoints.id, slots.servicePointId))
    .innerJoin(
      counsellorProfiles,
      and(eq(counsellorProfiles.userId, slots.counsellorId), eq(counsellorProfiles.active, true)),
    )
    .where(
      and(
        eq(slots.tenantId, tenantId),
        eq(slots.status, 'open'),
        eq(slots.kind, 'rostered'),
        sql`${slots.startsAt} >= ${now}::timestamptz + ${servicePoints.minNoticeMinutes} * interval '1 minute'`,
        sql`${slots.startsAt} < ${now}::timestamptz + ${servicePoints.maxAdvanceDays} * interval '1 day'`,
        sql`(${slots.heldUntil} is null or ${slots.heldUntil} <= ${now})`,
        sql`not exists (select 1 from ${bookings} b where b.slot_id = ${slots.id} and b.status <> 'cancelled')`,
      ),
    )
    .orderBy(asc(slots.servicePointId), asc(slots.startsAt));
  return new Map(rows.map((r) => [r.servicePointId, { startsAt: r.startsAt, modes: r.modes }]));
}

// ── Slots ────────────────────────────────────────────────────────────────────────────────────────────────

export interface OpenSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
  modes: string[];
  counsellorId: string;
  roomId: string | null;
}

/**
 * Bookable slots of one service point: open, rostered, no live booking, a counsellor with an active public
 * profile. The hottest read of a worker looking for a time: one prepared statement, only the columns shown.
 */
export async function openSlotsOf(
  database: Database,
  servicePointId: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<OpenSlot[]> {
  const { rows } = await database.executeSql(
    `select s.id, s.starts_at, s.ends_at, s.modes, s.counsellor_id, s.room_id
       from slots s
       join counsellor_profiles cp on cp.user_id = s.counsellor_id and cp.active
      where s.service_point_id = $1 and s.status = 'open' and s.kind = 'rostered'
        and s.starts_at >= $2 and s.starts_at < $3 and (s.held_until is null or s.held_until <= $4)
        and not exists (select 1 from bookings b where b.slot_id = s.id and b.status <> 'cancelled')
      order by s.starts_at, s.counsellor_id`,
    [servicePointId, from.toISOString(), to.toISOString(), now.toISOString()],
    'carnation_open_slots_of',
  );
  return rows.map((r) => ({
    id: r.id as string,
    startsAt: new Date(r.starts_at as string),
    endsAt: new Date(r.ends_at as string),
    modes: r.modes as string[],
    counsellorId: r.counsellor_id as string,
    roomId: (r.room_id as string | null) ?? null,
  }));
}

/**
 * The slot a booking is about to take, with its service point, share-locked so that staff cannot withdraw
 * it under the booking.
 */
export async function lockSlotForBooking(
  db: Db,
  id: string,
): Promise<{ slot: SlotRow; point: ServicePointRow } | undefined> {
  const [row] = await db
    .select({ slot: slots, point: servicePoints })
    .from(slots)
    .innerJoin(servicePoints, eq(servicePoints.id, slots.servicePointId))
    .where(eq(slots.id, id))
    .for('share', { of: slots });
  return row;
}

export async function findSlotWithLiveBooking(
  db: Db,
  id: string,
): Promise<
  { tenantId: string; kind: string; status: string; heldUntil: Date | null; booked: boolean } | undefined
> {
  const [row] = await db
    .select({
      tenantId: slots.tenantId,
      kind: slots.kind,
      status: slots.status,
      heldUntil: slots.heldUntil,
      booked: sql<boolean>`exists (select 1 from ${bookings} b where b.slot_id = ${liveSlotId} and b.status <> 'cancelled')`,
    })
    .from(slots)
    .where(eq(slots.id, id));
  return row;
}

export async function findSlot(db: Db, id: string): Promise<SlotRow | undefined> {
  const [row] = await db.select().from(slots).where(eq(slots.id, id));
  return row;
}

/** Live slots (any kind) in a window, for the calendar and for slot generation's busy intervals. */
export async function liveSlotsBetween(
  db: Db,
  filter: { counsellorIds?: string[]; servicePointIds?: string[]; roomIds?: string[] },
  from: Date,
  to: Date,
): Promise<SlotRow[]> {
  const who = [
    filter.counsellorIds?.length ? inArray(slots.counsellorId, filter.counsellorIds) : undefined,
    filter.servicePointIds?.length ? inArray(slots.servicePointId, filter.servicePointIds) : undefined,
    filter.roomIds?.length ? inArray(slots.roomId, filter.roomIds) : undefined,
  ].filter((c) => c !== undefined);
  if (who.length === 0) return [];
  return db
    .select()
    .from(slots)
    .where(and(ne(slots.status, 'cancelled'), lt(slots.startsAt, to), gt(slots.endsAt, from), or(...who)))
    .orderBy(asc(slots.startsAt));
}

/** Inserts generated slots; a slot that would overlap a live one, or already exists, is skipped by PostgreSQL. */
export async function insertSlotsSkippingConflicts(
  db: Db,
  values: (typeof slots.$inferInsert)[],
): Promise<number> {
  let created = 0;
  for (let i = 0; i < values.length; i += 500) {
    const rows = await db
      .insert(slots)
      .values(values.slice(i, i + 500))
      .onConflictDoNothing()
      .returning({ id: slots.id });
    created += rows.length;
  }
  return created;
}

export async function insertSlot(db: Db, values: typeof slots.$inferInsert): Promise<SlotRow> {
  const [row] = await db.insert(slots).values(values).returning();
  return row as SlotRow;
}

/** Cancels open slots nobody has booked, matching a condition; booked ones stay (they are appointments). */
export async function cancelUnbookedSlots(
  db: Db,
  where: { rosterId?: string; servicePointId?: string; counsellorId?: string; from: Date; to?: Date },
): Promise<number> {
  const rows = await db
    .update(slots)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(slots.status, 'open'),
        eq(slots.kind, 'rostered'),
        where.rosterId ? eq(slots.rosterId, where.rosterId) : undefined,
        where.servicePointId ? eq(slots.servicePointId, where.servicePointId) : undefined,
        where.counsellorId ? eq(slots.counsellorId, where.counsellorId) : undefined,
        gte(slots.startsAt, where.from),
        where.to ? lt(slots.startsAt, where.to) : undefined,
        sql`not exists (select 1 from ${bookings} b where b.slot_id = ${slots.id} and b.status <> 'cancelled')`,
      ),
    )
    .returning({ id: slots.id });
  return rows.length;
}

/** Live bookings on slots matching a condition from a moment on: what a roster change leaves standing. */
export async function liveBookingsCount(
  db: Db,
  where: { rosterId?: string; servicePointId?: string; from: Date; to?: Date },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(
      and(
        live,
        where.rosterId ? eq(slots.rosterId, where.rosterId) : undefined,
        where.servicePointId ? eq(slots.servicePointId, where.servicePointId) : undefined,
        gte(slots.startsAt, where.from),
        where.to ? lt(slots.startsAt, where.to) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

/** Locks a counsellor's live slots overlapping a stretch of time, with whether each is booked. */
export async function lockOverlappingSlots(
  db: Db,
  counsellorId: string,
  start: Date,
  end: Date,
): Promise<(SlotRow & { booked: boolean })[]> {
  const rows = await db
    .select()
    .from(slots)
    .where(
      and(
        eq(slots.counsellorId, counsellorId),
        ne(slots.status, 'cancelled'),
        lt(slots.startsAt, end),
        gt(slots.endsAt, start),
      ),
    )
    .for('update');
  if (rows.length === 0) return [];
  const booked = await db
    .select({ slotId: bookings.slotId })
    .from(bookings)
    .where(
      and(
        live,
        inArray(
          bookings.slotId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const bookedIds = new Set(booked.map((b) => b.slotId));
  return rows.map((r) => ({ ...r, booked: bookedIds.has(r.id) }));
}

export async function setSlotsCancelled(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.update(slots).set({ status: 'cancelled' }).where(inArray(slots.id, ids));
}

// ── Rosters ──────────────────────────────────────────────────────────────────────────────────────────────

export interface RosterWithPoint {
  roster: RosterRow;
  point: ServicePointRow;
}

export async function activeRosters(
  db: Db,
  filter: { tenantId?: string; servicePointId?: string; counsellorId?: string },
): Promise<RosterWithPoint[]> {
  return db
    .select({ roster: dutyRosters, point: servicePoints })
    .from(dutyRosters)
    .innerJoin(servicePoints, eq(servicePoints.id, dutyRosters.servicePointId))
    .where(
      and(
        eq(dutyRosters.active, true),
        eq(servicePoints.active, true),
        filter.tenantId ? eq(dutyRosters.tenantId, filter.tenantId) : undefined,
        filter.servicePointId ? eq(dutyRosters.servicePointId, filter.servicePointId) : undefined,
        filter.counsellorId ? eq(dutyRosters.counsellorId, filter.counsellorId) : undefined,
      ),
    )
    .orderBy(asc(dutyRosters.createdAt), asc(dutyRosters.id));
}

export async function findRoster(db: Db, id: string): Promise<RosterRow | undefined> {
  const [row] = await db.select().from(dutyRosters).where(eq(dutyRosters.id, id));
  return row;
}

export async function insertRoster(db: Db, values: typeof dutyRosters.$inferInsert): Promise<RosterRow> {
  const [row] = await db.insert(dutyRosters).values(values).returning();
  return row as RosterRow;
}

export async function updateRoster(
  db: Db,
  id: string,
  values: Partial<typeof dutyRosters.$inferInsert>,
): Promise<RosterRow> {
  const [row] = await db.update(dutyRosters).set(values).where(eq(dutyRosters.id, id)).returning();
  return row as RosterRow;
}

export async function exceptionsOf(
  db: Db,
  servicePointIds: string[],
  fromDate: string,
  toDate: string,
): Promise<(typeof rosterExceptions.$inferSelect)[]> {
  if (servicePointIds.length === 0) return [];
  return db
    .select()
    .from(rosterExceptions)
    .where(
      and(
        inArray(rosterExceptions.servicePointId, servicePointIds),
        gte(rosterExceptions.date, fromDate),
        sql`${rosterExceptions.date} <= ${toDate}`,
      ),
    )
    .orderBy(asc(rosterExceptions.date));
}

export async function insertException(
  db: Db,
  values: typeof rosterExceptions.$inferInsert,
): Promise<typeof rosterExceptions.$inferSelect> {
  const [row] = await db.insert(rosterExceptions).values(values).returning();
  return row as typeof rosterExceptions.$inferSelect;
}

export async function findException(db: Db, id: string) {
  const [row] = await db.select().from(rosterExceptions).where(eq(rosterExceptions.id, id));
  return row;
}

export async function deleteException(db: Db, id: string): Promise<void> {
  await db.delete(rosterExceptions).where(eq(rosterExceptions.id, id));
}

// ── Bookers and phone codes ──────────────────────────────────────────────────────────────────────────────

export async function insertPhoneVerification(db: Db, values: typeof phoneVerifications.$inferInsert) {
  await db.insert(phoneVerifications).values(values);
}

export async function recentVerificationCount(db: Db, tenantId: string, phoneHash: string, since: Date) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(phoneVerifications)
    .where(
      and(
        eq(phoneVerifications.tenantId, tenantId),
        eq(phoneVerifications.phoneHash, phoneHash),
        gte(phoneVerifications.createdAt, since),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function latestVerification(db: Db, tenantId: string, phoneHash: string) {
  const [row] = await db
    .select()
    .from(phoneVerifications)
    .where(and(eq(phoneVerifications.tenantId, tenantId), eq(phoneVerifications.phoneHash, phoneHash)))
    .orderBy(desc(phoneVerifications.createdAt))
    .limit(1);
  return row;
}

/** Counts a wrong try; returns the tries so far. */
export async function countWrongTry(db: Db, id: string): Promise<number> {
  const [row] = await db
    .update(phoneVerifications)
    .set({ attempts: sql`${phoneVerifications.attempts} + 1` })
    .where(eq(phoneVerifications.id, id))
    .returning({ attempts: phoneVerifications.attempts });
  return row?.attempts ?? 0;
}

export async function deleteOldVerifications(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(phoneVerifications)
    .where(lt(phoneVerifications.createdAt, before))
    .returning({ id: phoneVerifications.id });
  return rows.length;
}

export async function findBookerByPhone(db: Db, tenantId: string, phoneHash: string) {
  const [row] = await db
    .select()
    .from(bookers)
    .where(and(eq(bookers.tenantId, tenantId), eq(bookers.phoneHash, phoneHash)));
  return row;
}

export async function findBookerByIdentity(db: Db, identityId: string) {
  const [row] = await db.select().from(bookers).where(eq(bookers.retrievalIdentityId, identityId));
  return row;
}

export async function insertBookerIfAbsent(db: Db, values: typeof bookers.$inferInsert): Promise<void> {
  await db.insert(bookers).values(values).onConflictDoNothing();
}

export async function findBooker(db: Db, id: string): Promise<BookerRow | undefined> {
  const [row] = await db.select().from(bookers).where(eq(bookers.id, id));
  return row;
}

/**
 * Locks the booker (serialising one person's bookings, so that "at most N open bookings" holds under
 * concurrent requests) and counts their upcoming bookings, other than one being moved.
 */
export async function lockBookerCountingOpen(
  db: Db,
  id: string,
  now: Date,
  except?: string,
): Promise<number> {
  const [row] = await db
    .select({
      open: sql<number>`(select count(*)::int from ${bookings} b join ${slots} s on s.id = b.slot_id
        where b.booker_id = ${id} and b.status = 'booked' and s.starts_at > ${now}
        ${except ? sql`and b.id <> ${except}` : sql``})`,
    })
    .from(bookers)
    .where(eq(bookers.id, id))
    .for('update');
  return Number(row?.open ?? 0);
}

// ── Bookings ─────────────────────────────────────────────────────────────────────────────────────────────

export async function insertBooking(db: Db, values: typeof bookings.$inferInsert): Promise<BookingRow> {
  const [row] = await db.insert(bookings).values(values).returning();
  return row as BookingRow;
}

export async function lockBooking(db: Db, id: string): Promise<BookingRow | undefined> {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id)).for('update');
  return row;
}

export async function updateBooking(
  db: Db,
  id: string,
  values: Partial<typeof bookings.$inferInsert>,
): Promise<BookingRow> {
  const [row] = await db.update(bookings).set(values).where(eq(bookings.id, id)).returning();
  return row as BookingRow;
}

export interface BookingDetail {
  booking: BookingRow;
  slot: SlotRow;
  point: ServicePointRow;
  profile: ProfileRow | null;
  counsellorName: string;
  room: RoomRow | null;
}

const bookingDetailColumns = {
  booking: bookings,
  slot: slots,
  point: servicePoints,
  profile: counsellorProfiles,
  counsellorName: users.displayName,
  room: serviceRooms,
};

const detailQuery = (db: Db) =>
  db
    .select(bookingDetailColumns)
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(servicePoints, eq(servicePoints.id, bookings.servicePointId))
    .innerJoin(users, eq(users.id, bookings.counsellorId))
    .leftJoin(counsellorProfiles, eq(counsellorProfiles.userId, bookings.counsellorId))
    .leftJoin(serviceRooms, eq(serviceRooms.id, slots.roomId));

export async function bookingDetail(db: Db, id: string): Promise<BookingDetail | undefined> {
  const [row] = await detailQuery(db).where(eq(bookings.id, id));
  return row;
}

export async function bookingsOfBooker(db: Db, bookerId: string): Promise<BookingDetail[]> {
  return detailQuery(db).where(eq(bookings.bookerId, bookerId)).orderBy(desc(slots.startsAt)).limit(100);
}

/** The calendar: live slots (open, booked, walk-ins, blocks) of some counsellors or points in a window. */
export interface CalendarEntry {
  slot: SlotRow;
  point: ServicePointRow;
  room: RoomRow | null;
  counsellorName: string;
  booking: BookingRow | null;
}

export async function calendarOf(
  db: Db,
  filter: { tenantId: string; counsellorId?: string; servicePointIds?: string[] },
  from: Date,
  to: Date,
): Promise<CalendarEntry[]> {
  return db
    .select({
      slot: slots,
      point: servicePoints,
      room: serviceRooms,
      counsellorName: users.displayName,
      booking: bookings,
    })
    .from(slots)
    .innerJoin(servicePoints, eq(servicePoints.id, slots.servicePointId))
    .innerJoin(users, eq(users.id, slots.counsellorId))
    .leftJoin(serviceRooms, eq(serviceRooms.id, slots.roomId))
    .leftJoin(bookings, and(eq(bookings.slotId, slots.id), live))
    .where(
      and(
        eq(slots.tenantId, filter.tenantId),
        ne(slots.status, 'cancelled'),
        gte(slots.startsAt, from),
        lt(slots.startsAt, to),
        filter.counsellorId ? eq(slots.counsellorId, filter.counsellorId) : undefined,
        filter.servicePointIds ? inArray(slots.servicePointId, filter.servicePointIds) : undefined,
      ),
    )
    .orderBy(asc(slots.startsAt));
}

export interface DaySummaryCounts {
  booked: number;
  attended: number;
  noShow: number;
  open: number;
}

/**
 * How many appointments a day holds (by state) and how many open times, and the next appointment still
 * to come, counted in SQL for the console's home card: nothing about who booked, why, or what they shared.
 * Narrowed to one counsellor, or to service points within a reach (by the point's organisation).
 */
export async function daySummaryOf(
  db: Db,
  filter: { tenantId: string; counsellorId?: string; reach?: Reach },
  from: Date,
  to: Date,
  now: Date,
): Promise<{ counts: DaySummaryCounts; next: { startsAt: Date; point: ServicePointRow } | null }> {
  const inDay = and(
    eq(slots.tenantId, filter.tenantId),
    ne(slots.status, 'cancelled'),
    gte(slots.startsAt, from),
    lt(slots.startsAt, to),
    filter.counsellorId ? eq(slots.counsellorId, filter.counsellorId) : undefined,
    filter.reach ? withinReach(filter.reach, servicePoints.tenantId, organisations.path) : undefined,
  );
  // Columns written out in full: drizzle leaves them unqualified in selected fields, and "status" and "id"
  // are in both tables.
  const [counts] = await db
    .select({
      booked: sql<number>`count(*) filter (where "bookings"."status" = 'booked')::int`,
      attended: sql<number>`count(*) filter (where "bookings"."status" = 'attended')::int`,
      noShow: sql<number>`count(*) filter (where "bookings"."status" = 'no_show')::int`,
      open: sql<number>`count(*) filter (where "bookings"."id" is null and "slots"."kind" <> 'block')::int`,
    })
    .from(slots)
    .innerJoin(servicePoints, eq(servicePoints.id, slots.servicePointId))
    .innerJoin(organisations, eq(organisations.id, servicePoints.organisationId))
    .leftJoin(bookings, and(eq(bookings.slotId, slots.id), live))
    .where(inDay);
  const [next] = await db
    .select({ startsAt: slots.startsAt, point: servicePoints })
    .from(slots)
    .innerJoin(servicePoints, eq(servicePoints.id, slots.servicePointId))
    .innerJoin(organisations, eq(organisations.id, servicePoints.organisationId))
    .innerJoin(bookings, and(eq(bookings.slotId, slots.id), eq(bookings.status, 'booked')))
    .where(and(inDay, gt(slots.endsAt, now)))
    .orderBy(asc(slots.startsAt))
    .limit(1);
  return {
    counts: {
      booked: Number(counts?.booked ?? 0),
      attended: Number(counts?.attended ?? 0),
      noShow: Number(counts?.noShow ?? 0),
      open: Number(counts?.open ?? 0),
    },
    next: next ?? null,
  };
}

// ── Reminders ────────────────────────────────────────────────────────────────────────────────────────────

export async function insertReminders(db: Db, values: (typeof bookingReminders.$inferInsert)[]) {
  if (values.length > 0) await db.insert(bookingReminders).values(values).onConflictDoNothing();
}

export async function deletePendingReminders(db: Db, bookingId: string): Promise<void> {
  await db
    .delete(bookingReminders)
    .where(and(eq(bookingReminders.bookingId, bookingId), isNull(bookingReminders.sentAt)));
}

/** Due reminders, locked so that two job runners never send one twice. */
export async function claimDueReminders(db: Db, now: Date, limit: number) {
  return db
    .select({
      reminder: bookingReminders,
      booking: bookings,
      booker: bookers,
      slot: slots,
      point: servicePoints,
    })
    .from(bookingReminders)
    .innerJoin(bookings, eq(bookings.id, bookingReminders.bookingId))
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(servicePoints, eq(servicePoints.id, bookings.servicePointId))
    .leftJoin(bookers, eq(bookers.id, bookings.bookerId))
    .where(
      and(
        isNull(bookingReminders.sentAt),
        lt(bookingReminders.dueAt, sql`${now}::timestamptz + interval '1 millisecond'`),
      ),
    )
    .orderBy(asc(bookingReminders.dueAt))
    .limit(limit)
    .for('update', { of: bookingReminders, skipLocked: true });
}

export async function markReminder(db: Db, id: string, sentAt: Date, outcome: string): Promise<void> {
  await db.update(bookingReminders).set({ sentAt, outcome }).where(eq(bookingReminders.id, id));
}

export async function remindersOf(db: Db, bookingIds: string[]) {
  if (bookingIds.length === 0) return [];
  return db.select().from(bookingReminders).where(inArray(bookingReminders.bookingId, bookingIds));
}

// ── Calendar feeds ───────────────────────────────────────────────────────────────────────────────────────

export async function activeFeedOf(db: Db, userId: string) {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
  return row;
}

export async function revokeFeedsOf(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.length;
}

export async function insertFeed(db: Db, values: typeof calendarFeeds.$inferInsert) {
  const [row] = await db.insert(calendarFeeds).values(values).returning();
  return row;
}

export async function findFeedByToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return row;
}
