import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { alerts } from '../alerts/tables';
import { auditEvents } from '../audit/tables';
import { staffNotifications } from '../care/tables';
import type { CareEvent } from '../realtime/bus';
import { type Agent, makeTestApp, signInNewAccount, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { answerMeasureResponse, currentMeasureResponse, measureSeriesResponse } from './schemas';
import { demoWorld, insertCase } from './test-fixtures';

const PHONE = '13912345678';

describe.each(testDrivers)('questionnaires in a case ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let world: Awaited<ReturnType<typeof demoWorld>>;
  const published: CareEvent[] = [];

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    world = await demoWorld(db.database.db);
    counsellor = await t.signInAs('counsellor');
    t.events.subscribe((e) => published.push(e));
  });
  // The clock moves by days here: a fresh session each time, as the counsellor would sign in again.
  beforeEach(async () => {
    counsellor = await t.signInAs('counsellor');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const newCase = (contact: { phone?: string } | null = { phone: PHONE }) =>
    insertCase(db.database.db, t.cipher, {
      tenantId: world.tenantId,
      counsellorId: world.counsellorId,
      contact: contact ? { name: '张师傅', preferredTime: '晚上', ...contact } : null,
    });
  const give = (caseId: string, body: Record<string, unknown>, agent = counsellor) =>
    agent.request('POST', `/api/v1/cases/${caseId}/measures`, body);
  const series = async (caseId: string) => {
    const res = await counsellor.request('GET', `/api/v1/cases/${caseId}/measures`);
    expect(res.statusCode).toBe(200);
    return measureSeriesResponse.parse(res.json());
  };
  const asWorker = (token: string, method: 'GET' | 'POST', payload?: Record<string, unknown>) =>
    t.app.inject({
      method,
      url: method === 'GET' ? '/api/v1/measure-requests/current' : '/api/v1/measure-requests/current/answers',
      headers: { 'x-measure-token': token },
      payload,
    });
  const tokenOf = (link: string) => link.split('#t=')[1] as string;

  it('scores PHQ-9 in the room and shows reliable improvement and recovery against the first score', async () => {
    const c = await newCase();
    const first = await give(c.id, {
      instrumentId: 'phq9',
      via: 'in_room',
      answers: [2, 2, 2, 2, 2, 2, 2, 2, 2],
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().measure).toMatchObject({
      score: 18,
      band: { code: 'moderately_severe' },
      crisis: 'urgent',
    });
    t.clock.advance(14 * 86_400_000);
    counsellor = await t.signInAs('counsellor');
    const second = await give(c.id, {
      instrumentId: 'phq9',
      via: 'in_room',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
    });
    expect(second.json().measure).toMatchObject({ score: 8, band: { code: 'mild' }, crisis: null });
    const phq = (await series(c.id)).instruments.find((i) => i.instrumentId === 'phq9');
    expect(phq?.points.map((p) => p.score)).toEqual([18, 8]);
    expect(phq?.points[0]?.sinceBaseline).toBeNull();
    expect(phq?.points[1]?.sinceBaseline).toMatchObject({
      change: -10,
      reliable: 'improved',
      reliableRecovery: true,
    });
    expect(phq?.reliableChange?.points).toBe(6);
    // In the room the counsellor is with the worker: no request goes to the triage queue.
    const fromCase = await db.database.db.select().from(alerts).where(eq(alerts.fromCaseId, c.id));
    expect(fromCase).toHaveLength(0);
  });

  it('scores WHO-5 with higher meaning better: a rise is an improvement, a fall a deterioration', async () => {
    const c = await newCase();
    const low = await give(c.id, { instrumentId: 'who5', via: 'in_room', answers: [1, 1, 1, 1, 1] });
    expect(low.json().measure).toMatchObject({
      score: 5,
      percentage: 20,
      band: { code: 'very_low' },
      flags: expect.arrayContaining(['item_low', 'very_low_wellbeing']),
    });
    await give(c.id, { instrumentId: 'who5', via: 'in_room', answers: [3, 3, 3, 3, 2] });
    await give(c.id, { instrumentId: 'who5', via: 'in_room', answers: [5, 5, 5, 5, 5] });
    const who5 = (await series(c.id)).instruments.find((i) => i.instrumentId === 'who5');
    expect(who5?.direction).toBe('higher_is_better');
    expect(who5?.points.map((p) => [p.score, p.percentage])).toEqual([
      [5, 20],
      [14, 56],
      [25, 100],
    ]);
    expect(who5?.points[2]?.sinceBaseline).toMatchObject({
      change: 20,
      reliable: 'improved',
      reliableRecovery: true,
    });

    const d = await newCase();
    await give(d.id, { instrumentId: 'who5', via: 'in_room', answers: [4, 4, 3, 3, 3] });
    await give(d.id, { instrumentId: 'who5', via: 'in_room', answers: [2, 2, 2, 2, 2] });
    const fall = (await series(d.id)).instruments[0]?.points[1]?.sinceBaseline;
    expect(fall).toMatchObject({ change: -7, reliable: 'deteriorated', reliableRecovery: false });
  });

  it('refuses answers that do not fit, an unapproved text and a closed case, storing nothing', async () => {
    const c = await newCase();
    const wrong = await give(c.id, { instrumentId: 'phq9', via: 'in_room', answers: [1, 2, 3] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('invalid_answers');
    const outOfRange = await give(c.id, { instrumentId: 'who5', via: 'in_room', answers: [6, 5, 5, 5, 5] });
    expect(outOfRange.json().error.code).toBe('invalid_answers');
    const k10 = await give(c.id, { instrumentId: 'k10', via: 'in_room', answers: Array(10).fill(1) });
    expect(k10.statusCode).toBe(404);
    expect(k10.json().error.code).toBe('instrument_unavailable');
    expect((await series(c.id)).instruments).toEqual([]);
    const closed = await insertCase(db.database.db, t.cipher, {
      tenantId: world.tenantId,
      counsellorId: world.counsellorId,
      status: 'closed',
    });
    const late = await give(closed.id, { instrumentId: 'phq9', via: 'link', send: 'none' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('case_closed');
  });

  it('texts a single-use link; a critical answer raises a crisis request and tells the counsellor, once', async () => {
    const c = await newCase();
    const sent = await give(c.id, { instrumentId: 'phq9', via: 'link', send: 'sms' });
    expect(sent.statusCode).toBe(201);
    const { link, sms, measure } = sent.json();
    expect(sms).toBe('sent');
    expect(measure.status).toBe('requested');
    expect(link).toMatch(/\/measure#t=[A-Za-z0-9_-]{22}$/);
    const text = t.sms.lastTo(PHONE);
    expect(text?.purpose).toBe('measure');
    expect(text?.body).toContain(link);
    expect(text?.body).toMatch(/^【康乃馨】您好，请抽空完成一份简短问卷（约2分钟）：.* 7天内有效。$/);
    const token = tokenOf(link);
    expect((await series(c.id)).openRequests.map((m) => m.id)).toEqual([measure.id]);

    const form = await asWorker(token, 'GET');
    expect(form.statusCode).toBe(200);
    const parsed = currentMeasureResponse.parse(form.json());
    expect(parsed.instrument.id).toBe('phq9');
    expect(parsed.instrument.items[8]?.critical).toBe(true);

    published.length = 0;
    const answers = [1, 1, 1, 1, 1, 1, 1, 1, 1];
    const res = await asWorker(token, 'POST', { answers });
    expect(res.statusCode).toBe(200);
    const result = answerMeasureResponse.parse(res.json());
    expect(result).toMatchObject({
      score: 9,
      band: { code: 'mild' },
      crisis: { triggered: true, level: 'urgent' },
    });
    expect(result.crisis.resources.map((r) => r.phone)).toContain('12356');

    const raised = await db.database.db.select().from(alerts).where(eq(alerts.fromCaseId, c.id));
    expect(raised).toMatchObject([{ source: 'case_measure', priority: 'crisis', status: 'new' }]);
    expect(raised[0]?.contactSealed).not.toBeNull();
    const told = await db.database.db
      .select()
      .from(staffNotifications)
      .where(and(eq(staffNotifications.objectId, c.id), eq(staffNotifications.kind, 'measure_completed')));
    expect(told).toMatchObject([{ userId: world.counsellorId, priority: 'crisis', label: c.number }]);
    expect(published.map((e) => e.type)).toContain('alert');
    expect(published.some((e) => e.type === 'notification' && e.kind === 'measure_completed')).toBe(true);

    // A retry on a weak signal: the same answer, nothing new.
    const retry = await asWorker(token, 'POST', { answers });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(res.json());
    expect(await db.database.db.select().from(alerts).where(eq(alerts.fromCaseId, c.id))).toHaveLength(1);
    // Other answers after it was answered are refused; and the form is not shown again.
    const other = await asWorker(token, 'POST', { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] });
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ code: 'measure_closed', details: { status: 'completed' } });
    expect((await asWorker(token, 'GET')).json().error.code).toBe('measure_closed');

    const scored = (await series(c.id)).instruments[0];
    expect(scored?.points).toMatchObject([{ score: 9, via: 'link', flags: ['self_harm_thoughts'] }]);
    // The trail says a questionnaire was answered, never the answers or the score.
    const trail = await db.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, c.id), eq(auditEvents.action, 'case.measure.complete')));
    expect(trail).toHaveLength(1);
    expect(JSON.stringify(trail[0]?.details)).not.toMatch(/score|answers|"9"/);
  });

  it('a link without a crisis tells the counsellor only; unknown, expired and cancelled links are refused', async () => {
    const c = await newCase(null);
    const noPhone = await give(c.id, { instrumentId: 'gad7', via: 'link', send: 'sms' });
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json().error.code).toBe('phone_required');
    const handed = await give(c.id, { instrumentId: 'gad7', via: 'link', send: 'none', lang: 'en' });
    expect(handed.json().sms).toBe('not_sent');
    const ok = await asWorker(tokenOf(handed.json().link), 'POST', { answers: [0, 1, 0, 1, 0, 1, 0] });
    expect(ok.json()).toMatchObject({
      score: 3,
      band: { code: 'minimal', label: expect.any(String) },
      crisis: { triggered: false },
    });
    expect(await db.database.db.select().from(alerts).where(eq(alerts.fromCaseId, c.id))).toHaveLength(0);

    const unknown = await asWorker('A'.repeat(22), 'GET');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('invalid_measure_token');
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/measure-requests/current' });
    expect(missing.statusCode).toBe(400);

    const expiring = (await give(c.id, { instrumentId: 'phq9', via: 'link', send: 'none' })).json();
    t.clock.advance(7 * 86_400_000 - 60_000);
    expect((await asWorker(tokenOf(expiring.link), 'GET')).statusCode).toBe(200);
    t.clock.advance(60_000);
    counsellor = await t.signInAs('counsellor');
    const late = await asWorker(tokenOf(expiring.link), 'POST', { answers: Array(9).fill(0) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'measure_closed', details: { status: 'expired' } });
    expect((await series(c.id)).openRequests).toEqual([]);

    const withdrawn = (await give(c.id, { instrumentId: 'phq9', via: 'link', send: 'none' })).json();
    const cancel = await counsellor.request('POST', `/api/v1/measures/${withdrawn.measure.id}/cancel`);
    expect(cancel.json().status).toBe('cancelled');
    const after = await asWorker(tokenOf(withdrawn.link), 'GET');
    expect(after.json().error).toMatchObject({ code: 'measure_closed', details: { status: 'cancelled' } });
    expect(
      (await counsellor.request('POST', `/api/v1/measures/${withdrawn.measure.id}/cancel`)).statusCode,
    ).toBe(409);
  });

  it('another counsellor, and a supervisor it is not escalated to, are refused every questionnaire route', async () => {
    const c = await newCase();
    const link = (await give(c.id, { instrumentId: 'phq9', via: 'link', send: 'none' })).json();
    const admin = await t.signInAs('federation_admin');
    const root = (admin.session.user as { organisationId: string }).organisationId;
    const created = await admin.request('POST', '/api/v1/users', {
      login: 'second.counsellor',
      displayName: '另一位咨询师',
      organisationId: root,
      roles: [{ role: 'counsellor', organisationId: root }],
    });
    const other = await signInNewAccount(t, 'second.counsellor', created.json().temporaryPassword);
    const supervisor = await t.signInAs('supervisor');
    for (const agent of [other, supervisor]) {
      const post = await give(
        c.id,
        { instrumentId: 'phq9', via: 'in_room', answers: Array(9).fill(0) },
        agent,
      );
      expect(post.statusCode).toBe(403);
      expect((await agent.request('GET', `/api/v1/cases/${c.id}/measures`)).statusCode).toBe(403);
      expect((await agent.request('POST', `/api/v1/measures/${link.measure.id}/cancel`)).statusCode).toBe(
        403,
      );
    }
    // An administrator is refused by policy.
    expect((await admin.request('GET', `/api/v1/cases/${c.id}/measures`)).statusCode).toBe(403);
    expect((await series(c.id)).openRequests).toHaveLength(1);
  });
});
