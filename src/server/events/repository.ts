import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { bookers } from '../booking/tables';
import type { Db } from '../db/client';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';
import { tenants } from '../tenancy/tables';
import { eventHosts, eventRegistrations, eventReminders, groupEvents } from './tables';

export type EventRow = typeof groupEvents.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
type NewRegistration = typeof eventRegistrations.$inferInsert;

/** Registrations that hold a place or wait for one: at most one per person and event. */
export const LIVE_STATUSES = ['registered', 'waitlisted', 'offered'] as const;

/** An event with where it is (its service point, if any), its zone, and the name of the invited enterprise. */
export interface EventWithPlace {
  event: EventRow;
  point: {
    id: string;
    name: string;
    nameEn: string;
    address: string;
    addressEn: string | null;
    latitude: number | null;
    longitude: number | null;
    timeZone: string;
  } | null;
  tenantTimeZone: string;
  invitedName: string | null;
  invitedNameEn: string | null;
  waitlistLength: number;
}

const waitlistCount = sql<number>`(select count(*)::int from ${eventRegistrations} r
  where r.event_id = ${groupEvents.id} and r.status = 'waitlisted')`;

const withPlace = (db: Db) =>
  db
    .select({
      event: groupEvents,
      pointId: servicePoints.id,
      pointName: servicePoints.name,
      pointNameEn: servicePoints.nameEn,
      pointAddress: servicePoints.address,
      pointAddressEn: servicePoints.addressEn,
      pointLat: servicePoints.latitude,
      pointLng: servicePoints.longitude,
      pointZone: servicePoints.timeZone,
      tenantTimeZone: tenants.timeZone,
      invitedName: organisations.name,
      invitedNameEn: organisations.nameEn,
      waitlistLength: waitlistCount,
    })
    .from(groupEvents)
    .innerJoin(tenants, eq(tenants.id, groupEvents.tenantId))
    .leftJoin(servicePoints, eq(servicePoints.id, groupEvents.servicePointId))
    .leftJoin(organisations, eq(organisations.id, groupEvents.invitedOrganisationId));

type PlaceRow = Awaited<ReturnType<ReturnType<typeof withPlace>['where']>>[number];

const toEventWithPlace = (r: PlaceRow): EventWithPlace => ({
  event: r.event,
  point: r.pointId
    ? {
        id: r.pointId,
        name: r.pointName as string,
        nameEn: r.pointNameEn as string,
        address: r.pointAddress as string,
        addressEn: r.pointAddressEn,
        latitude: r.pointLat,
        longitude: r.pointLng,
        timeZone: r.pointZone as string,
      }
    : null,
  tenantTimeZone: r.tenantTimeZone,
  invitedName: r.invitedName,
  invitedNameEn: r.invitedNameEn,
  waitlistLength: Number(r.waitlistLength ?? 0),
});

export interface PublicEventFilter {
  tenantId: string;
  now: Date;
  kind?: string;
  audiences?: string[];
  from?: Date;
  to?: Date;
  inviteHash?: string;
}

/** Published events not yet ended: the open ones, and invitation-only ones whose invite token was given. */
export async function publicEvents(db: Db, f: PublicEventFilter): Promise<EventWithPlace[]> {
  const conditions = [
    eq(groupEvents.tenantId, f.tenantId),
    eq(groupEvents.status, 'published'),
    sql`${groupEvents.endsAt} > ${f.now}`,
    f.inviteHash
      ? or(eq(groupEvents.visibility, 'open'), eq(groupEvents.inviteTokenHash, f.inviteHash))
      : eq(groupEvents.visibility, 'open'),
  ];
  if (f.kind) conditions.push(eq(groupEvents.kind, f.kind));
  if (f.audiences?.length)
    conditions.push(
      sql`${groupEvents.audiences} && array[${sql.join(
        f.audiences.map((a) => sql`${a}`),
        sql`, `,
      )}]::text[]`,
    );
  if (f.from) conditions.push(sql`${groupEvents.startsAt} >= ${f.from}`);
  if (f.to) conditions.push(sql`${groupEvents.startsAt} < ${f.to}`);
  const rows = await withPlace(db)
    .where(and(...conditions))
    .orderBy(asc(groupEvents.startsAt), asc(groupEvents.id))
    .limit(500);
  return rows.map(toEventWithPlace);
}

export async function eventWithPlace(db: Db, id: string): Promise<EventWithPlace | undefined> {
  const [row] = await withPlace(db).where(eq(groupEvents.id, id));
  return row ? toEventWithPlace(row) : undefined;
}

export async function eventsWithPlace(db: Db, ids: string[]): Promise<EventWithPlace[]> {
  if (ids.length === 0) return [];
  const rows = await withPlace(db).where(inArray(groupEvents.id, ids));
  return rows.map(toEventWithPlace);
}

export async function hostsOf(db: Db, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return db
    .select({ eventId: eventHosts.eventId, name: eventHosts.name, nameEn: eventHosts.nameEn })
    .from(eventHosts)
    .where(inArray(eventHosts.eventId, eventIds))
    .orderBy(asc(eventHosts.name));
}

export async function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(groupEvents).where(eq(groupEvents.id, id));
  return row;
}

/** The event's row, locked: every change to its places happens under this lock. */
export async function lockEvent(tx: Db, id: string): Promise<EventRow | undefined> {
  const [row] = await tx.select().from(groupEvents).where(eq(groupEvents.id, id)).for('update');
  return row;
}

