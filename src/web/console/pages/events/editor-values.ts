import dayjs, { type Dayjs } from 'dayjs';
import type { EditorValues, HostValue, PlaceKind } from '../../lib/event-form';
import type { EventVisibility } from '../../lib/event-types';
import type { RuleForm } from '../../lib/roster-rule';

/**
 * The antd form's values: pickers hold dayjs values, the rule builder's fields sit at the top level (as
 * the roster form has them: freq, weekdays, …, `date` for a one-off rule), so the event's own day is `day`.
 */
export interface FormValues extends Omit<RuleForm, 'date'> {
  kind: string;
  title: string;
  titleEn?: string;
  description: string;
  descriptionEn?: string;
  organisationId: string;
  placeKind: PlaceKind;
  servicePointId?: string;
  roomId?: string;
  siteName?: string;
  siteAddress?: string;
  latitude?: number | null;
  longitude?: number | null;
  onlineUrl?: string;
  day: Dayjs;
  start: Dayjs;
  end: Dayjs;
  capacity: number;
  audiences?: string[];
  visibility: EventVisibility;
  invitedOrganisationId?: string;
  registrationOpens?: Dayjs | null;
  registrationCloses?: Dayjs | null;
  hosts: { type: 'counsellor' | 'outside'; userId?: string; name?: string; nameEn?: string }[];
  repeat?: boolean;
  date?: Dayjs | null;
  until?: Dayjs | null;
}

const dayOf = (d: Dayjs) => d.format('YYYY-MM-DD');
const dateTimeOf = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD HH:mm') : null);

export function editorValuesOf(v: FormValues): EditorValues {
  const hosts: HostValue[] = (v.hosts ?? []).flatMap((h): HostValue[] => {
    if (h.type === 'counsellor') return h.userId ? [{ type: 'counsellor', userId: h.userId }] : [];
    return h.name?.trim() ? [{ type: 'outside', name: h.name, nameEn: h.nameEn ?? '' }] : [];
  });
  return {
    kind: v.kind,
    title: v.title ?? '',
    titleEn: v.titleEn ?? '',
    description: v.description ?? '',
    descriptionEn: v.descriptionEn ?? '',
    organisationId: v.organisationId,
    placeKind: v.placeKind,
    servicePointId: v.servicePointId,
    roomId: v.roomId,
    siteName: v.siteName,
    siteAddress: v.siteAddress,
    latitude: v.latitude ?? null,
    longitude: v.longitude ?? null,
    onlineUrl: v.onlineUrl,
    date: dayOf(v.day),
    startTime: v.start.format('HH:mm'),
    endTime: v.end.format('HH:mm'),
    capacity: v.capacity,
    audiences: v.audiences ?? [],
    visibility: v.visibility,
    invitedOrganisationId: v.invitedOrganisationId,
    registrationOpens: dateTimeOf(v.registrationOpens),
    registrationCloses: dateTimeOf(v.registrationCloses),
    hosts,
    repeat: Boolean(v.repeat),
    rule: {
      freq: v.freq ?? 'weekly',
      weekdays: v.weekdays ?? [],
      intervalWeeks: v.intervalWeeks ?? 1,
      weekday: v.weekday ?? 1,
      nths: v.nths ?? [],
      days: v.days ?? [],
      date: v.date ? dayOf(v.date) : null,
    },
    until: v.until ? dayOf(v.until) : null,
  };
}

const at = (dateTime: string | null | undefined) => (dateTime ? dayjs(dateTime.replace(' ', 'T')) : null);

/** The form's starting values from plain ones (a saved event, or a fresh one). */
export function formValuesOf(e: EditorValues): Partial<FormValues> {
  return {
    kind: e.kind,
    title: e.title,
    titleEn: e.titleEn,
    description: e.description,
    descriptionEn: e.descriptionEn,
    organisationId: e.organisationId,
    placeKind: e.placeKind,
    servicePointId: e.servicePointId,
    roomId: e.roomId,
    siteName: e.siteName,
    siteAddress: e.siteAddress,
    latitude: e.latitude,
    longitude: e.longitude,
    onlineUrl: e.onlineUrl,
    day: dayjs(e.date),
    start: dayjs(`${e.date}T${e.startTime}`),
    end: dayjs(`${e.date}T${e.endTime}`),
    capacity: e.capacity,
    audiences: e.audiences,
    visibility: e.visibility,
    invitedOrganisationId: e.invitedOrganisationId,
    registrationOpens: at(e.registrationOpens),
    registrationCloses: at(e.registrationCloses),
    hosts: e.hosts.map((h) =>
      h.type === 'counsellor'
        ? { type: 'counsellor', userId: h.userId || undefined }
        : { type: 'outside', name: h.name, nameEn: h.nameEn },
    ),
    repeat: false,
    freq: 'weekly',
    weekdays: [dayjs(e.date).day() || 7],
    intervalWeeks: 1,
    weekday: dayjs(e.date).day() || 7,
    nths: [],
    days: [],
  };
}
