import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, signInNewAccount, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCode } from '../testing/identities';
import { generateOpenSlots } from './slot-generation';

interface Entry {
  slot: { id: string; kind: string; startsAt: string; endsAt: string };
  counsellor: { id: string };
  booking: { id: string; status: string; topic: string | null; source: string } | null;
}

describe.each(testDrivers)('rosters, the calendar and the counsellor’s feed ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let station: Agent;
  let counsellor: Agent;
  let counsellorId: string;
  let suixi: { id: string; rooms: { id: string }[] };
  let city: { id: string };

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    await generateOpenSlots(db.database.db, {}, t.clock.now());
    station = await t.signInAs('station_manager');
    counsellor = await t.signInAs('counsellor');
    counsellorId = String((counsellor.session.user as { id: string }).id);
    const points = (await station.request('GET', '/api/v1/managed-service-points')).json().servicePoints;
    suixi = points.find((p: { kind: string }) => p.kind === 'district_station');
    city = points.find((p: { kind: string }) => p.kind === 'city_station');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const week = (from = '2026-11-30T00:00:00+08:00', days = 7) =>
    `from=${encodeURIComponent(from)}&to=${encodeURIComponent(new Date(Date.parse(from) + days * 86_400_000).toISOString())}`;
  const openSlots = async (pointId: string) =>
    (await t.app.inject({ url: `/api/v1/service-points/${pointId}/slots` })).json().slots as {
      id: string;
      startsAt: string;
      counsellor: { id: string };
    }[];

  it('lists the stations each role may see: the federation’s to a counsellor, every federation’s to the platform operator, none to an enterprise officer', async () => {
    const names = async (agent: Agent) => {
      const res = await agent.request('GET', '/api/v1/managed-service-points');
      expect(res.statusCode).toBe(200);
      return (res.json().servicePoints as { name: string }[]).map((p) => p.name).sort();
    };
    const federation = await names(station);
    expect(federation).toContain('濉溪县职工心灵驿站');
    expect(await names(counsellor)).toEqual(federation);
    // The operator edits stations (servicepoint.manage) without seeing rosters, and still lists them.
    const operator = await t.signInAs('platform_operator');
    expect(await names(operator)).toEqual(federation);
    const officer = await t.signInAs('enterprise_officer');
    expect((await officer.request('GET', '/api/v1/managed-service-points')).statusCode).toBe(403);
    // A station manager over the county sees the county's station only.
    const admin = await t.signInAs('federation_admin');
    const orgs = (await admin.request('GET', '/api/v1/organisations')).json().organisations as {
      id: string;
      name: string;
    }[];
    const county = orgs.find((o) => o.name === '濉溪县总工会')?.id;
    const created = await admin.request('POST', '/api/v1/users', {
      login: 'suixi.stations',
      displayName: '濉溪驿站管理员',
      organisationId: county,
      roles: [{ role: 'station_manager', organisationId: county }],
    });
    const countyManager = await signInNewAccount(t, 'suixi.stations', created.json().temporaryPassword);
    expect(await names(countyManager)).toEqual(['濉溪县职工心灵驿站']);
  });

  it('changes only the fields a change to a station names, leaving the rest (coordinates, hours, phone) as they were', async () => {
    const points = (await station.request('GET', '/api/v1/managed-service-points')).json().servicePoints;
    const before = points.find((p: { id: string }) => p.id === city.id);
    const changed = await station.request('PATCH', `/api/v1/managed-service-points/${city.id}`, {
      minNoticeMinutes: 30,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ ...before, policy: { ...before.policy, minNoticeMinutes: 30 } });
    const back = await station.request('PATCH', `/api/v1/managed-service-points/${city.id}`, {
      minNoticeMinutes: before.policy.minNoticeMinutes,
    });
    expect(back.json()).toEqual(before);
  });

  it('puts a counsellor on the 2nd and 4th Thursday at a station, and workers then see those slots', async () => {
    const res = await station.request('POST', '/api/v1/rosters', {
      servicePointId: suixi.id,
      counsellorId,
      roomId: suixi.rooms[0]?.id,
      rule: { freq: 'monthly_nth', weekday: 4, nths: [2, 4] },
      startTime: '09:00',
      endTime: '11:00',
      validFrom: '2026-12-01',
      slotMinutes: 50,
      bufferMinutes: 10,
      modes: ['in_person'],
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.roster.description['zh-CN']).toBe('每月第2、4个周四');
    expect(body.slotsCreated).toBe(4); // 10 and 24 December, 14:00 and 15:00
    const mine = (await openSlots(suixi.id))
      .filter((s) => s.counsellor.id === counsellorId)
      .map((s) => s.startsAt);
    expect(mine).toEqual([
      '2026-12-10T01:00:00.000Z',
      '2026-12-10T02:00:00.000Z',
      '2026-12-24T01:00:00.000Z',
      '2026-12-24T02:00:00.000Z',
    ]);
    // The counsellor sees their own rosters; the station manager all of them.
    const own = (await counsellor.request('GET', '/api/v1/rosters')).json().rosters;
    expect(own.every((r: { counsellorId: string }) => r.counsellorId === counsellorId)).toBe(true);
    const all = (await station.request('GET', '/api/v1/rosters')).json().rosters;
    expect(all.length).toBeGreaterThan(own.length);
  });

  it('refuses a roster that cannot work, with the problems named, and a counsellor cannot edit rosters', async () => {
    const bad = await station.request('POST', '/api/v1/rosters', {
      servicePointId: suixi.id,
      counsellorId,
      rule: { freq: 'weekly', weekdays: [1] },
      startTime: '16:00',
      endTime: '15:00',
      validFrom: '2026-12-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_roster');
    const notCounsellor = await station.request('POST', '/api/v1/rosters', {
      servicePointId: suixi.id,
      counsellorId: String((station.session.user as { id: string }).id),
      rule: { freq: 'weekly', weekdays: [1] },
      startTime: '09:00',
      endTime: '10:00',
      validFrom: '2026-12-01',
    });
    expect(notCounsellor.json().error.code).toBe('invalid_roster');
    const byCounsellor = await counsellor.request('POST', '/api/v1/rosters', {
      servicePointId: suixi.id,
      counsellorId,
      rule: { freq: 'weekly', weekdays: [1] },
      startTime: '09:00',
      endTime: '10:00',
      validFrom: '2026-12-01',
    });
    expect(byCounsellor.statusCode).toBe(403);
  });

  it('withdraws a holiday’s open slots, keeps a booked appointment and says so, and brings them back when lifted', async () => {
    const slots = (await openSlots(city.id)).filter((s) => s.startsAt.startsWith('2026-12-03'));
    expect(slots.length).toBeGreaterThan(0);
    const code = await retrievalCode(db.database);
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      payload: { slot: slots[0]?.id, topic: 'work', mode: 'in_person', retrievalCode: code, consent: true },
    });
    expect(booked.statusCode).toBe(201);
    const holiday = await station.request('POST', '/api/v1/roster-exceptions', {
      servicePointId: city.id,
      rosterId: null,
      date: '2026-12-03',
      reason: '驿站设备检修',
    });
    expect(holiday.statusCode).toBe(201);
    expect(holiday.json()).toMatchObject({ slotsWithdrawn: slots.length - 1, bookingsKept: 1 });
    expect((await openSlots(city.id)).filter((s) => s.startsAt.startsWith('2026-12-03'))).toEqual([]);
    const lifted = await station.request(
      'DELETE',
      `/api/v1/roster-exceptions/${holiday.json().exception.id}`,
    );
    expect(lifted.json().slotsCreated).toBe(slots.length - 1);
  });

  it('shows a counsellor their week, lets them block time, add a walk-in and mark attendance', async () => {
    const entries = (await counsellor.request('GET', `/api/v1/appointments?${week()}`)).json()
      .entries as Entry[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.counsellor.id === counsellorId)).toBe(true);
    const open = entries.filter((e) => !e.booking && e.slot.kind === 'rostered');
    const target = open[0] as Entry;

    const block = await counsellor.request('POST', '/api/v1/time-blocks', {
      servicePointId: city.id,
      startsAt: target.slot.startsAt,
      minutes: 60,
      note: '督导培训',
    });
    expect(block.statusCode).toBe(201);
    expect((await openSlots(city.id)).some((s) => s.id === target.slot.id)).toBe(false);
    const clash = await counsellor.request('POST', '/api/v1/walk-ins', {
      servicePointId: city.id,
      startsAt: target.slot.startsAt,
      minutes: 30,
    });
    expect([clash.statusCode, clash.json().error.code]).toEqual([409, 'time_taken']);
    const freed = await counsellor.request('DELETE', `/api/v1/time-blocks/${block.json().id}`);
    expect(freed.json().slotsCreated).toBeGreaterThan(0);

    // A walk-in who came in five minutes ago, when no duty was rostered: recorded as attended at once.
    const walkIn = await counsellor.request('POST', '/api/v1/walk-ins', {
      servicePointId: city.id,
      startsAt: new Date(t.clock.now().getTime() - 5 * 60_000).toISOString(),
      minutes: 40,
      topic: 'family',
      mode: 'in_person',
    });
    expect(walkIn.statusCode).toBe(201);
    expect(walkIn.json().status).toBe('attended');
    const noShow = await counsellor.request('POST', `/api/v1/appointments/${walkIn.json().id}/attendance`, {
      status: 'no_show',
    });
    expect(noShow.json().status).toBe('no_show');
    const today = (
      await counsellor.request('GET', `/api/v1/appointments?${week('2026-11-30T00:00:00+08:00', 1)}`)
    ).json().entries as Entry[];
    expect(today.find((e) => e.booking?.id === walkIn.json().id)?.booking).toMatchObject({
      source: 'walk_in',
      status: 'no_show',
      topic: 'family',
    });
    // Another counsellor's time is not theirs to block.
    const other = await db.database.executeSql(
      'select user_id from counsellor_profiles where user_id <> $1 limit 1',
      [counsellorId],
    );
    const foreign = await counsellor.request('POST', '/api/v1/time-blocks', {
      servicePointId: city.id,
      counsellorId: other.rows[0]?.user_id,
      startsAt: '2026-12-20T10:00:00+08:00',
      minutes: 30,
    });
    expect(foreign.statusCode).toBe(403);
  });

  it('checks a worker in with the code on the station’s poster, from an hour before, and shows it to the counsellor', async () => {
    const poster = await station.request('POST', `/api/v1/managed-service-points/${city.id}/check-in-code`);
    expect(poster.statusCode).toBe(201);
    const { code, link, qrSvg } = poster.json();
    expect(link).toContain(`/checkin#p=${city.id}&c=${code}`);
    expect(qrSvg).toContain('<svg');
    const slot = (await openSlots(city.id)).filter((s) => s.counsellor.id === counsellorId).at(-2) as {
      id: string;
      startsAt: string;
    };
    const retrieval = await retrievalCode(db.database);
    const headers = { 'x-retrieval-code': retrieval };
    const booking = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        payload: { slot: slot.id, topic: 'work', mode: 'in_person', retrievalCode: retrieval, consent: true },
      })
    ).json();
    const checkIn = (c: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/bookings/${booking.id}/check-in`,
        payload: { code: c },
        headers,
      });
    expect((await checkIn(code)).json().error.code).toBe('checkin_closed');
    t.clock.set(new Date(Date.parse(slot.startsAt) - 20 * 60_000));
    try {
      expect((await checkIn('wrongcode1234')).json().error.code).toBe('invalid_checkin_code');
      // Typed as the poster prints it: in capitals, in groups of four.
      const arrived = await checkIn(code.toUpperCase().replace(/(.{4})(?=.)/g, '$1 '));
      expect(arrived.statusCode).toBe(200);
      expect(arrived.json().checkedInAt).toBe(
        new Date(Date.parse(slot.startsAt) - 20 * 60_000).toISOString(),
      );
      const day = await db.database.executeSql('select checked_in_at from bookings where id = $1', [
        booking.id,
      ]);
      expect(day.rows[0]?.checked_in_at).toBeTruthy();
    } finally {
      t.clock.set(new Date('2026-11-30T09:00:00+08:00'));
    }
  });

  it('publishes the counsellor’s appointments as a calendar feed without names or topics, until revoked', async () => {
    const on = await counsellor.request('POST', '/api/v1/calendar-feed');
    expect(on.statusCode).toBe(201);
    const { path } = on.json();
    const ics = await t.app.inject({ url: path });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('心理咨询预约');
    for (const secret of ['工作', '家庭', 'family', 'work']) expect(ics.body).not.toContain(secret);
    // No mobile number (a bare "138" also turns up inside the random UIDs now and then).
    expect(ics.body).not.toMatch(/(?<![\w-])1[3-9]\d{9}(?![\w-])/);
    // Renewing ends the old address; revoking ends the feed.
    const renewed = (await counsellor.request('POST', '/api/v1/calendar-feed')).json();
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ url: renewed.path })).statusCode).toBe(200);
    await counsellor.request('DELETE', '/api/v1/calendar-feed');
    expect((await t.app.inject({ url: renewed.path })).statusCode).toBe(404);
    expect((await counsellor.request('GET', '/api/v1/calendar-feed')).json().active).toBe(false);
  });

  it('keeps slots in a station’s own zone across a daylight-saving change', async () => {
    const org = (station.session.user as { organisationId: string }).organisationId;
    const point = await station.request('POST', '/api/v1/managed-service-points', {
      organisationId: org,
      kind: 'remote',
      name: '海外职工热线',
      nameEn: 'Overseas workers line',
      address: '电话',
      timeZone: 'America/New_York',
    });
    expect(point.statusCode).toBe(201);
    const roster = await station.request('POST', '/api/v1/rosters', {
      servicePointId: point.json().id,
      counsellorId,
      rule: { freq: 'weekly', weekdays: [7] },
      startTime: '09:00',
      endTime: '10:00',
      validFrom: '2027-03-01',
      validUntil: '2027-03-21',
      modes: ['phone'],
    });
    expect(roster.statusCode).toBe(201);
    // Far ahead of the four-week horizon: move the clock, then generate.
    t.clock.set(new Date('2027-02-28T12:00:00Z'));
    try {
      await generateOpenSlots(db.database.db, { servicePointId: point.json().id }, t.clock.now());
      const slots = await openSlots(point.json().id);
      // 9:00 in New York is 14:00 UTC before 14 March 2027 and 13:00 UTC after.
      expect(slots.map((s) => s.startsAt)).toEqual([
        '2027-03-07T14:00:00.000Z',
        '2027-03-14T13:00:00.000Z',
        '2027-03-21T13:00:00.000Z',
      ]);
    } finally {
      t.clock.set(new Date('2026-11-30T09:00:00+08:00'));
    }
  });
});
