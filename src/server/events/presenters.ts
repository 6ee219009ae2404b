import { eventKindName } from '../../core/events/kinds';
import {
  checkInOpen,
  type EventStatus,
  feedbackOpen,
  type RegistrationRefusal,
  registrationRefusal,
} from '../../core/events/rules';
import type { Lang } from '../../core/instruments/types';
import type { EventWithPlace, RegistrationRow } from './repository';

export type PublicRefusal = 'not_yet_open' | 'closed' | 'started' | 'cancelled';

export interface EventPlace {
  kind: 'service_point' | 'site' | 'online';
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  servicePointId: string | null;
}

export interface EventSummary {
  id: string;
  kind: string;
  kindName: string;
  title: string;
  summaryText: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: EventPlace;
  capacity: number;
  placesLeft: number;
  waitlistLength: number;
  audiences: string[];
  visibility: 'open' | 'invitation';
  invitedOrganisationName: string | null;
  hosts: { name: string }[];
  status: 'published' | 'cancelled';
  registration: { opensAt: string | null; closesAt: string | null; refusal: PublicRefusal | null };
  materials: { replayUrl: string | null; summary: string | null } | null;
  distanceMetres?: number;
}

export interface EventDetail extends EventSummary {
  description: string;
  seriesId: string | null;
}

export interface RegistrationView {
  id: string;
  eventId: string;
  status: 'registered' | 'waitlisted' | 'offered' | 'cancelled' | 'expired';
  position: number | null;
  offerExpiresAt: string | null;
  ticket: string | null;
  checkedInAt: string | null;
  feedbackGiven: boolean;
  canCancel: boolean;
  canCheckIn: boolean;
  canGiveFeedback: boolean;
  onlineUrl: string | null;
  event: EventSummary;
}

export type Hosts = { eventId: string; name: string; nameEn: string }[];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The event's clock: its service point's zone, else the federation's. */
export const zoneOf = (e: EventWithPlace) => e.point?.timeZone ?? e.tenantTimeZone;

/** Where the event is, in words a worker reads (a site by its name, online as 线上 / Online). */
export function placeOf(e: EventWithPlace, lang: Lang): EventPlace {
  const ev = e.event;
  const en = lang === 'en';
  if (ev.placeKind === 'service_point' && e.point)
    return {
      kind: 'service_point',
      name: en ? e.point.nameEn : e.point.name,
      address: en ? (e.point.addressEn ?? e.point.address) : e.point.address,
      latitude: e.point.latitude,
      longitude: e.point.longitude,
      servicePointId: e.point.id,
    };
  if (ev.placeKind === 'site')
    return {
      kind: 'site',
      name: ev.siteName ?? ev.siteAddress ?? '',
      address: ev.siteAddress,
      latitude: ev.siteLatitude,
      longitude: ev.siteLongitude,
      servicePointId: null,
    };
  return {
    kind: 'online',
    name: en ? 'Online' : '线上',
    address: null,
    latitude: null,
    longitude: null,
    servicePointId: null,
  };
}

/** The first ~120 characters of the description as plain text (no markup, lines joined). */
export function summaryTextOf(description: string): string {
  const plain = description
    .replace(/<[^>]*>/g, '')
    .replace(/[*_#>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 120 ? `${plain.slice(0, 119)}…` : plain;
}

export function publicRefusal(e: EventWithPlace['event'], now: Date): PublicRefusal | null {
  const r: RegistrationRefusal | null = registrationRefusal(e.status as EventStatus, e, now);
  return r === 'not_published' ? 'closed' : r;
}

export function presentSummary(e: EventWithPlace, hosts: Hosts, lang: Lang, now: Date): EventSummary {
  const ev = e.event;
  const en = lang === 'en';
  const hasMaterials = ev.replayUrl || ev.summary || ev.summaryEn;
  return {
    id: ev.id,
    kind: ev.kind,
    kindName: eventKindName(ev.kind, lang),
    title: en ? ev.titleEn || ev.title : ev.title,
    summaryText: summaryTextOf(en ? ev.descriptionEn || ev.description : ev.description),
    startsAt: ev.startsAt.toISOString(),
    endsAt: ev.endsAt.toISOString(),
    timeZone: zoneOf(e),
    place: placeOf(e, lang),
    capacity: ev.capacity,
    placesLeft: Math.max(0, ev.capacity - ev.held),
    waitlistLength: e.waitlistLength,
    audiences: ev.audiences,
    visibility: ev.visibility as 'open' | 'invitation',
    invitedOrganisationName: ev.invitedOrganisationId
      ? ((en ? e.invitedNameEn : null) ?? e.invitedName)
      : null,
    hosts: hosts.filter((h) => h.eventId === ev.id).map((h) => ({ name: en ? h.nameEn || h.name : h.name })),
    status: ev.status === 'cancelled' ? 'cancelled' : 'published',
    registration: {
      opensAt: iso(ev.registrationOpensAt),
      closesAt: iso(ev.registrationClosesAt),
      refusal: publicRefusal(ev, now),
    },
    materials: hasMaterials
      ? { replayUrl: ev.replayUrl, summary: en ? (ev.summaryEn ?? ev.summary) : (ev.summary ?? ev.summaryEn) }
      : null,
  };
}

export function presentDetail(e: EventWithPlace, hosts: Hosts, lang: Lang, now: Date): EventDetail {
  const ev = e.event;
  const description = (lang === 'en' ? ev.descriptionEn || ev.description : ev.description)
    .replace(/<[^>]*>/g, '')
    .replace(/\r\n?/g, '\n');
  return { ...presentSummary(e, hosts, lang, now), description, seriesId: ev.seriesId };
}

export function presentRegistration(
  r: RegistrationRow,
  e: EventWithPlace,
  hosts: Hosts,
  extras: { position: number | null; ticket: string | null; lang: Lang },
  now: Date,
): RegistrationView {
  const ev = e.event;
  const live = r.status === 'registered' || r.status === 'waitlisted' || r.status === 'offered';
  const published = ev.status === 'published';
  const registered = r.status === 'registered';
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status as RegistrationView['status'],
    position: r.status === 'waitlisted' ? extras.position : null,
    offerExpiresAt: r.status === 'offered' ? iso(r.offerExpiresAt) : null,
    ticket: registered && published ? extras.ticket : null,
    checkedInAt: iso(r.checkedInAt),
    feedbackGiven: r.feedbackAt !== null,
    canCancel: live && published && now < ev.startsAt && r.checkedInAt === null,
    canCheckIn: registered && published && r.checkedInAt === null && checkInOpen(ev, now),
    canGiveFeedback: r.checkedInAt !== null && r.feedbackAt === null && feedbackOpen(ev, now),
    onlineUrl: registered && published && ev.placeKind === 'online' ? ev.onlineUrl : null,
    event: presentSummary(e, hosts, extras.lang, now),
  };
}
