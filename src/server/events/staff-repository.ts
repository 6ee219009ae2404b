import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Reach } from '../../core/access/policy';
import { eventReminderTimes } from '../../core/events/rules';
import { bookers, bookings, counsellorProfiles, slots } from '../booking/tables';
import type { Db } from '../db/client';
import { withinReach } from '../identity/repository';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';
import { tenants } from '../tenancy/tables';
import {
  eventCarePackages,
  eventFeedback,
  eventHosts,
  eventRegistrations,
  eventReminders,
  eventWalkIns,
  groupEvents,
} from './tables';

/** SQL of the staff side of group events. */

export type GroupEventRow = typeof groupEvents.$inferSelect;
export type EventHostRow = typeof eventHosts.$inferSelect;

const invitedOrg = alias(organisations, 'invited_org');

const withPlace = (db: Db) =>
  db
    .select({
      event: groupEvents,
      organisationName: organisations.name,
      orgPath: organisations.path,
      invitedOrganisationName: invitedOrg.name,
      invitedOrgPath: invitedOrg.path,
      point: servicePoints,
      tenantTimeZone: tenants.timeZone,
    })
    .from(groupEvents)
    .innerJoin(organisations, eq(organisations.id, groupEvents.organisationId))
    .innerJoin(tenants, eq(tenants.id, groupEvents.tenantId))
    .leftJoin(invitedOrg, eq(invitedOrg.id, groupEvents.invitedOrganisationId))
    .leftJoin(servicePoints, eq(servicePoints.id, groupEvents.servicePointId));

export type EventWithPlace = Awaited<ReturnType<typeof withPlace>>[number];

export async function findEventWithPlace(db: Db, id: string): Promise<EventWithPlace | undefined> {
  const [row] = await withPlace(db).where(eq(groupEvents.id, id));
  return row;
}

/** The events a grassroots order made that are not cancelled yet, locked for its cancellation. */
export async function liveEventsOfOrder(db: Db, orderId: string): Promise<EventWithPlace[]> {
  return withPlace(db)
    .where(and(eq(groupEvents.orderId, orderId), ne(groupEvents.status, 'cancelled')))
    .for('update', { of: groupEvents });
}

export interface EventFilter {
  from?: Date;
  to?: Date;
  kind?: string;
  status?: string;
}

/**
 * Events in reach: those whose organisation is in it, and those whose invited organisation is (an
 * enterprise officer sees the counselling day the federation holds for their enterprise).
 */
export async function eventsWithin(db: Db, reach: Reach, filter: EventFilter): Promise<EventWithPlace[]> {
  const conditions: (SQL | undefined)[] = [
    or(
      withinReach(reach, groupEvents.tenantId, organisations.path),
      and(
        isNotNull(groupEvents.invitedOrganisationId),
        withinReach(reach, groupEvents.tenantId, invitedOrg.path),
      ),
    ),
  ];
  if (filter.from) conditions.push(gt(groupEvents.endsAt, filter.from));
  if (filter.to) conditions.push(lt(groupEvents.startsAt, filter.to));
  if (filter.kind) conditions.push(eq(groupEvents.kind, filter.kind));
  if (filter.status) conditions.push(eq(groupEvents.status, filter.status));
  return withPlace(db)
    .where(and(...conditions))
    .orderBy(asc(groupEvents.startsAt), asc(groupEvents.id))
    .limit(1000);
}

export async function lockEvent(db: Db, id: string): Promise<GroupEventRow | undefined> {
  const [row] = await db.select().from(groupEvents).where(eq(groupEvents.id, id)).for('update');
  return row;
}

/** Counsellors first, then outside experts, each by name (the rows keep no order of their own). */
export async function hostsOf(db: Db, eventIds: string[]): Promise<EventHostRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(eventHosts)
    .where(inArray(eventHosts.eventId, eventIds))
    .orderBy(sql`${eventHosts.userId} is null`, asc(eventHosts.name), asc(eventHosts.id));
}

