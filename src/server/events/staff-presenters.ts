import { eventKindName } from '../../core/events/kinds';
import { DEFAULT_TIME_ZONE } from '../../core/time';
import type { EventCounts, EventHostRow, EventWithPlace } from './staff-repository';

/** The staff's view of an event: never the row as it is (no hashes), counts beside it. */

export const eventTimeZone = (row: Pick<EventWithPlace, 'point' | 'tenantTimeZone'>) =>
  row.point?.timeZone ?? row.tenantTimeZone ?? DEFAULT_TIME_ZONE;

export function presentPlace(row: EventWithPlace) {
  const e = row.event;
  const base = { servicePointId: null, roomId: null, onlineUrl: null };
  if (e.placeKind === 'service_point')
    return {
      ...base,
      kind: 'service_point' as const,
      name: row.point?.name ?? '',
      address: row.point?.address ?? null,
      latitude: row.point?.latitude ?? null,
      longitude: row.point?.longitude ?? null,
      servicePointId: e.servicePointId,
      roomId: e.roomId,
    };
  if (e.placeKind === 'site')
    return {
      ...base,
      kind: 'site' as const,
      name: e.siteName ?? e.siteAddress ?? '',
      address: e.siteAddress,
      latitude: e.siteLatitude,
      longitude: e.siteLongitude,
    };
  return {
    ...base,
    kind: 'online' as const,
    name: '线上',
    address: null,
    latitude: null,
    longitude: null,
    onlineUrl: e.onlineUrl,
  };
}

export function presentSummary(row: EventWithPlace, hosts: EventHostRow[], counts: EventCounts | undefined) {
  const e = row.event;
  return {
    id: e.id,
    kind: e.kind,
    kindName: eventKindName(e.kind, 'zh-CN'),
    title: e.title,
    titleEn: e.titleEn,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timeZone: eventTimeZone(row),
    status: e.status as 'draft' | 'published' | 'cancelled',
    place: presentPlace(row),
    capacity: e.capacity,
    registered: counts?.registered ?? 0,
    waitlisted: counts?.waitlisted ?? 0,
    attended: counts?.attended ?? 0,
    walkIns: counts?.walkIns ?? 0,
    hosts: hosts
      .filter((h) => h.eventId === e.id)
      .map((h) => ({ userId: h.userId, name: h.name, nameEn: h.nameEn })),
    organisationId: e.organisationId,
    organisationName: row.organisationName,
    visibility: e.visibility as 'open' | 'invitation',
    seriesId: e.seriesId,
    orderId: e.orderId,
  };
}

export function presentManaged(
  row: EventWithPlace,
  hosts: EventHostRow[],
  counts: EventCounts | undefined,
  inviteLink: string | null = null,
) {
  const e = row.event;
  return {
    ...presentSummary(row, hosts, counts),
    description: e.description,
    descriptionEn: e.descriptionEn,
    audiences: e.audiences,
    registrationOpensAt: e.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: e.registrationClosesAt?.toISOString() ?? null,
    invitedOrganisationId: e.invitedOrganisationId,
    invitedOrganisationName: row.invitedOrganisationName,
    inviteLink,
    replayUrl: e.replayUrl,
    summary: e.summary,
    summaryEn: e.summaryEn,
    cancelReason: e.cancelReason,
  };
}

export type ManagedEventView = ReturnType<typeof presentManaged>;

/** The invitation link: the token rides in the query, as the public API reads it (`?invite=`). */
export const inviteLinkFor = (publicUrl: string, eventId: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/events/${eventId}?invite=${token}`;
