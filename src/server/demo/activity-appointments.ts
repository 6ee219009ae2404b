import { and, eq, min } from 'drizzle-orm';
import { addDays } from '../../core/booking/recurrence';
import { type ConsultMode, generateSlots, type RosterSpec } from '../../core/booking/slots';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { BOOKING_CONSENT_VERSION, phoneIndex } from '../booking/booking';
import { bookers, bookings, dutyRosters, slots } from '../booking/tables';
import type { Db } from '../db/client';
import { aad } from '../ops/sealed-columns';
import { servicePoints } from '../service-points/tables';
import type { DemoSubmission } from './activity-checkups';
import { type DemoRandom, insertMany, localInstant, plusMinutes } from './activity-random';

/** A past appointment, as the care loop opens cases from some of them. */
export interface DemoBooking {
  id: string;
  counsellorId: string;
  servicePointId: string;
  organisationId: string;
  bookerId: string;
  identityId: string | null;
  phone: string | null;
  status: 'attended' | 'no_show' | 'cancelled';
  source: 'worker' | 'waitlist';
  startsAt: Date;
  endsAt: Date;
  /** The first appointment of a course with one counsellor (a case may open from it). */
  first: boolean;
}

/** How full each kind of point's rostered time was over the year. */
const takeUp: Record<string, number> = {
  city_station: 0.72,
  district_station: 0.8,
  roadside_station: 0.5,
  remote: 0.55,
  enterprise_station: 0.6,
};

interface Course {
  bookerId: string;
  identityId: string | null;
  phone: string | null;
  counsellorId: string;
  left: number;
  lastDay: number;
}

/** Demo numbers in a range the demo owns; nobody is ever texted from the demo's history. */
const demoPhone = (n: number) => `170${String(55_000_000 + n).padStart(8, '0')}`;

/**
 * A year of appointments at the demo's stations: slots from the real rosters (the core's slot generation over
 * the past year), most booked, then attended, missed or cancelled; people coming back for a few sessions.
 * Slots end before any slot the server generated, so no counsellor or room is ever in two places at once.
 */
