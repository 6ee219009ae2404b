import type { RecurrenceRule } from '../../../core/booking/recurrence';
import type { EventHostInput, EventInput, EventVisibility, ManagedEvent } from './event-types';
import { type RuleForm, ruleFromForm } from './roster-rule';
import { instantOf, localDateOf, localTimeOf } from './zoned-calendar';

/**
 * The event editor's form as plain values (local dates 'YYYY-MM-DD', times 'HH:mm' on the event's clock) and
 * the API's EventInput made from them. The page turns its pickers' values into these.
 */

export type PlaceKind = 'service_point' | 'site' | 'online';

export type HostValue =
  | { type: 'counsellor'; userId: string }
  | { type: 'outside'; name: string; nameEn: string };

export interface EditorValues {
  kind: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  organisationId: string;
  placeKind: PlaceKind;
  servicePointId?: string;
  roomId?: string;
  siteName?: string;
  siteAddress?: string;
  latitude?: number | null;
  longitude?: number | null;
  onlineUrl?: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  audiences: string[];
  visibility: EventVisibility;
  invitedOrganisationId?: string;
  /** Local 'YYYY-MM-DD HH:mm', or empty for "from publishing" / "until it starts". */
  registrationOpens?: string | null;
  registrationCloses?: string | null;
  hosts: HostValue[];
  repeat: boolean;
  rule?: RuleForm;
  until?: string | null;
}

export type EditorProblem =
  | 'end_before_start'
  | 'no_host'
  | 'no_invited'
  | 'window_order'
  | 'closes_after_start'
  | 'no_until'
  | 'until_before_start'
  | 'no_rule'
  | 'bad_coordinates';

const atLocal = (dateTime: string, zone: string) =>
  instantOf(dateTime.slice(0, 10), dateTime.slice(11, 16), zone);

/** What is wrong with the values before sending, as keys of the "events" texts under editor.problems. */
export function editorProblems(v: EditorValues, zone: string): EditorProblem[] {
  const problems: EditorProblem[] = [];
  if (v.endTime <= v.startTime) problems.push('end_before_start');
  if (!v.hosts.length) problems.push('no_host');
  if (v.visibility === 'invitation' && !v.invitedOrganisationId) problems.push('no_invited');
  const starts = instantOf(v.date, v.startTime, zone);
  const opens = v.registrationOpens ? atLocal(v.registrationOpens, zone) : null;
  const closes = v.registrationCloses ? atLocal(v.registrationCloses, zone) : null;
  if (opens && closes && opens >= closes) problems.push('window_order');
  if (closes && closes > starts) problems.push('closes_after_start');
  if (v.placeKind === 'site' && (v.latitude == null) !== (v.longitude == null))
    problems.push('bad_coordinates');
  if (v.repeat) {
    if (!v.until) problems.push('no_until');
    else if (v.until < v.date) problems.push('until_before_start');
    if (!v.rule || !ruleFromForm(v.rule)) problems.push('no_rule');
  }
  return problems;
}

const trimmed = (s: string | undefined) => (s ?? '').trim();

function placeOf(v: EditorValues): EventInput['place'] {
  switch (v.placeKind) {
    case 'service_point':
      return v.roomId
        ? { kind: 'service_point', servicePointId: v.servicePointId as string, roomId: v.roomId }
        : { kind: 'service_point', servicePointId: v.servicePointId as string };
    case 'site':
      return {
        kind: 'site',
        siteName: trimmed(v.siteName),
        siteAddress: trimmed(v.siteAddress),
        ...(v.latitude != null && v.longitude != null
          ? { latitude: v.latitude, longitude: v.longitude }
          : {}),
      };
    case 'online':
      return { kind: 'online', onlineUrl: trimmed(v.onlineUrl) };
  }
}

const hostOf = (h: HostValue): EventHostInput =>
  h.type === 'counsellor'
    ? { userId: h.userId }
    : { name: h.name.trim(), nameEn: h.nameEn.trim() || h.name.trim() };

/**
 * The API's EventInput. `zone` is the clock the times were entered on: the service point's, else the
 * federation's. An English title left empty takes the Chinese one (the server wants both).
 */
export function inputFromValues(v: EditorValues, zone: string): EventInput {
  const input: EventInput = {
    organisationId: v.organisationId,
    kind: v.kind,
    title: v.title.trim(),
    titleEn: v.titleEn.trim() || v.title.trim(),
    description: v.description.trim(),
    descriptionEn: v.descriptionEn.trim() || v.description.trim(),
    place: placeOf(v),
    startsAt: instantOf(v.date, v.startTime, zone),
    endsAt: instantOf(v.date, v.endTime, zone),
    capacity: v.capacity,
    audiences: [...v.audiences],
    visibility: v.visibility,
    hosts: v.hosts.map(hostOf),
  };
  if (v.visibility === 'invitation' && v.invitedOrganisationId)
    input.invitedOrganisationId = v.invitedOrganisationId;
  if (v.registrationOpens) input.registrationOpensAt = atLocal(v.registrationOpens, zone);
  if (v.registrationCloses) input.registrationClosesAt = atLocal(v.registrationCloses, zone);
  const rule = v.repeat && v.rule ? ruleFromForm(v.rule) : null;
  if (rule && v.until) input.series = { rule: rule as RecurrenceRule, until: v.until };
  return input;
}

