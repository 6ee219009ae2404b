import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCode } from '../testing/identities';
import { sendDueReminders } from './reminders';
import { forgetOldBookers } from './retention';
import { bookingSchema, servicePointSchema, slotListSchema } from './schemas';
import { generateOpenSlots } from './slot-generation';

const PHONE = '13800138000';
const CITY = { lat: 33.9601, lng: 116.7985 };

interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
  modes: string[];
  counsellor: { id: string; name: string };
}

describe.each(testDrivers)('finding and booking counselling ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let points: {
    id: string;
    name: string;
    kind: string;
    distanceMetres: number | null;
    withinReach: boolean;
  }[];
  let city: string;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    await generateOpenSlots(db.database.db, {}, t.clock.now());
    points = (await t.app.inject({ url: `/api/v1/service-points?near=${CITY.lat},${CITY.lng}` })).json()
      .servicePoints;
    city = points.find((p) => p.kind === 'city_station')?.id as string;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const inject = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => t.app.inject({ method, url, payload: payload as Record<string, unknown>, headers });
  const count = async (sql: string) => Number((await db.database.executeSql(sql, [])).rows[0]?.n);
  const slotsAt = async (pointId: string): Promise<Slot[]> =>
    (await inject('GET', `/api/v1/service-points/${pointId}/slots`)).json().slots;
  const codeFor = async (phone = PHONE) => {
    const res = await inject('POST', '/api/v1/phone-verifications', { phone });
    expect(res.statusCode).toBe(202);
    return (t.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0];
  };
  const newIdentity = () => retrievalCode(db.database);

  it('lists service points nearest first, those within 15 minutes ahead, each with travel times and its next free time', () => {
    expect(points[0]).toMatchObject({ kind: 'city_station', withinReach: true });
    expect(points[0]?.distanceMetres).toBeLessThan(50);
    const placed = points.filter((p) => p.distanceMetres !== null);
    for (let i = 1; i < placed.length; i++) {
      const a = placed[i - 1] as (typeof placed)[number];
      const b = placed[i] as (typeof placed)[number];
      if (a.withinReach === b.withinReach)
        expect(a.distanceMetres as number).toBeLessThanOrEqual(b.distanceMetres as number);
      else expect(a.withinReach).toBe(true);
    }
    // The phone and video line has no place and comes last.
    expect(points.at(-1)).toMatchObject({ kind: 'remote', distanceMetres: null });
    const first = points[0] as unknown as { walkMinutes: number; nextSlot: unknown };
    expect(first.walkMinutes).toBe(0);
    expect(first.nextSlot).toMatchObject({ startsAt: expect.any(String) });
    // The county station, about 5 km away: over an hour on foot, a quarter of an hour by car.
    const county = points.find((p) => p.kind === 'district_station') as unknown as Record<string, number>;
    expect(county.walkMinutes).toBeGreaterThan(60);
    expect(county.driveMinutes).toBeLessThan(25);
  });

  it('answers in the documented shapes (these hot routes skip re-validating their answers)', async () => {
    const list = (await inject('GET', `/api/v1/service-points?near=${CITY.lat},${CITY.lng}`)).json();
    for (const p of list.servicePoints) servicePointSchema.strict().parse(p);
    const slots = (await inject('GET', `/api/v1/service-points/${city}/slots`)).json();
    slotListSchema.strict().parse(slots);
    const code = await newIdentity();
    const booked = await inject('POST', '/api/v1/bookings', {
      slot: slots.slots.at(-1).id,
      topic: 'other',
      mode: 'in_person',
      retrievalCode: code,
      consent: true,
    });
    bookingSchema.strict().parse(booked.json());
    await inject('DELETE', `/api/v1/bookings/${booked.json().id}`, undefined, { 'x-retrieval-code': code });
  });

  it('answers a malformed place or an unknown point with a clear 4xx', async () => {
    expect((await inject('GET', '/api/v1/service-points?near=91,10')).json().error.code).toBe(
      'validation_failed',
    );
    const missing = await inject('GET', '/api/v1/service-points/00000000-0000-4000-8000-000000000000/slots');
    expect(missing.statusCode).toBe(404);
  });

  it('offers districts to choose from when the worker keeps their location to themselves', async () => {
    const { districts } = (await inject('GET', '/api/v1/districts')).json();
    expect(districts.map((d: { name: string }) => d.name)).toContain('相山区');
    expect(districts[0]).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) });
  });

  it('shows a point with rooms, counsellors on duty and its policy, and open slots within that policy', async () => {
    const detail = (await inject('GET', `/api/v1/service-points/${city}`)).json();
    expect(detail.rooms.map((r: { kind: string }) => r.kind)).toEqual(['consulting', 'sandplay', 'group']);
    expect(detail.counsellors.map((c: { name: string }) => c.name)).toContain('王老师');
    expect(detail.policy).toMatchObject({ minNoticeMinutes: 120, maxAdvanceDays: 28 });
    const slots = await slotsAt(city);
    expect(slots.length).toBeGreaterThan(20);
    const now = t.clock.now().getTime();
    for (const s of slots) {
      expect(Date.parse(s.startsAt)).toBeGreaterThanOrEqual(now + 120 * 60_000);
      expect(Date.parse(s.startsAt)).toBeLessThanOrEqual(now + 28 * 86_400_000);
    }
    // Tuesday afternoons in Shanghai: 14:00, 15:00 and 16:00 (50 minutes and a 10-minute break).
    const tuesday = slots.filter((s) => s.startsAt.startsWith('2026-12-01')).map((s) => s.startsAt);
    expect(tuesday).toEqual([
      '2026-12-01T06:00:00.000Z',
      '2026-12-01T07:00:00.000Z',
      '2026-12-01T08:00:00.000Z',
    ]);
    const phoneOnly = (await inject('GET', `/api/v1/service-points/${city}/slots?mode=video`)).json().slots;
    expect(phoneOnly.every((s: Slot) => s.modes.includes('video'))).toBe(true);
  });

  it('books with a phone code: one code, one booking, reminders the day before and two hours before', async () => {
    const [slot] = await slotsAt(city);
    const code = await codeFor();
    expect(t.sms.lastTo(PHONE)?.body).toMatch(/验证码/);
    const res = await inject(
      'POST',
      '/api/v1/bookings',
      { slot: slot?.id, topic: 'work', mode: 'in_person', phone: PHONE, code, consent: true },
      { 'idempotency-key': 'booking-one-0001' },
    );
    expect(res.statusCode).toBe(201);
    const booking = res.json();
    expect(booking).toMatchObject({
      status: 'booked',
      topic: 'work',
      slot: { id: slot?.id },
      counsellor: { name: '王老师', qualification: '国家二级心理咨询师' },
      sharesResults: false,
    });
    expect(booking.reminders.map((r: { kind: string }) => r.kind)).toEqual(['day_before', 'two_hours']);
    // The number is kept sealed, never readable in the table.
    expect(await count(`select count(*)::int as n from bookers where phone_sealed like '%${PHONE}%'`)).toBe(
      0,
    );

    // A retry with the same key answers the same booking and books nothing new.
    const again = await inject(
      'POST',
      '/api/v1/bookings',
      { slot: slot?.id, topic: 'work', mode: 'in_person', phone: PHONE, code, consent: true },
      { 'idempotency-key': 'booking-one-0001' },
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(booking.id);
    const reused = await inject(
      'POST',
      '/api/v1/bookings',
      { slot: slot?.id, topic: 'family', mode: 'in_person', phone: PHONE, code, consent: true },
      { 'idempotency-key': 'booking-one-0001' },
    );
    expect(reused.json().error.code).toBe('idempotency_key_reused');

    // The slot is gone for everyone else.
    expect((await slotsAt(city)).some((s) => s.id === slot?.id)).toBe(false);
    const other = await newIdentity();
    const taken = await inject('POST', '/api/v1/bookings', {
      slot: slot?.id,
      topic: 'other',
      mode: 'in_person',
      retrievalCode: other,
      consent: true,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('slot_taken');

    // The person sees their own booking with the same credential; nobody else does.
    const mine = await inject('GET', '/api/v1/bookings', undefined, {
      'x-phone': PHONE,
      'x-phone-code': code,
    });
    expect(mine.json().bookings.map((b: { id: string }) => b.id)).toContain(booking.id);
    const stranger = await inject('GET', `/api/v1/bookings/${booking.id}`, undefined, {
      'x-retrieval-code': other,
    });
    expect(stranger.statusCode).toBe(404);

    // The reminders go out through the recorded sender when due, with place and time but not the topic.
    const startsAt = Date.parse(slot?.startsAt as string);
    const dayBefore = await sendDueReminders(
      { db: db.database.db, cipher: t.cipher, sms: t.sms },
      new Date(startsAt - 24 * 3_600_000 + 30_000),
    );
    expect(dayBefore).toMatchObject({ sent: 1, maxLatenessMs: 30_000 });
    const reminder = t.sms.lastTo(PHONE);
    expect(reminder?.purpose).toBe('reminder');
    // The first free time at the city station: Tuesday 1 December, 14:00 on the station's clock.
    expect(slot?.startsAt).toBe('2026-12-01T06:00:00.000Z');
    expect(reminder?.body).toBe(
      '【康乃馨】预约提醒：您预约的咨询在明天，12月1日（周二）14:00，地点：市职工服务中心心灵驿站。如需改期或取消，请打开康乃馨。',
    );
    // Discreet on a lock screen: neither the topic nor what kind of service it is.
    expect(reminder?.body).not.toContain('工作');
    expect(reminder?.body).not.toContain('心理');
    const twice = await sendDueReminders(
      { db: db.database.db, cipher: t.cipher, sms: t.sms },
      new Date(startsAt - 24 * 3_600_000 + 60_000),
    );
    expect(twice.sent).toBe(0);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const before = await count('select count(*)::int as n from bookings');
    const [slot] = await slotsAt(city);
    const base = { slot: slot?.id, topic: 'work', mode: 'in_person', consent: true };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, phone: '12345', code: '123456' }, 400, 'invalid_phone'],
      [{ ...base, phone: '13900139000', code: '000000' }, 400, 'invalid_phone_code'],
      [{ ...base, retrievalCode: 'ABCD-EFGH-2345-JKLM' }, 400, 'unknown_retrieval_code'],
      [{ ...base, consent: false, retrievalCode: await newIdentity() }, 400, 'consent_required'],
      [{ ...base }, 400, 'validation_failed'],
      [
        { ...base, slot: '00000000-0000-4000-8000-000000000000', retrievalCode: await newIdentity() },
        404,
        'slot_not_found',
      ],
      [
        { ...base, mode: 'video', phone: '13500135000', code: await codeFor('13500135000') },
        400,
        'bad_request',
      ],
      [{ ...base, mode: 'phone', retrievalCode: await newIdentity() }, 400, 'phone_required'],
      [{ ...base, topic: 'money', retrievalCode: await newIdentity() }, 400, 'validation_failed'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await inject('POST', '/api/v1/bookings', payload);
      expect([res.statusCode, res.json().error?.code]).toEqual([status, code]);
    }
    expect(await count('select count(*)::int as n from bookings')).toBe(before);
    expect(
      (await inject('POST', '/api/v1/phone-verifications', { phone: '010-1234' })).json().error.code,
    ).toBe('invalid_phone');
  });

  it('locks out a phone code after five wrong tries, and limits codes to five an hour', async () => {
    const phone = '13700137000';
    const code = await codeFor(phone);
    const [slot] = await slotsAt(city);
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) {
      const res = await inject('POST', '/api/v1/bookings', {
        slot: slot?.id,
        topic: 'work',
        mode: 'in_person',
        phone,
        code: wrong,
        consent: true,
      });
      expect(res.json().error.code).toBe('invalid_phone_code');
    }
    const right = await inject('POST', '/api/v1/bookings', {
      slot: slot?.id,
      topic: 'work',
      mode: 'in_person',
      phone,
      code,
      consent: true,
    });
    expect(right.json().error.code).toBe('invalid_phone_code');
    for (let i = 0; i < 4; i++) await codeFor(phone);
    const sixth = await inject('POST', '/api/v1/phone-verifications', { phone });
    expect([sixth.statusCode, sixth.json().error.code]).toEqual([429, 'rate_limited']);
  });

  it('keeps to the station’s policy: notice, horizon and open bookings per person', async () => {
    const code = await newIdentity();
    const slots = await slotsAt(city);
    const book = (slot: string) =>
      inject('POST', '/api/v1/bookings', {
        slot,
        topic: 'family',
        mode: 'in_person',
        retrievalCode: code,
        consent: true,
      });
    expect((await book(slots[1]?.id as string)).statusCode).toBe(201);
    expect((await book(slots[2]?.id as string)).statusCode).toBe(201);
    const third = await book(slots[3]?.id as string);
    expect([third.statusCode, third.json().error.code]).toEqual([409, 'too_many_bookings']);
    // A slot that starts within the two hours' notice cannot be booked.
    t.clock.set(new Date(Date.parse(slots[4]?.startsAt as string) - 60 * 60_000));
    try {
      const late = await inject('POST', '/api/v1/bookings', {
        slot: slots[4]?.id,
        topic: 'work',
        mode: 'in_person',
        retrievalCode: await newIdentity(),
        consent: true,
      });
      expect(late.json().error.code).toBe('too_short_notice');
    } finally {
      t.clock.set(new Date('2026-11-30T09:00:00+08:00'));
    }
  });

  it('reschedules in one step, keeps the old booking when the new time is taken, and cancels before the cut-off', async () => {
    const code = await newIdentity();
    const headers = { 'x-retrieval-code': code };
    const slots = await slotsAt(city);
    const [a, b, c] = slots.slice(-3) as [Slot, Slot, Slot];
    const made = (
      await inject('POST', '/api/v1/bookings', {
        slot: a.id,
        topic: 'work',
        mode: 'in_person',
        retrievalCode: code,
        consent: true,
      })
    ).json();
    // Someone else takes c first: moving there fails and the booking on a stands.
    const rival = await newIdentity();
    await inject('POST', '/api/v1/bookings', {
      slot: c.id,
      topic: 'work',
      mode: 'in_person',
      retrievalCode: rival,
      consent: true,
    });
    const blocked = await inject('POST', `/api/v1/bookings/${made.id}/reschedule`, { slot: c.id }, headers);
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([409, 'slot_taken']);
    expect((await inject('GET', `/api/v1/bookings/${made.id}`, undefined, headers)).json().status).toBe(
      'booked',
    );

    const moved = await inject('POST', `/api/v1/bookings/${made.id}/reschedule`, { slot: b.id }, headers);
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'booked', slot: { id: b.id }, rescheduledFrom: made.id });
    expect((await inject('GET', `/api/v1/bookings/${made.id}`, undefined, headers)).json().status).toBe(
      'cancelled',
    );
    expect((await slotsAt(city)).some((s) => s.id === a.id)).toBe(true);

    const cancelled = await inject('DELETE', `/api/v1/bookings/${moved.json().id}`, undefined, headers);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await slotsAt(city)).some((s) => s.id === b.id)).toBe(true);
    const twice = await inject('DELETE', `/api/v1/bookings/${moved.json().id}`, undefined, headers);
    expect(twice.json().error.code).toBe('booking_closed');
  });

  it('books phone counselling with a phone number, sharing results proved by the retrieval code beside it', async () => {
    const remote = points.find((p) => p.kind === 'remote')?.id as string;
    const [slot] = await slotsAt(remote);
    const submitted = await inject('POST', '/api/v1/submissions', {
      checkup: 'default',
      answers: {
        phq4: [1, 1, 1, 1],
        who5: [2, 2, 2, 2, 2],
        cbi_work: [50, 50, 50, 50, 50, 50, 50],
        ucla3: [1, 2, 1],
      },
    });
    const phone = '13300133000';
    const booked = await inject('POST', '/api/v1/bookings', {
      slot: slot?.id,
      topic: 'work',
      mode: 'phone',
      phone,
      code: await codeFor(phone),
      retrievalCode: submitted.json().retrievalCode,
      shareResults: true,
      consent: true,
    });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ mode: 'phone', sharesResults: true });
  });

  it('lets a worker share check-up results only with the retrieval code, and shows them to the counsellor alone', async () => {
    const submitted = await inject('POST', '/api/v1/submissions', {
      checkup: 'default',
      answers: {
        phq4: [2, 2, 1, 1],
        who5: [1, 1, 2, 1, 1],
        cbi_work: [75, 75, 50, 75, 50, 75, 50],
        ucla3: [2, 2, 2],
      },
    });
    const code = submitted.json().retrievalCode as string;
    const [slot] = await slotsAt(city);
    const phoneShare = await inject('POST', '/api/v1/bookings', {
      slot: slot?.id,
      topic: 'work',
      mode: 'in_person',
      phone: PHONE,
      code: '123456',
      consent: true,
      shareResults: true,
    });
    expect(phoneShare.statusCode).toBe(400);
    const booked = await inject('POST', '/api/v1/bookings', {
      slot: slot?.id,
      topic: 'relationships',
      mode: 'in_person',
      retrievalCode: code,
      consent: true,
      shareResults: true,
    });
    expect(booked.json().sharesResults).toBe(true);

    const range = `from=${encodeURIComponent(slot?.startsAt as string)}&to=${encodeURIComponent(slot?.endsAt as string)}`;
    const counsellor = await t.signInAs('counsellor');
    const mine = (await counsellor.request('GET', `/api/v1/appointments?${range}`)).json().entries;
    const entry = mine.find((e: { booking: { id: string } | null }) => e.booking?.id === booked.json().id);
    expect(entry.booking.topic).toBe('relationships');
    expect(entry.booking.sharedResults.results.map((r: { instrument: string }) => r.instrument)).toContain(
      'phq4',
    );
    const station = await t.signInAs('station_manager');
    const managed = (await station.request('GET', `/api/v1/appointments?${range}`)).json().entries;
    const seen = managed.find((e: { booking: { id: string } | null }) => e.booking?.id === booked.json().id);
    expect(seen.booking).toMatchObject({ topic: null, sharedResults: null, contact: null });
    expect(
      await count(
        "select count(*)::int as n from audit_events where action = 'appointment.read_shared_results'",
      ),
    ).toBeGreaterThan(0);
  });

  it('forgets who booked a year after each appointment, keeping the appointments for the statistics', async () => {
    const before = await count('select count(*)::int as n from bookings');
    const within = await forgetOldBookers(db.database.db, new Date(Date.parse('2027-06-01T00:00:00Z')));
    expect(within).toMatchObject({ bookings: 0, bookers: 0 });
    const later = await forgetOldBookers(db.database.db, new Date(Date.parse('2028-06-01T00:00:00Z')));
    expect(later.bookings).toBeGreaterThan(0);
    expect(later.bookers).toBeGreaterThan(0);
    expect(await count('select count(*)::int as n from bookings')).toBe(before);
    expect(await count('select count(*)::int as n from bookings where booker_id is not null')).toBe(0);
    expect(await count('select count(*)::int as n from bookings where shared_identity_id is not null')).toBe(
      0,
    );
    expect(await count('select count(*)::int as n from bookers')).toBe(0);
  });
});
