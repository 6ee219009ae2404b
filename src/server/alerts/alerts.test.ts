import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateOpenSlots } from '../booking/slot-generation';
import type { CareEvent } from '../realtime/bus';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { alertItemSchema, alertSchema } from './schemas';

const calm = {
  phq4: [0, 0, 0, 0],
  who5: [4, 4, 4, 4, 4],
  cbi_work: [0, 0, 0, 25, 25, 0, 100],
  ucla3: [1, 1, 1],
};
const critical = { ...calm, phq4: [0, 0, 2, 1], phq9: [2, 1, 0, 0, 0, 0, 0, 0, 2] };
const PHONE = '13912345678';

describe.each(testDrivers)('requests for help: the triage queue ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let supervisor: Agent;
  let published: CareEvent[];
  const idOf = (a: Agent) => (a.session.user as { id: string }).id;
  const sql = async (text: string, values: unknown[] = []) =>
    (await db.database.executeSql(text, values)).rows;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    t.events.subscribe((e) => published.push(e));
    counsellor = await t.signInAs('counsellor');
    supervisor = await t.signInAs('supervisor');
  });
  beforeEach(() => {
    published = [];
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const checkUp = async (answers: Record<string, number[]>) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      payload: { checkup: 'default', answers },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; retrievalCode: string };
  };
  const askForContact = (payload: Record<string, unknown>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      payload: { phone: PHONE, preferredTime: '下班后', consent: true, ...payload },
    });

  it('puts a crisis request first in the queue of the on-duty counsellor, with a ringing notification and no contact in the list', async () => {
    expect((await counsellor.request('PUT', '/api/v1/care-duty', { hours: 2 })).json()).toMatchObject({
      onDuty: true,
      onDutyCount: 1,
    });
    const normal = await askForContact({ message: '最近睡不好' });
    expect(normal.statusCode).toBe(201);
    t.clock.advance(60_000);
    const urgent = await checkUp(critical);
    const crisis = await askForContact({
      submissionId: urgent.id,
      retrievalCode: urgent.retrievalCode,
      shareResults: true,
    });
    expect(crisis.json().priority).toBe('crisis');

    const queue = (await counsellor.request('GET', '/api/v1/alerts')).json().alerts;
    for (const item of queue) alertItemSchema.parse(item);
    expect(queue.map((a: { id: string }) => a.id).slice(0, 2)).toEqual([crisis.json().id, normal.json().id]);
    expect(queue[0]).toMatchObject({
      source: 'checkup_contact_request',
      status: 'new',
      overdue: false,
      escalationLevel: 0,
      phoneMasked: '139****5678',
      hasSharedResults: true,
      caseId: null,
    });
    expect(Date.parse(queue[0].dueAt) - Date.parse(queue[0].createdAt)).toBe(15 * 60_000);
    expect(JSON.stringify(queue)).not.toContain(PHONE);
    expect(JSON.stringify(queue)).not.toContain('睡不好');

    // The console is told after commit: the alert (ringing for whoever is on duty) and the notification.
    const alertEvent = published.find((e) => e.type === 'alert' && e.alertId === crisis.json().id);
    expect(alertEvent).toMatchObject({ priority: 'crisis', onDuty: [idOf(counsellor)] });
    const notice = published.find((e) => e.type === 'notification');
    expect(notice).toMatchObject({
      kind: 'alert_new',
      userIds: [idOf(counsellor)],
      objectId: crisis.json().id,
    });
    expect(JSON.stringify(published)).not.toContain(PHONE);
    const mine = (await counsellor.request('GET', '/api/v1/notifications?unread=true')).json();
    expect(mine.notifications[0]).toMatchObject({
      kind: 'alert_new',
      objectType: 'alert',
      priority: 'crisis',
    });
    expect((await supervisor.request('GET', '/api/v1/notifications')).json().notifications).toEqual([]);

    // Whom it is about, so the worker can later see and erase it: the phone's blind index and the code's identity.
    const [row] = await sql('select subject_phone_hash, subject_identity_id from alerts where id = $1', [
      crisis.json().id,
    ]);
    expect(row?.subject_phone_hash).toBe(t.cipher.blindIndex(PHONE, 'phone'));
    expect(row?.subject_identity_id).toBeTruthy();
    await counsellor.request('DELETE', '/api/v1/care-duty');
  });

  it('treats a request from the crisis screen as a crisis before any check-up was sent, and never lowers one', async () => {
    const fromCrisisScreen = await askForContact({ crisisLevel: 'urgent' });
    expect(fromCrisisScreen.statusCode).toBe(201);
    expect(fromCrisisScreen.json().priority).toBe('crisis');
    // A calm finished check-up does not lower what the phone judged; an urgent one is not lowered by "elevated".
    const calmOne = await checkUp(calm);
    expect((await askForContact({ submissionId: calmOne.id, crisisLevel: 'elevated' })).json().priority).toBe(
      'high',
    );
    const urgent = await checkUp(critical);
    expect((await askForContact({ submissionId: urgent.id, crisisLevel: 'elevated' })).json().priority).toBe(
      'crisis',
    );
    expect((await askForContact({ crisisLevel: 'severe' })).statusCode).toBe(400);
  });

  it('opens one request with its contact and shared results, auditing each read; listing is not audited', async () => {
    const urgent = await checkUp(critical);
    const id = (
      await askForContact({
        submissionId: urgent.id,
        retrievalCode: urgent.retrievalCode,
        shareResults: true,
      })
    ).json().id;
    const reads = async () =>
      Number(
        (
          await sql(
            "select count(*)::int as n from audit_events where action = 'alert.read' and object_id = $1",
            [id],
          )
        )[0]?.n,
      );
    await counsellor.request('GET', '/api/v1/alerts');
    expect(await reads()).toBe(0);
    const opened = await counsellor.request('GET', `/api/v1/alerts/${id}`);
    expect(opened.statusCode).toBe(200);
    const view = alertSchema.parse(opened.json());
    expect(view.contact).toEqual({ name: null, phone: PHONE, preferredTime: '下班后', message: null });
    expect(view.sharedResults?.results.map((r) => r.instrument)).toContain('phq9');
    expect(await reads()).toBe(1);
    const [event] = await sql(
      "select details from audit_events where action = 'alert.read' and object_id = $1",
      [id],
    );
    expect(JSON.stringify(event?.details)).not.toContain(PHONE);
    expect(
      (await counsellor.request('GET', '/api/v1/alerts/00000000-0000-4000-8000-00000000dead')).statusCode,
    ).toBe(404);
    expect(
      (await (await t.signInAs('federation_admin')).request('GET', `/api/v1/alerts/${id}`)).statusCode,
    ).toBe(403);
  });

  it('lets one counsellor take a request and close it with a reason; bad input changes nothing', async () => {
    const id = (await askForContact({})).json().id;
    expect((await counsellor.request('POST', `/api/v1/alerts/${id}/close`)).statusCode).toBe(409);
    const taken = await counsellor.request('POST', `/api/v1/alerts/${id}/acknowledge`);
    expect(taken.json()).toMatchObject({ status: 'acknowledged', acknowledgedBy: '演示·心理咨询师 王老师' });
    expect(taken.json().contact.phone).toBe(PHONE);
    expect(published.some((e) => e.type === 'alert' && e.alertId === id && e.status === 'acknowledged')).toBe(
      true,
    );
    expect((await supervisor.request('POST', `/api/v1/alerts/${id}/acknowledge`)).statusCode).toBe(409);
    const bad = await counsellor.request('POST', `/api/v1/alerts/${id}/close`, { reason: 'bored' });
    expect(bad.statusCode).toBe(400);
    expect((await sql('select status from alerts where id = $1', [id]))[0]?.status).toBe('acknowledged');
    const closed = await counsellor.request('POST', `/api/v1/alerts/${id}/close`, { reason: 'unreachable' });
    expect(closed.json()).toMatchObject({ status: 'closed', closedReason: 'unreachable' });
    const history = (await counsellor.request('GET', '/api/v1/alerts?status=closed')).json().alerts;
    expect(history[0]).toMatchObject({ id, closedReason: 'unreachable' });
    const actions = (
      await sql('select action from audit_events where object_id = $1 order by seq', [id])
    ).map((r) => r.action);
    expect(actions).toEqual(['alert.create', 'alert.acknowledge', 'alert.close']);
  });

  it('takes a hotline call or walk-in from staff only with consent, and a referral from an enterprise officer as a receipt', async () => {
    const station = await t.signInAs('station_manager');
    const noConsent = await station.request('POST', '/api/v1/alerts', {
      source: 'walk_in',
      priority: 'high',
      contact: { name: '张师傅' },
      consent: false,
    });
    expect(noConsent.json().error.code).toBe('consent_required');
    const before = Number((await sql('select count(*)::int as n from alerts'))[0]?.n);
    expect(
      (
        await station.request('POST', '/api/v1/alerts', {
          source: 'email',
          priority: 'high',
          contact: {},
          consent: true,
        })
      ).statusCode,
    ).toBe(400);
    expect(Number((await sql('select count(*)::int as n from alerts'))[0]?.n)).toBe(before);
    const entered = await counsellor.request('POST', '/api/v1/alerts', {
      source: 'hotline',
      priority: 'high',
      contact: { name: '李女士', phone: '13700001111', preferredTime: '今晚' },
      consent: true,
    });
    expect(entered.statusCode).toBe(201);
    expect(alertSchema.parse(entered.json())).toMatchObject({
      source: 'hotline',
      priority: 'high',
      enteredBy: '演示·心理咨询师 王老师',
      contact: { name: '李女士', phone: '13700001111' },
    });
    expect(Date.parse(entered.json().dueAt) - Date.parse(entered.json().createdAt)).toBe(4 * 3_600_000);
    expect((await station.request('GET', '/api/v1/alerts')).statusCode).toBe(403);

    const officer = await t.signInAs('enterprise_officer');
    const ownOrg = (officer.session.user as { organisationId: string }).organisationId;
    const [root] = await sql('select id from organisations where parent_id is null and tenant_id = $1', [
      (officer.session.user as { tenantId: string }).tenantId,
    ]);
    const referral = {
      organisationId: ownOrg,
      contact: { name: '王师傅', phone: '13600002222' },
      message: '同事反映他最近情绪低落',
      priority: 'high',
      consent: true,
    };
    expect(
      (await officer.request('POST', '/api/v1/enterprise-referrals', { ...referral, consent: false })).json()
        .error.code,
    ).toBe('consent_required');
    expect(
      (
        await officer.request('POST', '/api/v1/enterprise-referrals', {
          ...referral,
          organisationId: root?.id,
        })
      ).statusCode,
    ).toBe(403);
    const sent = await officer.request('POST', '/api/v1/enterprise-referrals', referral);
    expect(sent.statusCode).toBe(201);
    expect(Object.keys(sent.json()).sort()).toEqual(['id', 'receivedAt']);
    expect((await officer.request('GET', `/api/v1/alerts/${sent.json().id}`)).statusCode).toBe(403);
    const seen = (await counsellor.request('GET', `/api/v1/alerts/${sent.json().id}`)).json();
    expect(seen).toMatchObject({
      source: 'enterprise_referral',
      priority: 'high',
      organisation: { id: ownOrg },
      contact: { name: '王师傅', phone: '13600002222', message: '同事反映他最近情绪低落' },
    });
  });

  it('turns a booking that shares an urgent check-up into a crisis request linked to the booking; a calm one into none', async () => {
    await generateOpenSlots(db.database.db, {}, t.clock.now());
    const points = (await t.app.inject({ url: '/api/v1/service-points' })).json().servicePoints as {
      id: string;
    }[];
    const slots: { id: string; modes: string[] }[] = [];
    for (const p of points)
      slots.push(...(await t.app.inject({ url: `/api/v1/service-points/${p.id}/slots` })).json().slots);
    const inPerson = slots.filter((s) => s.modes.includes('in_person'));
    const book = async (slot: string, code: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/bookings',
        payload: {
          slot,
          topic: 'work',
          mode: 'in_person',
          retrievalCode: code,
          consent: true,
          shareResults: true,
        },
      });
    const calmOne = await checkUp(calm);
    const before = Number(
      (await sql("select count(*)::int as n from alerts where source = 'shared_result'"))[0]?.n,
    );
    expect((await book(inPerson[0]?.id as string, calmOne.retrievalCode)).statusCode).toBe(201);
    expect(
      Number((await sql("select count(*)::int as n from alerts where source = 'shared_result'"))[0]?.n),
    ).toBe(before);

    const urgent = await checkUp(critical);
    const booked = await book(inPerson[1]?.id as string, urgent.retrievalCode);
    expect(booked.statusCode).toBe(201);
    const queue = (await counsellor.request('GET', '/api/v1/alerts')).json().alerts;
    const shared = queue.find((a: { source: string }) => a.source === 'shared_result');
    expect(shared).toMatchObject({ priority: 'crisis', hasSharedResults: true, phoneMasked: null });
    const view = (await counsellor.request('GET', `/api/v1/alerts/${shared.id}`)).json();
    expect(view).toMatchObject({ bookingId: booked.json().id, sharedSubmissionId: urgent.id, contact: null });
    expect(published.some((e) => e.type === 'alert' && e.alertId === shared.id)).toBe(true);
  });

  it('keeps the federation’s care settings: escalation minutes and a sealed, masked duty phone', async () => {
    const settings = {
      crisisAckMinutes: 10,
      dutyPhoneAfterMinutes: 5,
      highDueMinutes: 120,
      normalDueMinutes: 1440,
      dutyPhone: '138 0000 9999',
      dutyPhoneLabel: '值班主任',
    };
    expect((await counsellor.request('PUT', '/api/v1/care-settings', settings)).statusCode).toBe(403);
    const admin = await t.signInAs('federation_admin');
    expect((await admin.request('GET', '/api/v1/care-settings')).json()).toMatchObject({
      crisisAckMinutes: 15,
      dutyPhone: null,
    });
    expect(
      (await supervisor.request('PUT', '/api/v1/care-settings', { ...settings, crisisAckMinutes: 0 }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await supervisor.request('PUT', '/api/v1/care-settings', { ...settings, dutyPhone: '0551-1234567' })
      ).json().error.code,
    ).toBe('invalid_phone');
    expect((await admin.request('GET', '/api/v1/care-settings')).json().crisisAckMinutes).toBe(15);
    const saved = await supervisor.request('PUT', '/api/v1/care-settings', settings);
    expect(saved.json()).toEqual({ ...settings, dutyPhone: '138****9999' });
    const [row] = await sql('select duty_phone_sealed from care_settings');
    expect(String(row?.duty_phone_sealed)).not.toContain('13800009999');
    // Leaving the phone out keeps it.
    const { dutyPhone: _kept, ...rest } = settings;
    expect(
      (await admin.request('PUT', '/api/v1/care-settings', { ...rest, crisisAckMinutes: 15 })).json(),
    ).toMatchObject({
      crisisAckMinutes: 15,
      dutyPhone: '138****9999',
    });
    const [audit] = await sql(
      "select details from audit_events where action = 'care.settings.update' order by seq limit 1",
    );
    expect(audit?.details).toMatchObject({ dutyPhoneChanged: true });
    expect(JSON.stringify(audit?.details)).not.toContain('9999');
    // New requests follow the settings: a high one is due in two hours now.
    const entered = await counsellor.request('POST', '/api/v1/alerts', {
      source: 'walk_in',
      priority: 'high',
      contact: {},
      consent: true,
    });
    expect(Date.parse(entered.json().dueAt) - Date.parse(entered.json().createdAt)).toBe(120 * 60_000);
  });

  it('declares duty for some hours, refuses more than twelve, and ends it', async () => {
    expect((await counsellor.request('PUT', '/api/v1/care-duty', { hours: 13 })).statusCode).toBe(400);
    expect((await counsellor.request('GET', '/api/v1/care-duty')).json()).toMatchObject({
      onDuty: false,
      until: null,
    });
    const on = (await counsellor.request('PUT', '/api/v1/care-duty', { hours: 3 })).json();
    expect(Date.parse(on.until) - t.clock.now().getTime()).toBe(3 * 3_600_000);
    t.clock.advance(3 * 3_600_000);
    // (The sessions went idle meanwhile.)
    counsellor = await t.signInAs('counsellor');
    supervisor = await t.signInAs('supervisor');
    expect((await counsellor.request('GET', '/api/v1/care-duty')).json().onDuty).toBe(false);
    await counsellor.request('PUT', '/api/v1/care-duty', { hours: 1 });
    expect((await counsellor.request('DELETE', '/api/v1/care-duty')).json()).toMatchObject({ onDuty: false });
    expect((await (await t.signInAs('auditor')).request('GET', '/api/v1/care-duty')).statusCode).toBe(403);
  });

  it('marks one’s own notifications read, by id or all, and never another’s', async () => {
    await counsellor.request('PUT', '/api/v1/care-duty', { hours: 1 });
    await supervisor.request('PUT', '/api/v1/care-duty', { hours: 1 });
    const urgent = await checkUp(critical);
    await askForContact({ submissionId: urgent.id });
    await askForContact({ submissionId: urgent.id });
    const mine = (await counsellor.request('GET', '/api/v1/notifications?unread=true')).json();
    expect(mine.unreadCount).toBeGreaterThanOrEqual(2);
    const theirs = (await supervisor.request('GET', '/api/v1/notifications?unread=true')).json();
    const other = await counsellor.request('POST', '/api/v1/notifications/read', {
      ids: [theirs.notifications[0].id],
    });
    expect(other.json().updated).toBe(0);
    expect((await counsellor.request('POST', '/api/v1/notifications/read', { ids: [] })).statusCode).toBe(
      400,
    );
    const one = await counsellor.request('POST', '/api/v1/notifications/read', {
      ids: [mine.notifications[0].id],
    });
    expect(one.json()).toEqual({ updated: 1, unreadCount: mine.unreadCount - 1 });
    expect(
      (await counsellor.request('POST', '/api/v1/notifications/read', { all: true })).json().unreadCount,
    ).toBe(0);
    expect((await supervisor.request('GET', '/api/v1/notifications?unread=true')).json().unreadCount).toBe(
      theirs.unreadCount,
    );
    const all = (await counsellor.request('GET', '/api/v1/notifications')).json().notifications;
    expect(all[0].readAt).not.toBeNull();
  });
});
