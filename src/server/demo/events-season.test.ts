import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { ensureDemoEventSeason } from './events-season';

interface Summary {
  id: string;
  kind: string;
  title: string;
  startsAt: string;
  status: string;
  visibility: string;
  place: { kind: string; name: string };
  registered: number;
  attended: number;
  walkIns: number;
  hosts: { name: string }[];
  orderId: string | null;
}

describe.each(testDrivers)('the demo’s season of group events ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('has past events with their attendance and feedback, and coming ones open for registration', async () => {
    const station = await t.signInAs('station_manager');
    const all = (await station.request('GET', '/api/v1/managed-events')).json().events as Summary[];
    // The demo's grassroots orders bring events of their own (three already delivered); the season is the rest.
    expect(all.filter((e) => e.orderId && e.startsAt < t.clock.now().toISOString())).toHaveLength(3);
    const events = all.filter((e) => !e.orderId);
    const now = t.clock.now().toISOString();
    const past = events.filter((e) => e.startsAt < now);
    const coming = events.filter((e) => e.startsAt > now && e.status === 'published');
    expect(past.length).toBe(3);
    expect(coming.length).toBeGreaterThanOrEqual(4);
    expect(events.some((e) => e.status === 'draft')).toBe(true);

    const roadside = coming.find((e) => e.kind === 'roadside_station');
    expect(roadside).toMatchObject({ visibility: 'open', place: { kind: 'service_point' } });
    const invitation = coming.find((e) => e.visibility === 'invitation');
    expect(invitation?.kind).toBe('enterprise_counselling_day');
    expect(invitation?.title).toContain('顺达物流');

    const talk = past.find((e) => e.kind === 'lecture') as Summary;
    expect(talk).toMatchObject({ registered: 28, attended: 22, walkIns: 5 });
    expect(talk.hosts.map((h) => h.name)).toEqual(['王老师', '陈教授（淮北师范大学）']);
    const report = (await station.request('GET', `/api/v1/managed-events/${talk.id}/report`)).json().report;
    expect(report).toMatchObject({ attendance: 27, noShows: 6, cancelled: 3 });
    expect(report.feedback.count).toBe(12);
    expect(report.carePackages).toEqual([
      { audienceGroup: 'factory_shift', count: 7 },
      { audienceGroup: 'general', count: 20 },
    ]);

    // The enterprise officer of 顺达物流 sees the roadside station's events and their invitation.
    const officer = await t.signInAs('enterprise_officer');
    const theirs = (await officer.request('GET', '/api/v1/managed-events')).json().events as Summary[];
    expect(
      theirs
        .filter((e) => !e.orderId)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['enterprise_counselling_day', 'roadside_station', 'roadside_station']);
  });

  it('loads once: starting again adds nothing', async () => {
    const station = await t.signInAs('station_manager');
    const before = (await station.request('GET', '/api/v1/managed-events')).json().events.length;
    const user = station.session.user as { tenantId: string };
    expect(await ensureDemoEventSeason(t.database.db, user.tenantId, t.clock.now())).toBe(false);
    expect((await station.request('GET', '/api/v1/managed-events')).json().events.length).toBe(before);
  });
});
