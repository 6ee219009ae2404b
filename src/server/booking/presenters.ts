import { type BookingPolicy, cancelRefusal } from '../../core/booking/policy';
import type { BookingDetail, ProfileRow, RoomRow, ServicePointRow } from './repository';
import type { bookingReminders } from './tables';

export interface PublicCounsellor {
  id: string;
  name: string;
  nameEn: string;
  qualification: string;
  qualificationEn: string;
  specialties: string[];
  languages: string[];
  bio: string;
  bioEn: string;
  photoUrl: string | null;
}

export const presentCounsellor = (p: ProfileRow): PublicCounsellor => ({
  id: p.userId,
  name: p.publicName,
  nameEn: p.publicNameEn,
  qualification: p.qualification,
  qualificationEn: p.qualificationEn,
  specialties: p.specialties,
  languages: p.languages,
  bio: p.bio,
  bioEn: p.bioEn,
  photoUrl: p.photoUrl,
});

export const presentRoom = (r: RoomRow) => ({
  id: r.id,
  kind: r.kind as 'consulting' | 'sandplay' | 'group',
  name: r.name,
  nameEn: r.nameEn,
});

export const presentPointBrief = (p: ServicePointRow) => ({
  id: p.id,
  kind: p.kind as 'city_station' | 'district_station' | 'enterprise_station' | 'roadside_station' | 'remote',
  name: p.name,
  nameEn: p.nameEn,
  address: p.address,
  addressEn: p.addressEn,
  phone: p.phone,
  timeZone: p.timeZone,
});

export const policyView = (p: ServicePointRow): BookingPolicy => ({
  minNoticeMinutes: p.minNoticeMinutes,
  maxAdvanceDays: p.maxAdvanceDays,
  cancelCutoffMinutes: p.cancelCutoffMinutes,
  maxOpenBookings: p.maxOpenBookings,
});

export interface BookingView {
  id: string;
  status: 'booked' | 'cancelled' | 'attended' | 'no_show';
  topic: 'work' | 'family' | 'relationships' | 'other';
  mode: 'in_person' | 'phone' | 'video';
  slot: { id: string; startsAt: string; endsAt: string };
  servicePoint: ReturnType<typeof presentPointBrief>;
  counsellor: { id: string; name: string; nameEn: string; qualification: string; qualificationEn: string };
  room: ReturnType<typeof presentRoom> | null;
  sharesResults: boolean;
  rescheduledFrom: string | null;
  createdAt: string;
  cancelledAt: string | null;
  checkedInAt: string | null;
  /** Whether the worker may still cancel or reschedule it themselves (the station's cut-off). */
  changeableUntil: string | null;
  reminders: { kind: 'day_before' | 'two_hours'; at: string; sent: boolean }[];
}

type Reminder = typeof bookingReminders.$inferSelect;

export function presentBooking(d: BookingDetail, reminders: Reminder[]): BookingView {
  const b = d.booking;
  const cutoff = new Date(d.slot.startsAt.getTime() - d.point.cancelCutoffMinutes * 60_000);
  return {
    id: b.id,
    status: b.status as BookingView['status'],
    topic: b.topic as BookingView['topic'],
    mode: b.mode as BookingView['mode'],
    slot: { id: d.slot.id, startsAt: d.slot.startsAt.toISOString(), endsAt: d.slot.endsAt.toISOString() },
    servicePoint: presentPointBrief(d.point),
    counsellor: {
      id: b.counsellorId,
      name: d.profile?.publicName ?? d.counsellorName,
      nameEn: d.profile?.publicNameEn ?? d.counsellorName,
      qualification: d.profile?.qualification ?? '',
      qualificationEn: d.profile?.qualificationEn ?? '',
    },
    room: d.room ? presentRoom(d.room) : null,
    sharesResults: b.sharedIdentityId !== null,
    rescheduledFrom: b.rescheduledFrom,
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    checkedInAt: b.checkedInAt?.toISOString() ?? null,
    changeableUntil: b.status === 'booked' ? cutoff.toISOString() : null,
    reminders: reminders
      .filter((r) => r.bookingId === b.id)
      .sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime())
      .map((r) => ({ kind: r.kind as 'day_before', at: r.dueAt.toISOString(), sent: r.sentAt !== null })),
  };
}

/** True when the station's policy still lets the worker change this booking at `now`. */
export const changeable = (d: BookingDetail, now: Date): boolean =>
  d.booking.status === 'booked' && cancelRefusal(policyView(d.point), now, d.slot.startsAt) === null;