export interface EventCounts {
  registered: number;
  waitlisted: number;
  offered: number;
  cancelled: number;
  attended: number;
  walkIns: number;
}

const zeroCounts = (): EventCounts => ({
  registered: 0,
  waitlisted: 0,
  offered: 0,
  cancelled: 0,
  attended: 0,
  walkIns: 0,
});

/** Registrations by status, check-ins and walk-ins of each event (expired offers count as cancelled). */
export async function countsOf(db: Db, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const out = new Map(eventIds.map((id) => [id, zeroCounts()]));
  if (eventIds.length === 0) return out;
  const regs = await db
    .select({
      eventId: eventRegistrations.eventId,
      status: eventRegistrations.status,
      n: sql<number>`count(*)::int`,
      checkedIn: sql<number>`count(${eventRegistrations.checkedInAt})::int`,
    })
    .from(eventRegistrations)
    .where(inArray(eventRegistrations.eventId, eventIds))
    .groupBy(eventRegistrations.eventId, eventRegistrations.status);
  for (const r of regs) {
    const c = out.get(r.eventId) ?? zeroCounts();
    if (r.status === 'registered') c.registered += r.n;
    else if (r.status === 'waitlisted') c.waitlisted += r.n;
    else if (r.status === 'offered') c.offered += r.n;
    else c.cancelled += r.n;
    c.attended += r.checkedIn;
  }
  const walks = await db
    .select({ eventId: eventWalkIns.eventId, n: sql<number>`coalesce(sum(${eventWalkIns.count}), 0)::int` })
    .from(eventWalkIns)
    .where(inArray(eventWalkIns.eventId, eventIds))
    .groupBy(eventWalkIns.eventId);
  for (const w of walks) {
    const c = out.get(w.eventId);
    if (c) c.walkIns = w.n;
  }
  return out;
}

/** A counsellor who may host: a counsellor's account with a profile in the tenant. */
export async function counsellorHosts(db: Db, tenantId: string, userIds?: string[]) {
  if (userIds && userIds.length === 0) return [];
  return db
    .select({
      id: users.id,
      name: counsellorProfiles.publicName,
      nameEn: counsellorProfiles.publicNameEn,
      active: counsellorProfiles.active,
    })
    .from(counsellorProfiles)
    .innerJoin(users, eq(users.id, counsellorProfiles.userId))
    .where(
      and(
        eq(counsellorProfiles.tenantId, tenantId),
        isNull(users.disabledAt),
        userIds ? inArray(users.id, userIds) : undefined,
      ),
    )
    .orderBy(asc(counsellorProfiles.publicName));
}

export interface Window {
  startsAt: Date;
  endsAt: Date;
}

/** Other live events of these hosts overlapping any of the windows. */
export async function overlappingHostedEvents(
  db: Db,
  userIds: string[],
  windows: Window[],
  except: string[],
) {
  if (userIds.length === 0 || windows.length === 0) return [];
  return db
    .select({
      userId: eventHosts.userId,
      eventId: groupEvents.id,
      startsAt: groupEvents.startsAt,
      endsAt: groupEvents.endsAt,
    })
    .from(eventHosts)
    .innerJoin(groupEvents, eq(groupEvents.id, eventHosts.eventId))
    .where(
      and(
        inArray(eventHosts.userId, userIds),
        ne(groupEvents.status, 'cancelled'),
        except.length
          ? sql`${groupEvents.id} not in (${sql.join(
              except.map((id) => sql`${id}`),
              sql`, `,
            )})`
          : undefined,
        or(
          ...windows.map((w) => and(lt(groupEvents.startsAt, w.endsAt), gt(groupEvents.endsAt, w.startsAt))),
        ),
      ),
    );
}