export async function changeHeld(tx: Db, eventId: string, by: number): Promise<void> {
  await tx
    .update(groupEvents)
    .set({ held: sql`${groupEvents.held} + ${by}` })
    .where(eq(groupEvents.id, eventId));
}

export async function findRegistration(db: Db, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id));
  return row;
}

export async function lockRegistration(tx: Db, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, id)).for('update');
  return row;
}

export async function liveRegistrationOf(tx: Db, eventId: string, bookerId: string) {
  const [row] = await tx
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.bookerId, bookerId),
        inArray(eventRegistrations.status, [...LIVE_STATUSES]),
      ),
    );
  return row;
}

export async function insertRegistration(tx: Db, values: NewRegistration): Promise<RegistrationRow> {
  const [row] = await tx.insert(eventRegistrations).values(values).returning();
  return row as RegistrationRow;
}

export async function updateRegistration(
  tx: Db,
  id: string,
  set: Partial<NewRegistration>,
): Promise<RegistrationRow> {
  const [row] = await tx.update(eventRegistrations).set(set).where(eq(eventRegistrations.id, id)).returning();
  return row as RegistrationRow;
}

/** The first in the event's waiting line (by when they joined, then id). Called under the event's lock. */
export async function firstWaiting(tx: Db, eventId: string): Promise<RegistrationRow | undefined> {
  const [row] = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.queuedAt), asc(eventRegistrations.id))
    .limit(1);
  return row;
}

/**
 * When a newcomer joins the line: now, or just after the last to join when that is not earlier (a fixed or
 * coarse clock). Called under the event's lock, which serialises arrivals, so the line is strictly first
 * come, first served.
 */
export async function nextQueueTime(tx: Db, eventId: string, now: Date): Promise<Date> {
  const [row] = await tx
    .select({ last: sql<string | null>`max(${eventRegistrations.queuedAt})` })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId));
  const last = row?.last ? new Date(row.last).getTime() : 0;
  return new Date(Math.max(now.getTime(), last + 1));
}

/** 1-based places in the waiting line of the given registrations (those still waiting). */
export async function waitlistPositions(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const result = (await db.execute(sql`
    select w.id, (select count(*)::int from ${eventRegistrations} o
      where o.event_id = w.event_id and o.status = 'waitlisted'
        and (o.queued_at, o.id) <= (w.queued_at, w.id)) as position
    from ${eventRegistrations} w
    where w.status = 'waitlisted' and w.id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`)) as unknown as { rows: { id: string; position: number }[] };
  return new Map(result.rows.map((r) => [r.id, Number(r.position)]));
}

export async function registrationsOfBooker(db: Db, bookerId: string): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(eventRegistrations)
    .innerJoin(groupEvents, eq(groupEvents.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.bookerId, bookerId))
    .orderBy(desc(groupEvents.startsAt), desc(eventRegistrations.createdAt))
    .then((rows) => rows.map((r) => r.event_registrations));
}

export async function registrationsOfEvent(db: Db, eventId: string): Promise<RegistrationRow[]> {
  return (
    db
      .select()
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, eventId))
      // Those with places first, by when they registered; then the line in its order.
      .orderBy(
        sql`${eventRegistrations.queuedAt} is not null`,
        sql`coalesce(${eventRegistrations.queuedAt}, ${eventRegistrations.createdAt})`,
        asc(eventRegistrations.id),
      )
  );
}

export async function bookersByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(bookers).where(inArray(bookers.id, ids));
}

export async function insertEventReminders(
  tx: Db,
  rows: { registrationId: string; kind: string; dueAt: Date }[],
): Promise<void> {
  if (rows.length) await tx.insert(eventReminders).values(rows).onConflictDoNothing();
}

export async function deletePendingEventReminders(tx: Db, registrationId: string): Promise<void> {
  await tx
    .delete(eventReminders)
    .where(and(eq(eventReminders.registrationId, registrationId), isNull(eventReminders.sentAt)));
}

/** Due reminders, claimed under row locks (another runner skips them), with their registration and event. */
export async function claimDueEventReminders(tx: Db, now: Date, limit: number) {
  return tx
    .select({ reminder: eventReminders, registration: eventRegistrations, event: groupEvents })
    .from(eventReminders)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventReminders.registrationId))
    .innerJoin(groupEvents, eq(groupEvents.id, eventRegistrations.eventId))
    .where(and(isNull(eventReminders.sentAt), lte(eventReminders.dueAt, now)))
    .orderBy(asc(eventReminders.dueAt))
    .limit(limit)
    .for('update', { of: eventReminders, skipLocked: true });
}

export async function markEventReminder(tx: Db, id: string, now: Date, outcome: string): Promise<void> {
  await tx.update(eventReminders).set({ sentAt: now, outcome }).where(eq(eventReminders.id, id));
}

/** Events with an offer that ran out. */
export async function eventsWithLapsedOffers(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ eventId: eventRegistrations.eventId })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.status, 'offered'), lte(eventRegistrations.offerExpiresAt, now)));
  return rows.map((r) => r.eventId);
}

export async function lapsedOffersOf(tx: Db, eventId: string, now: Date): Promise<RegistrationRow[]> {
  return tx
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.status, 'offered'),
        lte(eventRegistrations.offerExpiresAt, now),
      ),
    );
}

export async function organisationPath(db: Db, id: string) {
  const [row] = await db
    .select({ path: organisations.path, name: organisations.name, tenantId: organisations.tenantId })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

export async function organisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, path: organisations.path, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}
