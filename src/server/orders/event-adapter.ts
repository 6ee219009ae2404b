import type { audienceIds } from '../../core/content/audiences';
import { cancelEventIn, textCancellation } from '../events/staff-changes';
import { createManagedEvents } from '../events/staff-events';
import { liveEventsOfOrder } from '../events/staff-repository';
import type { EventsDeps } from '../events/staff-scope';
import type { EventScheduler } from './scheduler';

type Audience = (typeof audienceIds)[number];

/**
 * The order's events are made and cancelled by the events capability's own use-cases, so they are checked
 * as any event is: hosts must be counsellors with a profile, a busy host refuses with 409 host_busy
 * (events/host-conflicts.ts), the event is audited. `db` is the order's transaction: the events' own
 * transaction nests in it as a savepoint, so a refused host leaves the order as it was.
 */
export function managedEventScheduler(deps: EventsDeps): EventScheduler {
  return {
    async create(db, ctx, input) {
      const eventIds: string[] = [];
      for (const s of input.sessions) {
        const made = await createManagedEvents(
          { ...deps, db },
          ctx,
          {
            organisationId: input.organisationId,
            orderId: input.orderId,
            publish: true,
            kind: input.kind,
            title: input.title,
            titleEn: input.titleEn,
            description: input.description,
            descriptionEn: input.descriptionEn,
            place: {
              kind: 'site',
              siteName: input.site.name,
              siteAddress: input.site.address,
              latitude: input.site.latitude ?? undefined,
              longitude: input.site.longitude ?? undefined,
            },
            startsAt: s.startsAt.toISOString(),
            endsAt: s.endsAt.toISOString(),
            capacity: input.capacity,
            audiences: input.audiences as Audience[],
            visibility: 'invitation',
            invitedOrganisationId: input.organisationId,
            hosts: input.hostUserIds.map((userId) => ({ userId })),
            blockDutySlots: input.blockDutySlots,
          },
          ctx.now,
        );
        eventIds.push(...made.map((e) => e.id));
      }
      return { eventIds };
    },

    // The enterprise may cancel its order but not manage events: the order's use-case has checked that, so
    // its events are cancelled on the order's authority. Texts go once the order's cancellation is committed.
    async cancel(db, ctx, orderId, reason) {
      const events = await liveEventsOfOrder(db, orderId);
      for (const row of events) await cancelEventIn(db, ctx, row, reason);
      return async () => {
        for (const row of events) await textCancellation(deps, row);
      };
    },
  };
}