/** These counsellors' appointments (slots with a live booking) overlapping any of the windows. */
export async function overlappingAppointments(db: Db, userIds: string[], windows: Window[]) {
  if (userIds.length === 0 || windows.length === 0) return [];
  return db
    .select({ userId: slots.counsellorId, startsAt: slots.startsAt, endsAt: slots.endsAt })
    .from(slots)
    .innerJoin(bookings, eq(bookings.slotId, slots.id))
    .where(
      and(
        inArray(slots.counsellorId, userIds),
        ne(bookings.status, 'cancelled'),
        or(...windows.map((w) => and(lt(slots.startsAt, w.endsAt), gt(slots.endsAt, w.startsAt)))),
      ),
    );
}

/** These counsellors' open duty slots nobody has booked overlapping any of the windows, with their station. */
export async function openDutySlots(db: Db, userIds: string[], windows: Window[]) {
  if (userIds.length === 0 || windows.length === 0) return [];
  return db
    .select({
      id: slots.id,
      tenantId: slots.tenantId,
      counsellorId: slots.counsellorId,
      servicePointId: slots.servicePointId,
      pointName: servicePoints.name,
      pointNameEn: servicePoints.nameEn,
      organisationId: servicePoints.organisationId,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
    })
    .from(slots)
    .innerJoin(servicePoints, eq(servicePoints.id, slots.servicePointId))
    .where(
      and(
        inArray(slots.counsellorId, userIds),
        eq(slots.kind, 'rostered'),
        eq(slots.status, 'open'),
        sql`not exists (select 1 from ${bookings} b where b.slot_id = ${slots.id} and b.status <> 'cancelled')`,
        or(...windows.map((w) => and(lt(slots.startsAt, w.endsAt), gt(slots.endsAt, w.startsAt)))),
      ),
    )
    .orderBy(asc(slots.startsAt));
}

/** The people an event's notices go to: registered, waitlisted and offered, with their booker. */
export async function liveRegistrations(db: Db, eventId: string) {
  return db
    .select({ registration: eventRegistrations, booker: bookers })
    .from(eventRegistrations)
    .leftJoin(bookers, eq(bookers.id, eventRegistrations.bookerId))
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        inArray(eventRegistrations.status, ['registered', 'waitlisted', 'offered']),
      ),
    );
}

/** Every registration of an event (for the report's list), first come first. */
export async function registrationsOf(db: Db, eventId: string) {
  return db
    .select({ registration: eventRegistrations, booker: bookers })
    .from(eventRegistrations)
    .leftJoin(bookers, eq(bookers.id, eventRegistrations.bookerId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}

/**
 * After a time change, the reminders of the registered follow the new start: the old ones go (sent or not,
 * since they named the old time) and the ones still ahead are planned again.
 */
export async function replanReminders(db: Db, eventId: string, startsAt: Date, now: Date): Promise<number> {
  const registered = await db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'registered')));
  const ids = registered.map((r) => r.id);
  if (ids.length === 0) return 0;
  await db.delete(eventReminders).where(inArray(eventReminders.registrationId, ids));
  const planned = eventReminderTimes(startsAt, now);
  const rows = ids.flatMap((registrationId) => planned.map((p) => ({ registrationId, ...p })));
  if (rows.length) await db.insert(eventReminders).values(rows);
  return ids.length;
}

export async function carePackagesOf(db: Db, eventId: string) {
  return db
    .select({
      audienceGroup: eventCarePackages.audienceGroup,
      count: sql<number>`sum(${eventCarePackages.count})::int`,
    })
    .from(eventCarePackages)
    .where(eq(eventCarePackages.eventId, eventId))
    .groupBy(eventCarePackages.audienceGroup)
    .orderBy(asc(eventCarePackages.audienceGroup));
}

export async function feedbackOf(db: Db, eventId: string) {
  return db
    .select({
      rating: eventFeedback.rating,
      comment: eventFeedback.comment,
      createdAt: eventFeedback.createdAt,
    })
    .from(eventFeedback)
    .where(eq(eventFeedback.eventId, eventId))
    .orderBy(desc(eventFeedback.createdAt));
}
