import { and, eq, gt, inArray, lt, ne } from 'drizzle-orm';
import { AppError } from '../../core/errors';
import { bookings, slots } from '../booking/tables';
import type { Db } from '../db/client';
import { inviteTokenHash, newInviteToken } from '../events/codes';
import { eventHosts, groupEvents } from '../events/tables';
import type { RequestContext } from '../http/request-context';
import { usersIn } from './repository';
import type { EventScheduler, ScheduleEventInput } from './scheduler';

/**
 * Makes an order's events by writing group_events and event_hosts directly, with the host check events-staff
 * also makes (another live event of theirs, or a booked counselling appointment, overlapping → 409 host_busy).
 * Stand-in until the orders and events-staff branches meet: then `createManagedEvents` replaces it.
 */
export const directEventScheduler: EventScheduler = {
  async create(db: Db, ctx: RequestContext, input: ScheduleEventInput) {
    const hosts = await usersIn(db, input.tenantId, input.hostUserIds);
    if (hosts.length !== new Set(input.hostUserIds).size)
      throw new AppError('validation_failed', 'A chosen host is not a member of staff of this federation');
    for (const s of input.sessions) await refuseBusyHosts(db, input.hostUserIds, s.startsAt, s.endsAt);
    const ids: string[] = [];
    for (const s of input.sessions) {
      const [row] = await db
        .insert(groupEvents)
        .values({
          tenantId: input.tenantId,
          organisationId: input.organisationId,
          orderId: input.orderId,
          kind: input.kind,
          title: input.title,
          titleEn: input.titleEn,
          description: input.description,
          descriptionEn: input.descriptionEn,
          placeKind: 'site',
          siteName: input.site.name,
          siteAddress: input.site.address,
          siteLatitude: input.site.latitude,
          siteLongitude: input.site.longitude,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          capacity: input.capacity,
          audiences: input.audiences,
          visibility: 'invitation',
          invitedOrganisationId: input.organisationId,
          // The link itself is shown by the events pages (they make a fresh one); only its hash is kept.
          inviteTokenHash: inviteTokenHash(newInviteToken()),
          status: 'published',
          publishedAt: ctx.now,
          createdBy: ctx.actorId,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning({ id: groupEvents.id });
      const eventId = (row as { id: string }).id;
      await db
        .insert(eventHosts)
        .values(hosts.map((h) => ({ eventId, userId: h.id, name: h.name, nameEn: h.name })));
      ids.push(eventId);
    }
    return { eventIds: ids };
  },

  // events-staff's cancel also texts those registered; this stand-in only marks the events cancelled.
  async cancel(db, ctx, orderId, reason) {
    await db
      .update(groupEvents)
      .set({ status: 'cancelled', cancelReason: reason, cancelledAt: ctx.now, updatedAt: ctx.now })
      .where(and(eq(groupEvents.orderId, orderId), ne(groupEvents.status, 'cancelled')));
  },
};

async function refuseBusyHosts(db: Db, hostIds: string[], startsAt: Date, endsAt: Date) {
  if (hostIds.length === 0) return;
  const events = await db
    .selectDistinct({ userId: eventHosts.userId, eventId: groupEvents.id })
    .from(eventHosts)
    .innerJoin(groupEvents, eq(groupEvents.id, eventHosts.eventId))
    .where(
      and(
        inArray(eventHosts.userId, hostIds),
        ne(groupEvents.status, 'cancelled'),
        lt(groupEvents.startsAt, endsAt),
        gt(groupEvents.endsAt, startsAt),
      ),
    );
  const appointments = await db
    .selectDistinct({ userId: bookings.counsellorId })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .where(
      and(
        inArray(bookings.counsellorId, hostIds),
        eq(bookings.status, 'booked'),
        lt(slots.startsAt, endsAt),
        gt(slots.endsAt, startsAt),
      ),
    );
  const busy = [...new Set([...events.map((e) => e.userId), ...appointments.map((a) => a.userId)])];
  if (busy.length)
    throw new AppError('host_busy', 'A chosen host is busy at that time', {
      hostUserIds: busy,
      events: events.map((e) => e.eventId),
      appointments: appointments.length,
    });
}
