import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobs } from '../jobs/boss';
import type { CareEvent } from '../realtime/bus';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { escalateOverdueAlerts } from './escalation';

const quietLog = { info() {}, error() {}, warn() {}, debug() {} } as unknown as FastifyBaseLogger;
const MIN = 60_000;
const DUTY_PHONE = '13800009999';
const WORKER_PHONE = '13911112222';

describe.each(testDrivers)('escalating requests nobody took ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let published: CareEvent[];
  const sql = async (text: string, values: unknown[] = []) =>
    (await db.database.executeSql(text, values)).rows;
  const deps = () => ({ db: db.database.db, cipher: t.cipher, sms: t.sms, events: t.events });
  const escalate = (at: number) => escalateOverdueAlerts(deps(), new Date(at));

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    published = [];
    t.events.subscribe((e) => published.push(e));
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  /** A request entered by staff (the clock stands at its creation); returns its id and when it came in. */
  const enter = async (agent: Agent, priority: 'crisis' | 'high' | 'normal') => {
    const res = await agent.request('POST', '/api/v1/alerts', {
      source: 'hotline',
      priority,
      contact: { name: '赵师傅', phone: WORKER_PHONE, message: '想不开' },
      consent: true,
    });
    expect(res.statusCode).toBe(201);
    return { id: res.json().id as string, at: Date.parse(res.json().createdAt) };
  };
  const notices = async (kind: string, objectId: string) =>
    (
      await sql('select user_id from staff_notifications where kind = $1 and object_id = $2', [
        kind,
        objectId,
      ])
    ).map((r) => r.user_id);
  const escalations = async (id: string) =>
    sql(
      "select outcome, actor_label, details from audit_events where action = 'alert.escalate' and object_id = $1 order by seq",
      [id],
    );

  it('tells the supervisors at 15 minutes, not at 14:59, and texts the duty phone 15 minutes later — with nothing about the worker', async () => {
    const supervisor = await t.signInAs('supervisor');
    const supervisorId = (supervisor.session.user as { id: string }).id;
    await supervisor.request('PUT', '/api/v1/care-settings', {
      crisisAckMinutes: 15,
      dutyPhoneAfterMinutes: 15,
      highDueMinutes: 240,
      normalDueMinutes: 2880,
      dutyPhone: DUTY_PHONE,
      dutyPhoneLabel: '值班主任',
    });
    const { id, at } = await enter(await t.signInAs('counsellor'), 'crisis');

    expect((await escalate(at + 15 * MIN - 1000)).escalated).toBe(0);
    expect(await notices('alert_escalated', id)).toEqual([]);

    published = [];
    const first = await escalate(at + 15 * MIN);
    expect(first).toMatchObject({ escalated: 1, texted: 0, lateSeconds: 0 });
    expect(await notices('alert_escalated', id)).toEqual([supervisorId]);
    expect(published.find((e) => e.type === 'alert')).toMatchObject({ alertId: id, escalationLevel: 1 });
    expect(published.find((e) => e.type === 'notification')).toMatchObject({
      kind: 'alert_escalated',
      userIds: [supervisorId],
    });
    // Running again changes nothing: each step happens once.
    expect((await escalate(at + 16 * MIN)).escalated).toBe(0);

    expect((await escalate(at + 30 * MIN - 1000)).texted).toBe(0);
    expect(t.sms.lastTo(DUTY_PHONE)).toBeUndefined();
    const second = await escalate(at + 30 * MIN + 20_000);
    expect(second).toMatchObject({ escalated: 1, texted: 1, lateSeconds: 20 });
    const text = t.sms.lastTo(DUTY_PHONE);
    expect(text).toMatchObject({ purpose: 'escalation' });
    expect(text?.body).toBe(
      '【康乃馨】紧急求助提醒：一条紧急求助已等待30分钟无人接手，请立即登录工作台处理。',
    );
    expect(text?.body).not.toContain(WORKER_PHONE.slice(-4));
    expect((await escalate(at + 60 * MIN)).escalated).toBe(0);

    const steps = await escalations(id);
    expect(steps.map((s) => [s.outcome, s.actor_label, (s.details as { level: number }).level])).toEqual([
      ['success', 'system', 1],
      ['success', 'system', 2],
    ]);
    expect(JSON.stringify(steps)).not.toContain(DUTY_PHONE);
    const listed = (await supervisor.request('GET', '/api/v1/alerts')).json().alerts;
    expect(listed.find((a: { id: string }) => a.id === id)).toMatchObject({ escalationLevel: 2 });
  });

  it('never escalates a request someone took; a high one goes to the supervisors after its due time and never to the phone', async () => {
    const counsellor = await t.signInAs('counsellor');
    const taken = await enter(counsellor, 'crisis');
    await counsellor.request('POST', `/api/v1/alerts/${taken.id}/acknowledge`);
    const high = await enter(counsellor, 'high');
    const sent = t.sms.messages.length;
    expect((await escalate(high.at + 239 * MIN)).escalated).toBe(0);
    expect((await escalate(high.at + 240 * MIN)).escalated).toBe(1);
    expect((await escalate(high.at + 48 * 60 * MIN)).escalated).toBe(0);
    expect(await notices('alert_escalated', taken.id)).toEqual([]);
    expect(await notices('alert_escalated', high.id)).toHaveLength(1);
    expect(t.sms.messages.length).toBe(sent);
  });

  it('without a duty phone records the failure and tells the supervisors again', async () => {
    const admin = await t.signInAs('federation_admin');
    await admin.request('PUT', '/api/v1/care-settings', {
      crisisAckMinutes: 5,
      dutyPhoneAfterMinutes: 10,
      highDueMinutes: 240,
      normalDueMinutes: 2880,
      dutyPhone: null,
    });
    const { id, at } = await enter(await t.signInAs('counsellor'), 'crisis');
    const sent = t.sms.messages.length;
    expect((await escalate(at + 5 * MIN)).escalated).toBe(1);
    expect((await escalate(at + 15 * MIN)).escalated).toBe(1);
    expect(t.sms.messages.length).toBe(sent);
    expect(await notices('alert_escalated', id)).toHaveLength(2);
    const steps = await escalations(id);
    expect(steps[1]).toMatchObject({ outcome: 'failure', details: { level: 2, dutyPhone: false } });
  });

  it('retries the duty phone on the next run when the gateway refuses the text', async () => {
    const admin = await t.signInAs('federation_admin');
    await admin.request('PUT', '/api/v1/care-settings', {
      crisisAckMinutes: 5,
      dutyPhoneAfterMinutes: 5,
      highDueMinutes: 240,
      normalDueMinutes: 2880,
      dutyPhone: DUTY_PHONE,
    });
    const { id, at } = await enter(await t.signInAs('counsellor'), 'crisis');
    await escalate(at + 5 * MIN);
    const broken = { kind: 'broken', send: async () => Promise.reject(new Error('gateway down')) };
    const refused = await escalateOverdueAlerts({ ...deps(), sms: broken }, new Date(at + 10 * MIN));
    expect(refused).toMatchObject({ escalated: 0, texted: 0, failed: 1 });
    expect((await escalate(at + 11 * MIN)).texted).toBe(1);
    expect((await escalations(id)).map((s) => s.outcome)).toEqual(['success', 'failure', 'success']);
  });

  it.runIf(driver.name === 'postgres')(
    'escalates a request once when two processes run the job at the same moment',
    async () => {
      const counsellor = await t.signInAs('counsellor');
      const entered = await Promise.all(Array.from({ length: 6 }, () => enter(counsellor, 'crisis')));
      const at = Math.max(...entered.map((e) => e.at)) + 5 * MIN;
      const results = await Promise.all([escalate(at), escalate(at), escalate(at)]);
      expect(results.reduce((n, r) => n + r.escalated, 0)).toBe(6);
      for (const e of entered) expect(await notices('alert_escalated', e.id)).toHaveLength(1);
    },
  );
  it('still escalates after a restart: a new app on the same database runs the job from the queue', async () => {
    const { id, at } = await enter(await t.signInAs('counsellor'), 'crisis');
    await t.close();
    t = await makeTestApp(db.database);
    t.clock.set(new Date(at + 5 * MIN));
    const jobs = await startJobs(
      { database: db.database, clock: t.clock, cipher: t.cipher, sms: t.sms, events: t.events },
      quietLog,
    );
    try {
      const job = await jobs.boss.send('alerts.escalate', {});
      const deadline = Date.now() + 30_000;
      let state = (await jobs.boss.getJobById('alerts.escalate', job as string))?.state;
      while (state !== 'completed' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        state = (await jobs.boss.getJobById('alerts.escalate', job as string))?.state;
      }
      expect(state).toBe('completed');
      expect(await notices('alert_escalated', id)).toHaveLength(1);
      expect((await jobs.boss.getSchedules()).map((s) => s.name)).toContain('alerts.escalate');
    } finally {
      await jobs.stop();
    }
  });
});
