import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStaff } from '../care/test-kit';
import type { CareEvent } from '../realtime/bus';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { checkupReportSchema, orderSchema, slaSchema } from './schemas';
import {
  addMenuItem,
  checkupItem,
  lectureItem,
  nextSlot,
  type OrderJson,
  orderBody,
  orderIn,
  orgOf,
  place,
  stepAs,
  userIdOf,
} from './test-kit';

describe.each(testDrivers)('grassroots orders ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let officer: Agent;
  let admin: Agent;
  let hostId: string;
  let lecture: string;
  let checkup: string;
  const seen: CareEvent[] = [];

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    t.events.subscribe((e) => seen.push(e));
    admin = await t.signInAs('federation_admin');
    officer = await t.signInAs('enterprise_officer');
    hostId = userIdOf(await t.signInAs('counsellor'));
    lecture = await addMenuItem(admin, lectureItem);
    checkup = await addMenuItem(admin, checkupItem);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const unread = async (a: Agent) =>
    (
      (await a.request('GET', '/api/v1/notifications?unread=true')).json().notifications as {
        kind: string;
        objectId: string;
      }[]
    ).filter((n) => n.kind === 'order_update');

  it('takes an order from the menu to closed, each step on the timeline and told to the other side', async () => {
    const menu = await officer.request('GET', '/api/v1/service-menu');
    expect(menu.json().items.map((i: { id: string }) => i.id)).toContain(lecture);

    const before = { admin: (await unread(admin)).length, officer: (await unread(officer)).length };
    let order = await place(officer, lecture);
    expect(order).toMatchObject({ state: 'submitted', side: 'enterprise', steps: ['cancel'], headcount: 60 });
    expect(orderSchema.safeParse(order).success).toBe(true);
    expect((await unread(admin)).length).toBe(before.admin + 1);

    const asAdmin = (await admin.request('GET', `/api/v1/service-orders/${order.id}`)).json()
      .order as OrderJson;
    expect(asAdmin.steps).toEqual(['accept', 'propose', 'decline']);

    const propose = await stepAs(admin, order.id, 'propose', hostId);
    expect(propose.statusCode, propose.body).toBe(200);
    expect(propose.json().order.proposal.message).toContain('20 日');
    expect((await unread(officer)).length).toBe(before.officer + 1);
    expect(seen.some((e) => e.type === 'notification' && e.objectId === order.id)).toBe(true);

    const steps: [Agent, Parameters<typeof stepAs>[2], string][] = [
      [officer, 'confirm', 'accepted'],
      [admin, 'schedule', 'scheduled'],
      [officer, 'confirm', 'confirmed'],
      [admin, 'deliver', 'delivered'],
      [officer, 'rate', 'rated'],
      [admin, 'close', 'closed'],
    ];
    for (const [agent, step, state] of steps) {
      t.clock.advance(60_000);
      const res = await stepAs(agent, order.id, step, hostId);
      expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
      order = res.json().order;
      expect(order.state).toBe(state);
    }
    expect(order.timeline?.map((e) => e.step)).toEqual([
      'submit',
      'propose',
      'confirm',
      'schedule',
      'confirm',
      'deliver',
      'rate',
      'close',
    ]);
    expect(order).toMatchObject({ attendance: 48, rating: 5, steps: [] });
    expect((order.times as Record<string, string | null>).acceptedAt).not.toBeNull();
    // Both sides read the same timeline.
    const officerView = (await officer.request('GET', `/api/v1/service-orders/${order.id}`)).json().order;
    expect(officerView.timeline).toEqual(order.timeline);
    expect((await unread(officer)).length).toBe(before.officer + 4);
    expect((await unread(admin)).length).toBe(before.admin + 4);

    // The event: invitation-only for the enterprise, published, at the site, hosted by the counsellor.
    expect(order.events).toHaveLength(1);
    const { rows } = await t.database.executeSql(
      `select e.visibility, e.status, e.order_id, e.place_kind, e.site_name, e.invited_organisation_id, h.user_id
         from group_events e join event_hosts h on h.event_id = e.id where e.id = $1`,
      [order.events[0]?.id],
    );
    expect(rows[0]).toMatchObject({
      visibility: 'invitation',
      status: 'published',
      order_id: order.id,
      place_kind: 'site',
      site_name: '顺达物流二号仓会议室',
      invited_organisation_id: orgOf(officer),
      user_id: hostId,
    });
  });

  it('refuses a host who is busy then, and leaves the order accepted', async () => {
    const first = await orderIn(t, { officer, admin }, lecture, 'scheduled', hostId);
    const second = await orderIn(t, { officer, admin }, lecture, 'accepted', hostId);
    const when = first.schedule as { startsAt: string; endsAt: string };
    const res = await admin.request('POST', `/api/v1/service-orders/${second.id}/schedule`, {
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      hostUserIds: [hostId],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('host_busy');
    const after = (await admin.request('GET', `/api/v1/service-orders/${second.id}`)).json().order;
    expect(after.state).toBe('accepted');
    expect(after.events).toEqual([]);
    // A member the officer registered is texted when the enterprise cancels the order.
    const eventId = (first.events as { id: string }[])[0]?.id as string;
    const member = await officer.request('POST', `/api/v1/managed-events/${eventId}/registrations`, {
      members: [{ name: '周师傅', phone: '13600136000' }],
    });
    expect(member.statusCode, member.body).toBe(201);
    // Cancelled by the enterprise, the first order's event is cancelled too, and its host is free again.
    const cancel = await stepAs(officer, first.id, 'cancel', hostId);
    expect(cancel.json().order.events.map((e: { status: string }) => e.status)).toEqual(['cancelled']);
    expect(t.sms.lastTo('13600136000')?.body).toMatch(/^【康乃馨】/);
    expect(t.sms.lastTo('13600136000')?.body).toContain('的活动已取消');
    const retry = await admin.request('POST', `/api/v1/service-orders/${second.id}/schedule`, {
      ...when,
      hostUserIds: [hostId],
    });
    expect(retry.statusCode, retry.body).toBe(200);
  });

  it('schedules a service over two days as one event a day, and refuses sessions out of order', async () => {
    const o = await orderIn(t, { officer, admin }, lecture, 'accepted', hostId);
    const [day1, day2] = [nextSlot(), nextSlot()] as [
      { startsAt: string; endsAt: string },
      { startsAt: string; endsAt: string },
    ];
    const overlapping = await admin.request('POST', `/api/v1/service-orders/${o.id}/schedule`, {
      ...day2,
      furtherSessions: [day1],
      hostUserIds: [hostId],
    });
    expect(overlapping.statusCode).toBe(400);
    expect((await admin.request('GET', `/api/v1/service-orders/${o.id}`)).json().order.events).toEqual([]);
    const res = await admin.request('POST', `/api/v1/service-orders/${o.id}/schedule`, {
      ...day1,
      furtherSessions: [day2],
      hostUserIds: [hostId],
    });
    expect(res.statusCode, res.body).toBe(200);
    const order = res.json().order;
    expect(order.state).toBe('scheduled');
    expect(order.schedule).toEqual({ startsAt: day1.startsAt, endsAt: day2.endsAt });
    const { rows } = await t.database.executeSql(
      `select starts_at, visibility, invited_organisation_id from group_events where order_id = $1 order by starts_at`,
      [o.id],
    );
    expect(rows.map((r) => new Date(String(r.starts_at)).toISOString())).toEqual([
      day1.startsAt,
      day2.startsAt,
    ]);
    expect(
      rows.every((r) => r.visibility === 'invitation' && r.invited_organisation_id === orgOf(officer)),
    ).toBe(true);
  });

  it('refuses a host on duty at a station then, or takes the duty when the federation says so', async () => {
    const o = await orderIn(t, { officer, admin }, lecture, 'accepted', hostId);
    // 王老师's Tuesday afternoon duty at the city station (the demo roster).
    const when = { startsAt: '2027-03-02T14:30:00+08:00', endsAt: '2027-03-02T16:00:00+08:00' };
    const refused = await admin.request('POST', `/api/v1/service-orders/${o.id}/schedule`, {
      ...when,
      hostUserIds: [hostId],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('host_busy');
    expect(refused.json().error.details.conflicts[0]).toMatchObject({ with: 'duty', userId: hostId });
    expect((await admin.request('GET', `/api/v1/service-orders/${o.id}`)).json().order.state).toBe(
      'accepted',
    );
    const taken = await admin.request('POST', `/api/v1/service-orders/${o.id}/schedule`, {
      ...when,
      hostUserIds: [hostId],
      blockDutySlots: true,
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().order.state).toBe('scheduled');
    const { rows } = await t.database.executeSql(
      `select starts_at from slots where counsellor_id = $1 and kind = 'block'
         and starts_at >= '2027-03-02T00:00Z' and starts_at < '2027-03-03T00:00Z' order by starts_at`,
      [hostId],
    );
    expect(rows.map((r) => new Date(String((r as { starts_at: unknown }).starts_at)).toISOString())).toEqual([
      '2027-03-02T06:00:00.000Z',
      '2027-03-02T07:00:00.000Z',
    ]);
  });

  it('answers bad input with 4xx and changes nothing', async () => {
    const bad = async (body: Record<string, unknown>, code: number) => {
      const res = await officer.request('POST', '/api/v1/service-orders', { ...orderBody(lecture), ...body });
      expect(res.statusCode, JSON.stringify(body)).toBe(code);
    };
    await bad({ preferredDates: [] }, 400);
    await bad({ preferredDates: Array(4).fill({ date: '2026-12-20' }) }, 400);
    await bad({ preferredDates: [{ date: '2026-11-01' }] }, 400);
    await bad({ headcount: 201 }, 400);
    await bad({ headcount: 0 }, 400);
    await bad({ site: { name: '', address: 'x' } }, 400);
    await bad({ audiences: ['nobody_knows'] }, 400);
    await bad({ menuItemId: '00000000-0000-4000-8000-00000000dead' }, 400);
    const o = await place(officer, lecture);
    const rate = await officer.request('POST', `/api/v1/service-orders/${o.id}/rate`, { rating: 9 });
    expect(rate.statusCode).toBe(400);
    await stepAs(admin, o.id, 'accept', hostId);
    const backwards = await admin.request('POST', `/api/v1/service-orders/${o.id}/schedule`, {
      ...nextSlot(),
      endsAt: '2026-12-01T00:00:00Z',
      hostUserIds: [hostId],
    });
    expect(backwards.statusCode).toBe(400);
    const stranger = await admin.request('POST', `/api/v1/service-orders/${o.id}/schedule`, {
      ...nextSlot(),
      hostUserIds: ['00000000-0000-4000-8000-00000000dead'],
    });
    expect(stranger.statusCode).toBe(400);
    const menu = await admin.request('POST', '/api/v1/service-menu', { ...lectureItem, kind: 'karaoke' });
    expect(menu.statusCode).toBe(400);
    expect((await admin.request('GET', `/api/v1/service-orders/${o.id}`)).json().order.state).toBe(
      'accepted',
    );
  });

  it('keeps one enterprise’s orders from another’s officer, and a supervisor only reads', async () => {
    const o = await place(officer, lecture);
    const orgs = (await admin.request('GET', '/api/v1/organisations')).json().organisations as {
      id: string;
      kind: string;
    }[];
    const other = orgs.find((x) => x.kind === 'enterprise_union' && x.id !== orgOf(officer)) as {
      id: string;
    };
    const stranger = await newStaff(
      t,
      admin,
      'other.officer',
      '别家工会干部',
      ['enterprise_officer'],
      other.id,
    );
    expect((await stranger.request('GET', `/api/v1/service-orders/${o.id}`)).statusCode).toBe(404);
    expect(
      (await stranger.request('POST', `/api/v1/service-orders/${o.id}/cancel`, { reason: 'x' })).statusCode,
    ).toBe(404);
    const list = (await stranger.request('GET', '/api/v1/service-orders')).json().orders as { id: string }[];
    expect(list.map((x) => x.id)).not.toContain(o.id);
    // Ordering for someone else's enterprise is refused too.
    const foreign = await stranger.request('POST', '/api/v1/service-orders', {
      ...orderBody(lecture),
      organisationId: orgOf(officer),
    });
    expect(foreign.statusCode).toBe(403);
    const supervisor = await t.signInAs('supervisor');
    const read = await supervisor.request('GET', `/api/v1/service-orders/${o.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().order.steps).toEqual([]);
    expect((await supervisor.request('POST', `/api/v1/service-orders/${o.id}/accept`, {})).statusCode).toBe(
      403,
    );
  });

  it('gives an on-site check-up a campaign link and reports it in aggregate, hiding a group of 9', async () => {
    const o = await orderIn(t, { officer, admin }, checkup, 'scheduled', hostId);
    expect(o.campaign?.link).toMatch(/\/checkup\?c=[a-z2-9]{8}$/);
    const detail = (await officer.request('GET', `/api/v1/service-orders/${o.id}`)).json().order;
    expect(detail.campaign.qrSvg).toContain('<svg');
    const campaignId = o.campaign?.id as string;
    // 40 people: PHQ-9 bands 22 / 9 / 9 … the 9s must not be readable, nor worked out from the total.
    const bands: [string, number][] = [
      ['minimal', 22],
      ['mild', 9],
      ['moderate', 9],
    ];
    const instrument = 'phq9';
    let n = 0;
    for (const [band, count] of bands)
      for (let i = 0; i < count; i++) {
        n += 1;
        const { rows } = await t.database.executeSql(
          `insert into submissions (tenant_id, campaign_id, checkup_id, lang, answers_sealed)
             select tenant_id, $1, 'default', 'zh-CN', 'x' from campaigns where id = $1 returning id, tenant_id`,
          [campaignId],
        );
        const s = rows[0] as { id: string; tenant_id: string };
        await t.database.executeSql(
          `insert into submission_results (submission_id, tenant_id, instrument_id, version, score, band_code, band_level, flags, subscales)
             values ($1, $2, $3, '1', $4, $5, 1, '{}', '[]')`,
          [s.id, s.tenant_id, instrument, n, band],
        );
      }
    const res = await officer.request('GET', `/api/v1/service-orders/${o.id}/checkup-report`);
    expect(res.statusCode, res.body).toBe(200);
    const report = checkupReportSchema.parse(res.json());
    expect(report.people).toBe(40);
    const row = report.instruments.find((i) => i.instrumentId === instrument);
    expect(row?.people).toBe(40);
    const cell = (code: string) => row?.bands.find((b) => b.code === code)?.count;
    expect(cell('mild')).toBeNull();
    expect(cell('moderate')).toBeNull();
    const shown = (row?.bands ?? []).reduce((a, b) => a + (b.count ?? 0), 0);
    // Whatever can be subtracted from the total is a group of at least ten.
    expect(40 - shown).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(res.json())).not.toMatch(/"count":9\b/);
    // A lecture has no check-up report.
    const lectureOrder = await place(officer, lecture);
    expect(
      (await officer.request('GET', `/api/v1/service-orders/${lectureOrder.id}/checkup-report`)).statusCode,
    ).toBe(404);
  });

  it('has demo orders in every state, with the federation’s menu', async () => {
    const all = (await admin.request('GET', '/api/v1/service-orders')).json().orders as OrderJson[];
    const states = new Set(all.map((o) => o.state));
    for (const s of [
      'submitted',
      'proposed',
      'accepted',
      'declined',
      'scheduled',
      'confirmed',
      'delivered',
      'rated',
      'closed',
      'cancelled',
    ])
      expect(states.has(s as OrderJson['state']), s).toBe(true);
    const mine = (await officer.request('GET', '/api/v1/service-orders')).json().orders as OrderJson[];
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.length).toBeLessThan(all.length);
  });

  it('works out the SLA figures from the orders’ times', async () => {
    const from = '2027-03-01T00:00:00Z';
    const to = '2027-04-01T00:00:00Z';
    const a = await orderIn(t, { officer, admin }, lecture, 'accepted', hostId);
    const b = await orderIn(t, { officer, admin }, lecture, 'delivered', hostId);
    const c = await orderIn(t, { officer, admin }, lecture, 'submitted', hostId);
    const set = (id: string, cols: string) =>
      t.database.executeSql(`update service_orders set ${cols} where id = $1`, [id]);
    await set(a.id, `submitted_at = '2027-03-02T00:00Z', accepted_at = '2027-03-02T12:00Z'`);
    await set(
      b.id,
      `submitted_at = '2027-03-03T00:00Z', accepted_at = '2027-03-06T00:00Z', scheduled_at = '2027-03-07T00:00Z', delivered_at = '2027-03-13T00:00Z'`,
    );
    await set(c.id, `submitted_at = '2027-03-04T00:00Z'`);
    const res = await admin.request('GET', `/api/v1/service-orders/sla?from=${from}&to=${to}`);
    expect(res.statusCode, res.body).toBe(200);
    const sla = slaSchema.parse(res.json());
    expect(sla).toMatchObject({
      total: 3,
      medianHoursToAcceptance: 42,
      medianHoursToScheduling: 96,
      medianHoursToDelivery: 240,
      acceptedWithin48Hours: 0.5,
    });
    expect(sla.ordersByState).toMatchObject({ accepted: 1, delivered: 1, submitted: 1 });
  });
});
