import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, signInNewAccount, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCode } from '../testing/identities';
import { generateOpenSlots } from './slot-generation';
import { appointmentSummarySchema } from './staff-schemas';

const DAY = '2026-12-03'; // the first Thursday: 王老师 at the city station 14–17, 张老师 at the county 9–12
const CITY = '市职工服务中心心灵驿站';

interface Entry {
  slot: { id: string; kind: string; startsAt: string; endsAt: string };
  booking: { id: string; status: string } | null;
}

describe.each(testDrivers)('the day’s appointments as counts, for the home page ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let station: Agent;
  let countyStation: Agent;
  const booked: Record<string, string> = {};

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    await generateOpenSlots(db.database.db, {}, t.clock.now());
    // On that Thursday: 王老师's three afternoon times booked (the first by someone sharing their
    // check-up), and the county's first morning time.
    const points = (await t.app.inject({ url: '/api/v1/service-points' })).json().servicePoints as {
      id: string;
      kind: string;
    }[];
    const slotsOf = async (kind: string) => {
      const id = points.find((p) => p.kind === kind)?.id;
      return (await t.app.inject({ url: `/api/v1/service-points/${id}/slots` })).json().slots as {
        id: string;
        startsAt: string;
      }[];
    };
    const city = (await slotsOf('city_station')).filter((s) => s.startsAt.startsWith(DAY));
    const county = (await slotsOf('district_station')).filter((s) => s.startsAt.startsWith(DAY));
    expect(city.map((s) => s.startsAt)).toEqual([
      '2026-12-03T06:00:00.000Z',
      '2026-12-03T07:00:00.000Z',
      '2026-12-03T08:00:00.000Z',
    ]);
    expect(county).toHaveLength(3);
    const shared = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      payload: {
        checkup: 'default',
        answers: {
          phq4: [2, 2, 1, 1],
          who5: [1, 1, 2, 1, 1],
          cbi_work: [75, 75, 50, 75, 50, 75, 50],
          ucla3: [2, 2, 2],
        },
      },
    });
    const book = async (slotId: string, code: string, shareResults = false) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        payload: {
          slot: slotId,
          topic: 'family',
          mode: 'in_person',
          retrievalCode: code,
          consent: true,
          shareResults,
        },
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    booked.first = await book(city[0]?.id as string, shared.json().retrievalCode, true);
    booked.second = await book(city[1]?.id as string, await retrievalCode(db.database));
    booked.third = await book(city[2]?.id as string, await retrievalCode(db.database));
    booked.county = await book(county[0]?.id as string, await retrievalCode(db.database));

    // 15:55 that day: the first came, the second did not; the county's morning was never marked.
    t.clock.set(new Date(`${DAY}T15:55:00+08:00`));
    // Signed in that afternoon (sessions from Monday would have run out).
    counsellor = await t.signInAs('counsellor');
    station = await t.signInAs('station_manager');
    // A station manager for the county only: the county's organisation subtree.
    const admin = await t.signInAs('federation_admin');
    const orgs = (await admin.request('GET', '/api/v1/organisations')).json().organisations as {
      id: string;
      name: string;
    }[];
    const suixi = orgs.find((o) => o.name === '濉溪县总工会')?.id;
    const created = await admin.request('POST', '/api/v1/users', {
      login: 'suixi.station',
      displayName: '濉溪驿站管理员',
      organisationId: suixi,
      roles: [{ role: 'station_manager', organisationId: suixi }],
    });
    expect(created.statusCode).toBe(201);
    countyStation = await signInNewAccount(t, 'suixi.station', created.json().temporaryPassword);

    for (const [id, status] of [
      [booked.first, 'attended'],
      [booked.second, 'no_show'],
    ] as const) {
      const res = await counsellor.request('POST', `/api/v1/appointments/${id}/attendance`, { status });
      expect(res.statusCode).toBe(200);
    }
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const summaryOf = async (agent: Agent, query = '') => {
    const res = await agent.request('GET', `/api/v1/appointments/summary${query}`);
    expect(res.statusCode).toBe(200);
    return appointmentSummarySchema.strict().parse(res.json());
  };
  const auditCount = async () =>
    Number((await db.database.executeSql('select count(*)::int as n from audit_events', [])).rows[0]?.n);

  it('counts a counsellor’s own day by state, with the next appointment still to come', async () => {
    expect(await summaryOf(counsellor)).toEqual({
      date: DAY,
      timeZone: 'Asia/Shanghai',
      booked: 1,
      attended: 1,
      noShow: 1,
      open: 0,
      next: {
        startsAt: '2026-12-03T08:00:00.000Z',
        servicePointName: CITY,
        servicePointNameEn: 'City Workers’ Service Centre Heart Station',
        servicePointTimeZone: 'Asia/Shanghai',
      },
    });
  });

  it('counts a station manager’s stations in scope, and skips an appointment that has ended as the next', async () => {
    // The whole federation: the county's unmarked morning counts as booked, but it is over.
    const all = await summaryOf(station);
    expect(all).toMatchObject({ booked: 2, attended: 1, noShow: 1, open: 2 });
    expect(all.next?.startsAt).toBe('2026-12-03T08:00:00.000Z');
    // The same numbers the calendar gives for that day.
    const range = `from=${encodeURIComponent(`${DAY}T00:00:00+08:00`)}&to=${encodeURIComponent(`2026-12-04T00:00:00+08:00`)}`;
    const entries = (await station.request('GET', `/api/v1/appointments?${range}`)).json().entries as Entry[];
    const withStatus = (s: string) => entries.filter((e) => e.booking?.status === s).length;
    expect(all).toMatchObject({
      booked: withStatus('booked'),
      attended: withStatus('attended'),
      noShow: withStatus('no_show'),
      open: entries.filter((e) => !e.booking && e.slot.kind !== 'block').length,
    });
    // The county's manager: only the county station.
    expect(await summaryOf(countyStation)).toMatchObject({
      booked: 1,
      attended: 0,
      noShow: 0,
      open: 2,
      next: null,
    });
  });

  it('reads nothing confidential and records nothing, unlike the calendar', async () => {
    const before = await auditCount();
    const answers = [await summaryOf(counsellor), await summaryOf(station), await summaryOf(countyStation)];
    expect(await auditCount()).toBe(before);
    for (const a of answers)
      for (const word of ['topic', 'family', 'shared', 'phone', 'contact', 'results'])
        expect(JSON.stringify(a)).not.toContain(word);
    // The counsellor's calendar of the same day shows what the first worker shared, and that is audited.
    const range = `from=${encodeURIComponent(`${DAY}T00:00:00+08:00`)}&to=${encodeURIComponent(`2026-12-04T00:00:00+08:00`)}`;
    await counsellor.request('GET', `/api/v1/appointments?${range}`);
    expect(await auditCount()).toBe(before + 1);
  });

  it('counts another day when asked, and refuses a date that does not exist or a role without appointments', async () => {
    // The second Thursday: 王老师's three afternoon times, all open.
    expect(await summaryOf(counsellor, '?date=2026-12-10')).toEqual({
      date: '2026-12-10',
      timeZone: 'Asia/Shanghai',
      booked: 0,
      attended: 0,
      noShow: 0,
      open: 3,
      next: null,
    });
    const bad = await counsellor.request('GET', '/api/v1/appointments/summary?date=2026-02-30');
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'validation_failed']);
    const officer = await t.signInAs('enterprise_officer');
    expect((await officer.request('GET', '/api/v1/appointments/summary')).statusCode).toBe(403);
  });
});
