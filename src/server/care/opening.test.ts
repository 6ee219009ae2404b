import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenSlots } from '../booking/slot-generation';
import type { CareEvent } from '../realtime/bus';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { caseDetailSchema, caseSummarySchema } from './schemas';
import { type CaseJson, caseAudit, contactRequest, newStaff, openFromAlert, userIdOf } from './test-kit';

describe.each(testDrivers)('opening cases, the list and the case ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let supervisor: Agent;
  let colleague: Agent;
  const seen: CareEvent[] = [];

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    await generateOpenSlots(db.database.db, {}, t.clock.now());
    t.events.subscribe((e) => seen.push(e));
    counsellor = await t.signInAs('counsellor');
    supervisor = await t.signInAs('supervisor');
    colleague = await newStaff(t, await t.signInAs('federation_admin'), 'zhao.open', '赵老师', [
      'counsellor',
    ]);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('opens a case from a request for help: takes and closes the request, keeps the contact for the case, numbers it per year', async () => {
    const alertId = await contactRequest(t, '13800001111', '最近睡不好');
    seen.length = 0;
    const c = await openFromAlert(counsellor, alertId);
    caseDetailSchema.strict().parse(c);
    expect(c).toMatchObject({
      number: '2026-0001',
      status: 'open',
      origin: 'alert',
      priority: 'normal',
      basis: 'assigned',
      counsellor: { id: userIdOf(counsellor) },
      alertId,
    });
    expect(c.records?.contact).toEqual({
      name: null,
      phone: '13800001111',
      preferredTime: '晚上七点后',
      message: '最近睡不好',
    });
    expect(c.events.map((e) => e.kind)).toEqual(['opened']);
    // The request is closed as answered by the case, and the queue is told.
    const row = (
      await db.database.executeSql(
        'select status, closed_reason, case_id, acknowledged_by from alerts where id = $1',
        [alertId],
      )
    ).rows[0];
    expect(row).toMatchObject({ status: 'closed', closed_reason: 'case_opened', case_id: c.id });
    expect(row?.acknowledged_by).toBe(userIdOf(counsellor));
    expect(seen).toContainEqual(expect.objectContaining({ type: 'alert', alertId, status: 'closed' }));
    // The contact is sealed for the case's own row (not a copy of the request's ciphertext).
    const sealed = (await db.database.executeSql('select contact_sealed from cases where id = $1', [c.id]))
      .rows[0];
    expect(String(sealed?.contact_sealed)).toMatch(/^v1\./);
    expect(String(sealed?.contact_sealed)).not.toContain('13800001111');

    const second = await openFromAlert(counsellor, await contactRequest(t, '13800002222'));
    expect(second.number).toBe('2026-0002');
  });

  it('refuses a second case for one request, naming the case it has', async () => {
    const alertId = await contactRequest(t, '13800004444');
    const first = await openFromAlert(counsellor, alertId);
    const again = await counsellor.request('POST', '/api/v1/cases', { alertId });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'conflict', details: { caseId: first.id } });
  });

  it('answers a crisis request raised by a case’s own questionnaire with that case, not a second one', async () => {
    const c = await openFromAlert(counsellor, await contactRequest(t, '13800007777'));
    const { rows } = await db.database.executeSql(
      `insert into alerts (tenant_id, source, priority, consent_version, consented_at, due_at, from_case_id)
       select tenant_id, 'case_measure', 'crisis', 'case', now(), now(), id from cases where id = $1 returning id`,
      [c.id],
    );
    const res = await counsellor.request('POST', '/api/v1/cases', { alertId: rows[0]?.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual({ caseId: c.id });
  });

  it('leaves a request another counsellor took to them, and lets a supervisor open it for a named counsellor', async () => {
    const alertId = await contactRequest(t, '13800005555');
    expect((await colleague.request('POST', `/api/v1/alerts/${alertId}/acknowledge`)).statusCode).toBe(200);
    const mine = await counsellor.request('POST', '/api/v1/cases', { alertId });
    expect(mine.statusCode).toBe(409);
    expect(mine.json().error.code).toBe('already_taken');
    // A supervisor must say whose case it is.
    const unnamed = await supervisor.request('POST', '/api/v1/cases', { alertId });
    expect(unnamed.statusCode).toBe(400);
    seen.length = 0;
    const c = await openFromAlert(supervisor, alertId, {
      counsellorId: userIdOf(colleague),
      priority: 'high',
    });
    expect(c).toMatchObject({
      counsellor: { id: userIdOf(colleague) },
      priority: 'high',
      basis: null,
      records: null,
    });
    // The counsellor is told the case is theirs.
    expect(seen).toContainEqual(
      expect.objectContaining({
        type: 'notification',
        kind: 'case_assigned',
        userIds: [userIdOf(colleague)],
        label: c.number,
      }),
    );
    const theirs = (await colleague.request('GET', `/api/v1/cases/${c.id}`)).json() as CaseJson;
    expect(theirs.records?.contact?.phone).toBe('13800005555');
  });

  it('opens a case from a walk-in and from a worker’s booking, with the booker’s phone as the contact', async () => {
    const points = (await counsellor.request('GET', '/api/v1/managed-service-points')).json()
      .servicePoints as {
      id: string;
      kind: string;
    }[];
    const city = points.find((p) => p.kind === 'city_station') as { id: string };
    const walkIn = await counsellor.request('POST', '/api/v1/walk-ins', {
      servicePointId: city.id,
      startsAt: '2026-11-30T09:00:00+08:00',
      minutes: 50,
    });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    // Another counsellor's appointment is not theirs to open.
    const denied = await colleague.request('POST', '/api/v1/cases', { bookingId: walkIn.json().id });
    expect(denied.statusCode).toBe(403);
    const res = await counsellor.request('POST', '/api/v1/cases', { bookingId: walkIn.json().id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ origin: 'walk_in', bookingId: walkIn.json().id });
    expect(res.json().records.contact).toBeNull();
    expect(res.json().records.appointments.map((a: { id: string }) => a.id)).toEqual([walkIn.json().id]);
    const twice = await counsellor.request('POST', '/api/v1/cases', { bookingId: walkIn.json().id });
    expect(twice.json().error).toMatchObject({ code: 'conflict', details: { caseId: res.json().id } });

    // A worker books with a confirmed phone number.
    const phone = '13900001234';
    await t.app.inject({ method: 'POST', url: '/api/v1/phone-verifications', payload: { phone } });
    const code = (t.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0];
    const slots = (await t.app.inject({ url: `/api/v1/service-points/${city.id}/slots` })).json().slots as {
      id: string;
      counsellor: { id: string };
    }[];
    const slot = slots.find((s) => s.counsellor.id === userIdOf(counsellor));
    expect(slot).toBeDefined();
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      payload: { slot: slot?.id, topic: 'work', mode: 'in_person', phone, code, consent: true },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const bookingId = booked.json().id ?? booked.json().booking?.id;
    expect((await colleague.request('POST', '/api/v1/cases', { bookingId })).statusCode).toBe(403);
    const fromBooking = await counsellor.request('POST', '/api/v1/cases', { bookingId });
    expect(fromBooking.statusCode, fromBooking.body).toBe(201);
    expect(fromBooking.json()).toMatchObject({ origin: 'booking', records: { contact: { phone } } });
    expect(fromBooking.json().records.appointments.map((a: { id: string }) => a.id)).toContain(bookingId);
  });

  it('lists cases without records — mine for a counsellor, every case for a supervisor — with one audit event', async () => {
    const mine = await counsellor.request('GET', '/api/v1/cases');
    expect(mine.statusCode).toBe(200);
    const list = mine.json().cases as { counsellor: { id: string } }[];
    for (const c of list) caseSummarySchema.strict().parse(c);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((c) => c.counsellor.id === userIdOf(counsellor))).toBe(true);
    expect((await counsellor.request('GET', '/api/v1/cases?scope=all')).statusCode).toBe(403);
    const all = (await supervisor.request('GET', '/api/v1/cases?scope=all&status=all')).json()
      .cases as unknown[];
    expect(all.length).toBeGreaterThan(list.length);
    const audited = await db.database.executeSql(
      `select details from audit_events where action = 'case.list' order by seq desc limit 1`,
      [],
    );
    expect(audited.rows[0]?.details).toMatchObject({ count: all.length, scope: 'all' });
  });

  it('writes exactly one audit event about the case for opening and for each read', async () => {
    const c = await openFromAlert(counsellor, await contactRequest(t, '13800006666'));
    expect((await caseAudit(t, c.id)).map((e) => e.action)).toEqual(['case.open']);
    await counsellor.request('GET', `/api/v1/cases/${c.id}`);
    await supervisor.request('GET', `/api/v1/cases/${c.id}`);
    const events = await caseAudit(t, c.id);
    expect(events.map((e) => e.action)).toEqual(['case.open', 'case.read', 'case.read']);
    expect(events[1]?.details).toMatchObject({ basis: 'assigned', records: true });
    expect(events[2]?.details).toMatchObject({ records: false });
    expect(events[2]?.details).not.toHaveProperty('basis');
  });

  it('rejects bad input with a clear 400 and opens nothing', async () => {
    const before = Number(
      (await db.database.executeSql('select count(*)::int as n from cases', [])).rows[0]?.n,
    );
    for (const payload of [
      {},
      { alertId: 'nope' },
      { alertId: '00000000-0000-4000-8000-000000000001', bookingId: '00000000-0000-4000-8000-000000000002' },
      { alertId: '00000000-0000-4000-8000-000000000001', priority: 'urgent' },
    ]) {
      const res = await counsellor.request('POST', '/api/v1/cases', payload);
      expect.soft(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(
      Number((await db.database.executeSql('select count(*)::int as n from cases', [])).rows[0]?.n),
    ).toBe(before);
  });
  it('starts the numbers again at 0001 in a new year (the federation’s year: 1 January in Shanghai)', async () => {
    t.clock.set(new Date('2027-01-01T00:30:00+08:00'));
    const fresh = await t.signInAs('counsellor');
    const c = await openFromAlert(fresh, await contactRequest(t, '13800003333'));
    expect(c.number).toBe('2027-0001');
  });
});
