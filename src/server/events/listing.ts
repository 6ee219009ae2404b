import { distanceMetres, type LatLng } from '../../core/booking/geo';
import type { Lang } from '../../core/instruments/types';
import type { Db } from '../db/client';
import { inviteTokenHash } from './codes';
import { type EventDetail, type EventSummary, presentDetail, presentSummary } from './presenters';
import { eventNotFound, visibleWith } from './registration';
import { eventWithPlace, hostsOf, publicEvents } from './repository';

export interface EventQuery {
  kind?: string;
  audiences?: string[];
  from?: Date;
  to?: Date;
  near?: LatLng | null;
  invite?: string;
}

/**
 * The events a worker may register for: published, not ended, open ones and the invitation-only ones whose
 * invite token is given; by start, or with `near` by distance then start (places without coordinates last).
 */
export async function listPublicEvents(
  db: Db,
  tenantId: string,
  q: EventQuery,
  lang: Lang,
  now: Date,
): Promise<EventSummary[]> {
  const rows = await publicEvents(db, {
    tenantId,
    now,
    kind: q.kind,
    audiences: q.audiences,
    from: q.from,
    to: q.to,
    inviteHash: q.invite ? inviteTokenHash(q.invite) : undefined,
  });
  const hosts = await hostsOf(
    db,
    rows.map((r) => r.event.id),
  );
  const events = rows.map((r) => presentSummary(r, hosts, lang, now));
  const near = q.near;
  if (!near) return events;
  const withDistance = events.map((e) =>
    e.place.latitude !== null && e.place.longitude !== null
      ? { ...e, distanceMetres: distanceMetres(near, { lat: e.place.latitude, lng: e.place.longitude }) }
      : e,
  );
  const far = Number.POSITIVE_INFINITY;
  return withDistance.sort(
    (a, b) => (a.distanceMetres ?? far) - (b.distanceMetres ?? far) || a.startsAt.localeCompare(b.startsAt),
  );
}

/** One event; a draft, or an invitation-only one without its token, is not found. */
export async function getPublicEvent(
  db: Db,
  tenantId: string | null,
  id: string,
  invite: string | undefined,
  lang: Lang,
  now: Date,
): Promise<EventDetail> {
  const e = await eventWithPlace(db, id);
  if (!e || (tenantId && e.event.tenantId !== tenantId) || !visibleWith(e.event, invite))
    throw eventNotFound();
  return presentDetail(e, await hostsOf(db, [id]), lang, now);
}
