import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { generateOpenSlots } from './slot-generation';

interface Point {
  id: string;
  kind: string;
  nextSlot: { startsAt: string } | null;
}

describe.each(testDrivers)('finding counselling ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    // Monday 30 November 09:00 in Shanghai: the demo's rosters open slots for the next four weeks.
    await generateOpenSlots(db.database.db, {}, t.clock.now());
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const cityStation = async () =>
    (
      (await t.app.inject({ method: 'GET', url: '/api/v1/service-points' })).json().servicePoints as Point[]
    ).find((p) => p.kind === 'city_station') as Point;

  it('gives each point its next time a worker may book now, past the point’s minimum notice', async () => {
    // 12:30 on Tuesday: 王老师's 14:00 is within the city station's two hours' notice; 15:00 is the next.
    t.clock.set(new Date('2026-12-01T12:30:00+08:00'));
    const point = await cityStation();
    expect(point.nextSlot?.startsAt).toBe('2026-12-01T07:00:00.000Z');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/service-points/${point.id}` })).json();
    expect(detail.nextSlot?.startsAt).toBe('2026-12-01T07:00:00.000Z');
    const { slots } = (
      await t.app.inject({ method: 'GET', url: `/api/v1/service-points/${point.id}/slots` })
    ).json();
    expect(slots[0].startsAt).toBe(point.nextSlot?.startsAt);
  });
});
