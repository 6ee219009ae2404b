import type { RecurrenceRule } from '../../../core/booking/recurrence';

/**
 * The staff events API's shapes (issue 7 contract, "Staff API"), written by hand: the server's schemas were
 * being written in parallel. Times are ISO 8601 in UTC; every event carries the zone it is shown in.
 */

export type EventStatus = 'draft' | 'published' | 'cancelled';
export type EventVisibility = 'open' | 'invitation';

export interface EventPlace {
  kind: 'service_point' | 'site' | 'online';
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  servicePointId: string | null;
  /** Staff only: the room at the service point, and the online session's address. */
  roomId?: string | null;
  onlineUrl?: string | null;
}

export interface EventHostView {
  userId: string | null;
  name: string;
  nameEn?: string;
}

export interface ManagedEventSummary {
  id: string;
  kind: string;
  kindName: string;
  title: string;
  titleEn: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: EventStatus;
  place: EventPlace;
  capacity: number;
  registered: number;
  waitlisted: number;
  attended: number;
  walkIns: number;
  hosts: EventHostView[];
  organisationId: string;
  organisationName: string;
  visibility: EventVisibility;
  seriesId: string | null;
  orderId: string | null;
}

export interface ManagedEvent extends ManagedEventSummary {
  description: string;
  descriptionEn: string;
  audiences: string[];
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  invitedOrganisationId: string | null;
  invitedOrganisationName?: string | null;
  /** Only in the answer that made it (the server keeps the token's hash): a new one is asked for. */
  inviteLink: string | null;
  replayUrl: string | null;
  summary: string | null;
  summaryEn: string | null;
  cancelReason: string | null;
}

export type EventPlaceInput =
  | { kind: 'service_point'; servicePointId: string; roomId?: string }
  | { kind: 'site'; siteName: string; siteAddress: string; latitude?: number; longitude?: number }
  | { kind: 'online'; onlineUrl: string };

export type EventHostInput = { userId: string } | { name: string; nameEn: string };

export interface EventInput {
  organisationId: string;
  kind: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  place: EventPlaceInput;
  startsAt: string;
  endsAt: string;
  capacity: number;
  audiences: string[];
  visibility: EventVisibility;
  invitedOrganisationId?: string | null;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  hosts: EventHostInput[];
  series?: { rule: RecurrenceRule; until: string };
  /** Take the hosts' open duty slots at their stations for the event instead of being refused. */
  blockDutySlots?: boolean;
}

export type RegistrationStatus = 'registered' | 'waitlisted' | 'offered' | 'cancelled' | 'expired';

/**
 * One registration as staff see it (GET …/managed-events/{id}/registrations, StaffEventRegistration): a
 * worker's masked phone, or the name of a member an officer registered.
 */
export interface StaffRegistration {
  id: string;
  status: RegistrationStatus;
  source: 'worker' | 'officer';
  position: number | null;
  name: string | null;
  /** Masked, like 138****0000. */
  phone: string | null;
  organisationName: string | null;
  createdAt: string;
  offerExpiresAt: string | null;
  checkedInAt: string | null;
  checkInMethod: 'door_code' | 'ticket_scan' | 'staff_list' | null;
}

/** What became of each member an officer sent. */
export interface MemberResult {
  name: string;
  phone: string;
  registrationId: string | null;
  status: 'registered' | 'waitlisted' | 'already_registered' | 'invalid_phone';
  position: number | null;
}

export interface EventReport {
  registered: number;
  waitlisted: number;
  cancelled: number;
  attended: number;
  walkIns: number;
  /** People there: those checked in plus walk-ins. */
  attendance: number;
  noShows: number;
  carePackages: { audienceGroup: string; count: number }[];
  feedback: {
    count: number;
    average: number | null;
    distribution: number[];
    comments: { rating: number; comment: string; createdAt: string }[];
  };
}

export interface DoorPoster {
  code: string;
  link: string;
  qrSvg: string;
}

export interface EventHostChoice {
  id: string;
  name: string;
}

export interface MemberEntry {
  name: string;
  phone: string;
}
