import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';

interface Point {
  id: string;
  kind: string;
  rooms: { id: string; name: string }[];
}

describe.each(testDrivers)('a counsellor’s walk-ins and blocked time ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let city: Point;
  let roadside: Point;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    counsellor = await t.signInAs('counsellor');
    const points = (await counsellor.request('GET', '/api/v1/managed-service-points')).json()
      .servicePoints as Point[];
    city = points.find((p) => p.kind === 'city_station') as Point;
    roadside = points.find((p) => p.kind === 'roadside_station') as Point;
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  const walkIn = (roomId: string, startsAt: string) =>
    counsellor.request('POST', '/api/v1/walk-ins', {
      servicePointId: city.id,
      roomId,
      startsAt,
      minutes: 50,
      topic: 'work',
    });

  it('refuses a room of another station and takes nothing', async () => {
    const foreign = await walkIn(roadside.rooms[0]?.id as string, '2026-11-30T10:00:00+08:00');
    expect(foreign.statusCode).toBe(400);
    const block = await counsellor.request('POST', '/api/v1/time-blocks', {
      servicePointId: city.id,
      roomId: roadside.rooms[0]?.id,
      startsAt: '2026-11-30T11:00:00+08:00',
      minutes: 60,
    });
    expect(block.statusCode).toBe(400);
    const day = (
      await counsellor.request(
        'GET',
        '/api/v1/appointments?from=2026-11-30T00:00:00%2B08:00&to=2026-12-01T00:00:00%2B08:00',
      )
    ).json().entries as { slot: { kind: string } }[];
    expect(day.filter((e) => e.slot.kind !== 'rostered')).toEqual([]);
  });

  it('records a walk-in in a room of the station', async () => {
    const ok = await walkIn(city.rooms[0]?.id as string, '2026-11-30T10:00:00+08:00');
    expect(ok.statusCode).toBe(201);
    expect(ok.json().status).toBe('booked');
  });
});