export async function loadDemoAppointments(
  db: Db,
  cipher: FieldCipher,
  rnd: DemoRandom,
  ids: () => string,
  input: { tenantId: string; today: string; zone: string; submissions: DemoSubmission[]; now: Date },
): Promise<DemoBooking[]> {
  const { tenantId, today, zone } = input;
  const rosters = await db
    .select({ roster: dutyRosters, point: servicePoints })
    .from(dutyRosters)
    .innerJoin(servicePoints, eq(servicePoints.id, dutyRosters.servicePointId))
    .where(and(eq(dutyRosters.tenantId, tenantId), eq(dutyRosters.active, true)));
  if (!rosters.length) return [];
  const [firstLive] = await db
    .select({ at: min(slots.startsAt) })
    .from(slots)
    .where(eq(slots.tenantId, tenantId));
  const from = localInstant(addDays(today, -365), 0, zone);
  const todayStart = localInstant(today, 0, zone);
  const to = firstLive?.at && firstLive.at < todayStart ? firstLive.at : todayStart;
  const specs: RosterSpec[] = rosters.map(({ roster, point }) => ({
    id: roster.id,
    counsellorId: roster.counsellorId,
    servicePointId: roster.servicePointId,
    roomId: roster.roomId,
    rule: roster.rule,
    startTime: roster.startTime,
    endTime: roster.endTime,
    // The demo's rosters have run all year.
    validFrom: addDays(today, -366),
    validUntil: null,
    slotMinutes: roster.slotMinutes,
    bufferMinutes: roster.bufferMinutes,
    modes: roster.modes as ConsultMode[],
    timeZone: point.timeZone,
  }));
  const pointOf = new Map(rosters.map((r) => [r.point.id, r.point]));
  const candidates = generateSlots(specs, [], [], { from, to });

  // Those whose check-up said things were hard sometimes book with their retrieval code.
  const unwell = input.submissions.filter((s) => s.level >= 2);
  const slotRows: (typeof slots.$inferInsert)[] = [];
  const bookerRows: (typeof bookers.$inferInsert)[] = [];
  const bookingRows: (typeof bookings.$inferInsert)[] = [];
  const out: DemoBooking[] = [];
  const courses: Course[] = [];
  const usedIdentities = new Set<string>();
  let phones = 0;

  const newCourse = (counsellorId: string, day: number, startsAt: Date): Course => {
    const bookerId = ids();
    let identityId: string | null = null;
    if (rnd.chance(0.3)) {
      const earlier = unwell.filter((s) => s.createdAt < startsAt && !usedIdentities.has(s.identityId));
      const s = earlier.length
        ? earlier[earlier.length - 1 - rnd.int(0, Math.min(40, earlier.length - 1))]
        : null;
      if (s) identityId = s.identityId;
    }
    let phone: string | null = null;
    if (identityId) {
      usedIdentities.add(identityId);
      bookerRows.push({ id: bookerId, tenantId, retrievalIdentityId: identityId, createdAt: startsAt });
    } else {
      phone = demoPhone(++phones);
      const hash = phoneIndex(cipher, phone);
      bookerRows.push({
        id: bookerId,
        tenantId,
        phoneHash: hash,
        phoneSealed: cipher.encrypt(phone, aad.bookerPhone(tenantId, hash)),
        createdAt: startsAt,
      });
    }
    const left = rnd.weighted([
      [1, 35],
      [2, 20],
      [3, 15],
      [4, 12],
      [6, 10],
      [8, 8],
    ] as const);
    const c = { bookerId, identityId, phone, counsellorId, left, lastDay: day };
    courses.push(c);
    return c;
  };

  for (const slot of candidates) {
    const id = ids();
    slotRows.push({
      id,
      tenantId,
      servicePointId: slot.servicePointId,
      counsellorId: slot.counsellorId,
      roomId: slot.roomId,
      rosterId: slot.rosterId,
      kind: 'rostered',
      status: 'open',
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      modes: slot.modes,
      createdAt: plusMinutes(slot.startsAt, -60 * 24 * 28),
    });
    const point = pointOf.get(slot.servicePointId);
    if (!point || !rnd.chance(takeUp[point.kind] ?? 0.6)) continue;
    const day = Math.floor(slot.startsAt.getTime() / 86_400_000);
    const open = courses.filter(
      (c) => c.counsellorId === slot.counsellorId && c.left > 0 && day - c.lastDay >= 7,
    );
    const continuing = open.length && rnd.chance(0.6) ? rnd.pick(open) : null;
    const course = continuing ?? newCourse(slot.counsellorId, day, slot.startsAt);
    const status = rnd.weighted([
      ['attended', 72],
      ['no_show', 11],
      ['cancelled', 17],
    ] as const);
    const bookedAt = plusMinutes(slot.startsAt, -rnd.int(60 * 6, 60 * 24 * 14));
    const book = (
      bookingId: string,
      who: Course,
      st: DemoBooking['status'],
      source: DemoBooking['source'],
    ) => {
      const mode = slot.modes.includes('in_person') && rnd.chance(0.85) ? 'in_person' : rnd.pick(slot.modes);
      bookingRows.push({
        id: bookingId,
        tenantId,
        slotId: id,
        servicePointId: slot.servicePointId,
        counsellorId: slot.counsellorId,
        bookerId: who.bookerId,
        source,
        topic: rnd.weighted([
          ['work', 40],
          ['family', 30],
          ['relationships', 20],
          ['other', 10],
        ] as const),
        mode,
        lang: 'zh-CN',
        status: st,
        consentVersion: BOOKING_CONSENT_VERSION,
        sharedIdentityId: who.identityId && rnd.chance(0.5) ? who.identityId : null,
        createdAt: source === 'waitlist' ? plusMinutes(slot.startsAt, -rnd.int(120, 60 * 24)) : bookedAt,
        cancelledAt: st === 'cancelled' ? plusMinutes(slot.startsAt, -rnd.int(90, 60 * 48)) : null,
        cancelledBy: st === 'cancelled' ? (rnd.chance(0.85) ? 'worker' : 'staff') : null,
        markedAt: st === 'cancelled' ? null : plusMinutes(slot.endsAt, rnd.int(2, 90)),
        markedBy: st === 'cancelled' ? null : slot.counsellorId,
        checkedInAt:
          st === 'attended' && mode === 'in_person' && rnd.chance(0.6)
            ? plusMinutes(slot.startsAt, -rnd.int(0, 15))
            : null,
      });
      out.push({
        id: bookingId,
        counsellorId: slot.counsellorId,
        servicePointId: slot.servicePointId,
        organisationId: point.organisationId,
        bookerId: who.bookerId,
        identityId: who.identityId,
        phone: who.phone,
        status: st,
        source,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        first: who !== continuing && source === 'worker',
      });
      if (st !== 'cancelled') {
        who.left--;
        who.lastDay = day;
      }
    };
    book(ids(), course, status, 'worker');
    // A cancelled time is often taken by the next person waiting for that day.
    if (status === 'cancelled' && rnd.chance(0.35)) {
      const next = newCourse(slot.counsellorId, day, slot.startsAt);
      book(ids(), next, rnd.chance(0.85) ? 'attended' : 'no_show', 'waitlist');
    }
  }
  await insertMany(db, slots, slotRows);
  await insertMany(db, bookers, bookerRows);
  await insertMany(db, bookings, bookingRows);
  return out;
}
