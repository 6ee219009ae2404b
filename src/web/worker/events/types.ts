/**
 * The public events API's answers as the worker app reads them (issue 7 contract, "Public (worker) API").
 * Times are ISO 8601 UTC; every event carries the zone its times are shown in.
 */
export type EventRefusal = 'not_yet_open' | 'closed' | 'started' | 'cancelled';

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
  registration: { opensAt: string | null; closesAt: string | null; refusal: EventRefusal | null };
  materials: { replayUrl: string | null; summary: string | null } | null;
  distanceMetres?: number;
}

export interface EventDetail extends EventSummary {
  /** Plain text, paragraphs by \n. */
  description: string;
  seriesId: string | null;
}

export type RegistrationStatus = 'registered' | 'waitlisted' | 'offered' | 'cancelled' | 'expired';

export interface RegistrationView {
  id: string;
  eventId: string;
  status: RegistrationStatus;
  /** 1-based place in the waiting list. */
  position: number | null;
  offerExpiresAt: string | null;
  /** The QR code's text, only while registered. */
  ticket: string | null;
  checkedInAt: string | null;
  feedbackGiven: boolean;
  canCancel: boolean;
  canCheckIn: boolean;
  canGiveFeedback: boolean;
  /** Only while registered. */
  onlineUrl: string | null;
  event: EventSummary;
}
