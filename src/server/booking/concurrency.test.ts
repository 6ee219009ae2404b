import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCodes } from '../testing/identities';
import { generateOpenSlots } from './slot-generation';

/**
 * No double booking, decided by PostgreSQL: many workers press "book" on one slot at the same moment. On a
 * PostgreSQL server (many connections, truly concurrent) 50 requests per slot for 20 rounds; on the embedded
 * database (one connection) fewer rounds, the same assertions.
 */
describe.each(testDrivers)('concurrent bookings of one slot ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  const rounds = driver.name === 'postgres' ? 20 : 3;
  const racers = 50;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    await generateOpenSlots(db.database.db, {}, t.clock.now());
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const people = (n: number) => retrievalCodes(db.database, n);

  it(`gives each slot to exactly one of ${racers} simultaneous bookers, the others a clear 409`, async () => {
    const points = (await t.app.inject({ url: '/api/v1/service-points' })).json().servicePoints as {
      id: string;
    }[];
    const slots: { id: string; modes: string[] }[] = [];
    for (const p of points)
      slots.push(...(await t.app.inject({ url: `/api/v1/service-points/${p.id}/slots` })).json().slots);
    expect(slots.length).toBeGreaterThanOrEqual(rounds);

    for (let round = 0; round < rounds; round++) {
      const slot = slots[round] as { id: string; modes: string[] };
      const codes = await people(racers);
      const answers = await Promise.all(
        codes.map((retrievalCode) =>
          t.app.inject({
            method: 'POST',
            url: '/api/v1/bookings',
            payload: { slot: slot.id, topic: 'work', mode: slot.modes[0], retrievalCode, consent: true },
          }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(racers - 1);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      for (const a of answers.filter((x) => x.statusCode === 409))
        expect(a.json().error.code).toBe('slot_taken');
    }

    // Over the whole table: no slot has two live bookings, and no counsellor two overlapping live slots.
    const doubled = await db.database.executeSql(
      `select count(*)::int as n from (
         select slot_id from bookings where status <> 'cancelled' group by slot_id having count(*) > 1) d`,
      [],
    );
    expect(doubled.rows[0]?.n).toBe(0);
    const overlapping = await db.database.executeSql(
      `select count(*)::int as n from slots a join slots b
         on a.counsellor_id = b.counsellor_id and a.id < b.id
        and a.status <> 'cancelled' and b.status <> 'cancelled'
        and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
      [],
    );
    expect(overlapping.rows[0]?.n).toBe(0);
    const live = await db.database.executeSql(
      "select count(*)::int as n from bookings where status <> 'cancelled'",
      [],
    );
    expect(live.rows[0]?.n).toBe(rounds);
  });

  it('lets a walk-in and a worker race for one time without both winning', async () => {
    const [point] = (await t.app.inject({ url: '/api/v1/service-points' })).json().servicePoints as {
      id: string;
    }[];
    const slots = (await t.app.inject({ url: `/api/v1/service-points/${point?.id}/slots` })).json().slots as {
      id: string;
      startsAt: string;
      counsellor: { id: string };
    }[];
    const counsellor = await t.signInAs('counsellor');
    const me = String((counsellor.session.user as { id: string }).id);
    const slot = slots.filter((s) => s.counsellor.id === me).at(-1) as (typeof slots)[number];
    const [code] = await people(1);
    const [walkIn, booking] = await Promise.all([
      counsellor.request('POST', '/api/v1/walk-ins', {
        servicePointId: point?.id,
        startsAt: slot.startsAt,
        minutes: 50,
        topic: 'other',
        mode: 'in_person',
      }),
      t.app.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        payload: { slot: slot.id, topic: 'work', mode: 'in_person', retrievalCode: code, consent: true },
      }),
    ]);
    const outcomes = [walkIn.statusCode, booking.statusCode].sort();
    expect(outcomes).toEqual([201, 409]);
  });
});