const localDateTime = (iso: string | null, zone: string) =>
  iso ? `${localDateOf(iso, zone)} ${localTimeOf(iso, zone)}` : null;

/** The form for a saved event, on its own clock. Outside hosts keep their names; counsellors their ids. */
export function valuesFromEvent(e: ManagedEvent): EditorValues {
  const zone = e.timeZone;
  return {
    kind: e.kind,
    title: e.title,
    titleEn: e.titleEn,
    description: e.description,
    descriptionEn: e.descriptionEn,
    organisationId: e.organisationId,
    placeKind: e.place.kind,
    servicePointId: e.place.servicePointId ?? undefined,
    roomId: e.place.roomId ?? undefined,
    siteName: e.place.kind === 'site' ? e.place.name : undefined,
    siteAddress: e.place.kind === 'site' ? (e.place.address ?? undefined) : undefined,
    latitude: e.place.latitude,
    longitude: e.place.longitude,
    onlineUrl: e.place.onlineUrl ?? undefined,
    date: localDateOf(e.startsAt, zone),
    startTime: localTimeOf(e.startsAt, zone),
    endTime: localTimeOf(e.endsAt, zone),
    capacity: e.capacity,
    audiences: [...e.audiences],
    visibility: e.visibility,
    invitedOrganisationId: e.invitedOrganisationId ?? undefined,
    registrationOpens: localDateTime(e.registrationOpensAt, zone),
    registrationCloses: localDateTime(e.registrationClosesAt, zone),
    hosts: e.hosts.map((h) =>
      h.userId
        ? { type: 'counsellor', userId: h.userId }
        : { type: 'outside', name: h.name, nameEn: h.nameEn ?? '' },
    ),
    repeat: false,
  };
}

/**
 * A PATCH carries no series (a saved event is one occurrence) and says null for what was cleared: the
 * server changes only the fields a change names.
 */
export const patchFromValues = (v: EditorValues, zone: string): Omit<EventInput, 'series'> => {
  const { series: _series, ...rest } = inputFromValues({ ...v, repeat: false }, zone);
  return {
    ...rest,
    invitedOrganisationId: rest.invitedOrganisationId ?? null,
    registrationOpensAt: rest.registrationOpensAt ?? null,
    registrationClosesAt: rest.registrationClosesAt ?? null,
  };
};

export interface HostClash {
  host: string;
  /** duty: on counselling duty at a station (open slots nobody booked yet, which the event may take). */
  what: 'event' | 'appointment' | 'duty' | 'other';
  title: string | null;
  /** Where the duty is, in Chinese and English (duty only). */
  station: string | null;
  stationEn: string | null;
  startsAt: string | null;
  endsAt: string | null;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

function clashOf(raw: unknown): HostClash {
  const r = asRecord(raw);
  const inner = asRecord(r.clash ?? r.conflict ?? r.with);
  const pick = (k: string) => str(r[k]) ?? str(inner[k]);
  const kind = pick('kind') ?? pick('type') ?? pick('with') ?? '';
  return {
    host: pick('hostName') ?? pick('name') ?? pick('host') ?? '',
    what: /event/.test(kind)
      ? 'event'
      : /duty|roster/.test(kind)
        ? 'duty'
        : /appointment|booking|slot/.test(kind)
          ? 'appointment'
          : 'other',
    title: pick('title') ?? pick('eventTitle'),
    station: pick('servicePointName'),
    stationEn: pick('servicePointNameEn'),
    startsAt: pick('startsAt'),
    endsAt: pick('endsAt'),
  };
}

/**
 * The clashes a 409 host_busy names. The contract says only "with details", so this reads the likely
 * shapes: a list under clashes / conflicts / hosts, or one clash as the details themselves.
 */
/** Only duty stands in the way: taking the open slots for the event (blockDutySlots) would let it be saved. */
export const onlyDuty = (clashes: HostClash[]): boolean =>
  clashes.length > 0 && clashes.every((c) => c.what === 'duty');

export function hostClashes(details: unknown): HostClash[] {
  const d = asRecord(details);
  const list = [d.clashes, d.conflicts, d.hosts, d.busy].find(Array.isArray) as unknown[] | undefined;
  if (list) return list.map(clashOf);
  return Object.keys(d).length ? [clashOf(d)] : [];
}
