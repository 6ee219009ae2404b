import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCode } from '../testing/identities';
import { generateOpenSlots } from './slot-generation';
import { expireOffers } from './waitlist';

const DAY = '2026-12-03'; // the first Thursday: the county station's morning duty, three slots

describe.each(testDrivers)('the waiting list for a full day ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let county: string;
  let daySlots: { id: string; startsAt: string }[];

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    await generateOpenSlots(db.database.db, {}, t.clock.now());
    const points = (await t.app.inject({ url: '/api/v1/service-points' })).json().servicePoints;
    county = points.find((p: { kind: string }) => p.kind === 'district_station').id;
    daySlots = (await t.app.inject({ url: `/api/v1/service-points/${county}/slots` }))
      .json()
      .slots.filter((s: { startsAt: string }) => s.startsAt.startsWith('2026-12-03'));
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
  const person = () => retrievalCode(db.database);
  const join = (credential: Record<string, string>, date = DAY) =>
    inject('POST', '/api/v1/waitlist', {
      servicePoint: county,
      date,
      topic: 'family',
      consent: true,
      ...credential,
    });

  it('offers a freed time to the first in line, holds it for them, and passes it on when they let it lapse', async () => {
    expect(daySlots).toHaveLength(3);
    const early = await join({ retrievalCode: await person() });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'slots_available']);
    const noDuty = await join({ retrievalCode: await person() }, '2026-12-02');
    expect(noDuty.json().error.code).toBe('no_duty');

    const holders: { code: string; booking: string }[] = [];
    for (const slot of daySlots) {
      const code = await person();
      const res = await inject('POST', '/api/v1/bookings', {
        slot: slot.id,
        topic: 'work',
        mode: 'in_person',
        retrievalCode: code,
        consent: true,
      });
      holders.push({ code, booking: res.json().id });
    }

    // The first in line confirms a phone; the second uses a retrieval code.
    const phone = '13600136000';
    await inject('POST', '/api/v1/phone-verifications', { phone });
    const sms = (t.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0];
    const first = await join({ phone, code: sms });
    expect(first.json()).toMatchObject({ status: 'waiting' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'waiting', position: 1, offer: null });
    const secondCode = await person();
    const second = await join({ retrievalCode: secondCode });
    expect(second.json().position).toBe(2);
    expect((await join({ retrievalCode: secondCode })).json().error.code).toBe('already_waiting');

    // A booking that day is cancelled: the time is offered to the first in line and held for them.
    const freed = holders[1] as { code: string; booking: string };
    await inject('DELETE', `/api/v1/bookings/${freed.booking}`, undefined, {
      'x-retrieval-code': freed.code,
    });
    const offerText = t.sms.lastTo(phone);
    expect(offerText?.purpose).toBe('waitlist');
    // The county station's second time that day, on its clock, with where it is and how long it is held.
    expect(daySlots[1]?.startsAt).toBe('2026-12-03T02:00:00.000Z');
    expect(offerText?.body).toMatch(
      /^【康乃馨】预约提醒：您候补的咨询有空位了：12月3日（周四）10:00，地点：.+驿站。/,
    );
    expect(offerText?.body).toContain('请在30分钟内打开康乃馨确认');
    expect(offerText?.body).not.toContain('心理');
    const mine = (
      await inject('GET', '/api/v1/waitlist', undefined, { 'x-phone': phone, 'x-phone-code': sms })
    ).json();
    expect(mine.entries[0]).toMatchObject({ status: 'offered', offer: { slotId: daySlots[1]?.id } });
    const listed = (await inject('GET', `/api/v1/service-points/${county}/slots`)).json().slots;
    expect(listed.some((s: { id: string }) => s.id === daySlots[1]?.id)).toBe(false);
    const outsider = await inject('POST', '/api/v1/bookings', {
      slot: daySlots[1]?.id,
      topic: 'work',
      mode: 'in_person',
      retrievalCode: await person(),
      consent: true,
    });
    expect(outsider.json().error.code).toBe('slot_taken');
    const notYet = await inject('POST', `/api/v1/waitlist/${second.json().id}/accept`, undefined, {
      'x-retrieval-code': secondCode,
    });
    expect(notYet.json().error.code).toBe('offer_expired');

    // Thirty minutes pass: the offer lapses and goes to the second, who takes it.
    t.clock.advance(31 * 60_000);
    const lapsed = await expireOffers({ db: db.database.db, cipher: t.cipher, sms: t.sms }, t.clock.now());
    expect(lapsed).toEqual({ expired: 1, reoffered: 1 });
    const taken = await inject('POST', `/api/v1/waitlist/${second.json().id}/accept`, undefined, {
      'x-retrieval-code': secondCode,
    });
    expect(taken.statusCode).toBe(201);
    expect(taken.json()).toMatchObject({ status: 'booked', slot: { id: daySlots[1]?.id }, topic: 'family' });
    const after = (
      await inject('GET', '/api/v1/waitlist', undefined, { 'x-retrieval-code': secondCode })
    ).json();
    expect(after.entries[0]).toMatchObject({ status: 'booked', bookingId: taken.json().id });
    const live = await db.database.executeSql(
      "select count(*)::int as n from bookings where slot_id = $1 and status <> 'cancelled'",
      [daySlots[1]?.id],
    );
    expect(live.rows[0]?.n).toBe(1);
  });

  it('lets a person leave the line, and refuses anyone else', async () => {
    const date = '2026-12-17'; // the third Thursday
    const slots = (await inject('GET', `/api/v1/service-points/${county}/slots`))
      .json()
      .slots.filter((s: { startsAt: string }) => s.startsAt.startsWith(date));
    for (const slot of slots)
      await inject('POST', '/api/v1/bookings', {
        slot: slot.id,
        topic: 'work',
        mode: 'in_person',
        retrievalCode: await person(),
        consent: true,
      });
    const code = await person();
    const entry = (await join({ retrievalCode: code }, date)).json();
    expect(entry.status).toBe('waiting');
    const stranger = await inject('DELETE', `/api/v1/waitlist/${entry.id}`, undefined, {
      'x-retrieval-code': await person(),
    });
    expect(stranger.statusCode).toBe(404);
    const left = await inject('DELETE', `/api/v1/waitlist/${entry.id}`, undefined, {
      'x-retrieval-code': code,
    });
    expect(left.json()).toEqual({ id: entry.id, status: 'left' });
  });
});
