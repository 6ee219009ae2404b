import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/tables';
import { type Agent, makeTestApp, signInNewAccount, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCode } from '../testing/identities';
import { eventRegistrations, groupEvents } from './tables';
import { demoOrganisation, insertTestEvent } from './test-fixtures';

describe.each(testDrivers)('staff and officers with an event’s registrations ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let officer: Agent;
  let counsellor: Agent;
  let station: Agent;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    officer = await t.signInAs('enterprise_officer');
    counsellor = await t.signInAs('counsellor');
    station = await t.signInAs('station_manager');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const registerSelf = async (eventId: string, invite?: string) => {
    const code = await retrievalCode(db.database);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/group-events/${eventId}/registrations`,
      payload: { retrievalCode: code, consent: true, ...(invite ? { invite } : {}) },
    });
    return { code, registration: res.json().registration };
  };

  it('lets an officer register members for their enterprise’s event, sealed, and see only their own', async () => {
    const logistics = await demoOrganisation(db.database.db, '顺达');
    const event = await insertTestEvent(db.database.db, t.clock.now(), {
      capacity: 2,
      invitedOrganisationId: logistics.id,
      inviteToken: 'shunda-invite-0001',
    });
    const worker = await registerSelf(event.id, 'shunda-invite-0001');
    expect(worker.registration.status).toBe('registered');

    const url = `/api/v1/managed-events/${event.id}/registrations`;
    const sent = await officer.request('POST', url, {
      members: [
        { name: '张师傅', phone: '138 0013 8000' },
        { name: '李师傅', phone: '13900139000' },
        { name: '王师傅', phone: '12345' },
        { name: '张师傅', phone: '13800138000' },
      ],
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().results.map((r: { status: string }) => r.status)).toEqual([
      'registered',
      'waitlisted',
      'invalid_phone',
      'already_registered',
    ]);
    expect(sent.json().results[1]).toMatchObject({ name: '李师傅', phone: '139****9000', position: 1 });

    const stored = await db.database.db
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.source, 'officer')));
    expect(stored).toHaveLength(2);
    expect(JSON.stringify(stored)).not.toContain('张师傅');
    expect(JSON.stringify(stored)).not.toContain('13800138000');

    const mine = (await officer.request('GET', url)).json().registrations;
    expect(mine.map((r: { name: string }) => r.name)).toEqual(['张师傅', '李师傅']);
    expect(mine[0]).toMatchObject({
      source: 'officer',
      phone: '138****8000',
      organisationName: logistics.name,
    });

    const read = await db.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'event.registrations.read'), eq(auditEvents.objectId, event.id)));
    expect(read).toHaveLength(1);
    const all = (await counsellor.request('GET', url)).json().registrations;
    expect(all).toHaveLength(3);
    expect(all.find((r: { source: string }) => r.source === 'worker')).toMatchObject({
      name: null,
      phone: null,
      status: 'registered',
    });
    expect(all.map((r: { status: string }) => r.status)).toEqual(['registered', 'registered', 'waitlisted']);

    // Another enterprise's invitation is not there for this officer; a station manager registers no lists.
    const other = await demoOrganisation(db.database.db, '公共交通');
    const elsewhere = await insertTestEvent(db.database.db, t.clock.now(), {
      invitedOrganisationId: other.id,
      inviteToken: 'other-invite-0001',
    });
    const refused = await officer.request('POST', `/api/v1/managed-events/${elsewhere.id}/registrations`, {
      members: [{ name: '赵师傅', phone: '13700137000' }],
    });
    expect(refused.json().error.code).toBe('event_not_found');
    const notTheirs = await station.request('POST', url, { members: [{ name: '钱', phone: '13700137001' }] });
    expect(notTheirs.statusCode).toBe(403);
    const bad = await officer.request('POST', url, { members: [] });
    expect(bad.statusCode).toBe(400);
    expect(
      await db.database.db
        .select()
        .from(eventRegistrations)
        .where(eq(eventRegistrations.eventId, elsewhere.id)),
    ).toHaveLength(0);
  });

  it('checks people in by their QR ticket or from the list, once, audited', async () => {
    const startsAt = new Date(t.clock.now().getTime() + 30 * 60_000);
    const event = await insertTestEvent(db.database.db, t.clock.now(), { startsAt });
    const a = await registerSelf(event.id);
    const b = await registerSelf(event.id);
    const url = `/api/v1/managed-events/${event.id}/check-ins`;

    const scanned = await counsellor.request('POST', url, { code: a.registration.ticket });
    expect(scanned.statusCode).toBe(200);
    expect(scanned.json()).toMatchObject({
      alreadyCheckedIn: false,
      registration: { id: a.registration.id, checkInMethod: 'ticket_scan' },
    });
    const again = await counsellor.request('POST', url, { code: a.registration.ticket });
    expect(again.json().alreadyCheckedIn).toBe(true);

    const forged = `${a.registration.ticket.slice(0, -4)}AAAA`;
    expect((await counsellor.request('POST', url, { code: forged })).json().error.code).toBe(
      'invalid_checkin_code',
    );
    expect((await counsellor.request('POST', url, { code: 'hello there, friend' })).statusCode).toBe(400);

    const ticked = await counsellor.request('POST', url, { registrationId: b.registration.id });
    expect(ticked.json().registration).toMatchObject({ checkInMethod: 'staff_list' });
    expect((await officer.request('POST', url, { registrationId: b.registration.id })).statusCode).toBe(403);

    const audited = await db.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'event.checkin'));
    expect(audited.filter((e) => [a.registration.id, b.registration.id].includes(e.objectId))).toHaveLength(
      2,
    );

    // The worker sees it on their phone.
    const mine = await t.app.inject({
      url: '/api/v1/event-registrations',
      headers: { 'x-retrieval-code': a.code },
    });
    expect(mine.json().registrations[0].checkedInAt).not.toBeNull();
  });
  it('lets an officer cancel a member they registered: the next in line is offered the place, the member is texted', async () => {
    const d = db.database.db;
    const event = await insertTestEvent(d, t.clock.now(), { capacity: 1, title: '团体辅导·减压' });
    const url = `/api/v1/managed-events/${event.id}/registrations`;
    const sent = await officer.request('POST', url, {
      members: [
        { name: '赵师傅', phone: '13700137001' },
        { name: '钱师傅', phone: '13700137002' },
      ],
    });
    expect(sent.json().results.map((r: { status: string }) => r.status)).toEqual([
      'registered',
      'waitlisted',
    ]);
    const [zhao, qian] = sent.json().results.map((r: { registrationId: string }) => r.registrationId);
    const worker = await registerSelf(event.id);
    const cancel = (agent: Agent, id: string, eventId = event.id) =>
      agent.request('POST', `/api/v1/managed-events/${eventId}/registrations/${id}/cancel`);

    // Another enterprise's officer, a worker's own registration, another event: not found; other roles 403.
    const admin = await t.signInAs('federation_admin');
    const mine = await demoOrganisation(d, '北湖煤矿');
    const made = await admin.request('POST', '/api/v1/users', {
      login: 'beihu.officer',
      displayName: '北湖煤矿工会干部',
      organisationId: mine.id,
      roles: [{ role: 'enterprise_officer', organisationId: mine.id }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const outsider = await signInNewAccount(t, 'beihu.officer', made.json().temporaryPassword);
    expect((await cancel(outsider, zhao)).statusCode).toBe(404);
    expect((await cancel(officer, worker.registration.id)).statusCode).toBe(404);
    const elsewhere = await insertTestEvent(d, t.clock.now(), { capacity: 5 });
    expect((await cancel(officer, zhao, elsewhere.id)).statusCode).toBe(404);
    expect((await cancel(station, zhao)).statusCode).toBe(403);
    expect((await cancel(counsellor, zhao)).statusCode).toBe(403);
    const untouched = await d.select().from(eventRegistrations).where(eq(eventRegistrations.id, zhao));
    expect(untouched[0]?.status).toBe('registered');

    const res = await cancel(officer, zhao);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().registration).toMatchObject({ id: zhao, status: 'cancelled', name: '赵师傅' });
    const text = t.sms.lastTo('13700137001')?.body ?? '';
    expect(text).toContain('单位为您报名的活动');
    expect(text).not.toContain('减压');
    // The freed place went to the first in line (an offer, texted to the phone the officer gave).
    const next = await d.select().from(eventRegistrations).where(eq(eventRegistrations.id, qian));
    expect(next[0]?.status).toBe('offered');
    expect(t.sms.lastTo('13700137002')?.body).toContain('有名额了');
    const audited = await d.select().from(auditEvents).where(eq(auditEvents.action, 'event.member_cancel'));
    expect(audited.map((e) => e.objectId)).toEqual([zhao]);

    // Twice is refused; once the event has started, too.
    expect((await cancel(officer, zhao)).json().error.code).toBe('invalid_transition');
    await d
      .update(groupEvents)
      .set({ startsAt: new Date(t.clock.now().getTime() - 60_000) })
      .where(eq(groupEvents.id, event.id));
    const late = await cancel(officer, qian);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('event_closed');
  });
});
