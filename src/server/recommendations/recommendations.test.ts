import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRules } from '../../core/recommendations/defaults';
import type { Rule } from '../../core/recommendations/types';
import { otherFederationCounsellor } from '../care/test-kit';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { previewResponse, publicRulesResponse, ruleSetResponse } from './schemas';

const sleepRule: Rule = {
  id: 'shift_sleep_first',
  when: { instrument: 'cbi_work', bands: ['high', 'severe'], audiences: ['factory_shift'] },
  recommend: { type: 'topic', topic: 'sleep' },
  reason: {
    zh: '因为你是{{group}}，{{area}}的结果{{band}}，先从睡好觉开始。',
    en: 'Because you are among {{group}} and your {{area}} result is {{band}}, start with sleep.',
  },
  priority: 95,
};

describe.each(testDrivers)('recommendation rules ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let supervisor: Agent;
  let counsellor: Agent;
  const publicRules = async (tenant = 'demo-city') =>
    publicRulesResponse.parse(
      (await t.app.inject({ url: `/api/v1/recommendation-rules?tenant=${tenant}` })).json(),
    );

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    supervisor = await t.signInAs('supervisor');
    counsellor = await t.signInAs('counsellor');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('gives phones the default rules until the federation saves its own, without sign-in', async () => {
    const res = await publicRules();
    expect(res).toEqual({ version: 0, rules: defaultRules });
    const set = ruleSetResponse.parse(
      (await counsellor.request('GET', '/api/v1/recommendation-rule-set')).json(),
    );
    expect(set).toMatchObject({ version: 0, isDefault: true, updatedBy: null });
    expect(set.instruments.find((i) => i.id === 'phq9')?.bands.map((b) => b.code)).toContain('moderate');
  });

  it('saves a new version, audited, that phones get at once; a save from a stale version is refused', async () => {
    const saved = await supervisor.request('PUT', '/api/v1/recommendation-rule-set', {
      rules: [sleepRule, ...defaultRules],
      baseVersion: 0,
      note: '倒班职工先看睡眠',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const body = ruleSetResponse.parse(saved.json());
    expect(body).toMatchObject({ version: 1, isDefault: false, note: '倒班职工先看睡眠' });
    expect(body.updatedBy?.displayName).toBeTruthy();
    expect((await publicRules()).rules[0]).toEqual(sleepRule);

    const stale = await admin.request('PUT', '/api/v1/recommendation-rule-set', {
      rules: defaultRules,
      baseVersion: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', details: { currentVersion: 1 } });

    const byAdmin = await admin.request('PUT', '/api/v1/recommendation-rule-set', {
      rules: [sleepRule],
      baseVersion: 1,
    });
    expect(byAdmin.json().version).toBe(2);
    const audit = await db.database.executeSql(
      `select action, object_id from audit_events where action = 'recommendation.rules_save' order by at`,
    );
    expect(audit.rows.map((r) => (r as { object_id: string }).object_id.split('@')[1])).toEqual(['1', '2']);
  });

  it('lets a counsellor read and preview the rules but not change them', async () => {
    const res = await counsellor.request('PUT', '/api/v1/recommendation-rule-set', {
      rules: defaultRules,
      baseVersion: 2,
    });
    expect(res.statusCode).toBe(403);
    expect((await counsellor.request('GET', '/api/v1/recommendation-rule-set')).json().version).toBe(2);
  });

  it.each([
    [
      'a band the instrument never gives',
      { ...sleepRule, when: { instrument: 'cbi_work', bands: ['positive'] } },
    ],
    ['an instrument that is not offered', { ...sleepRule, when: { instrument: 'scl90' } }],
    ['a tool that does not exist', { ...sleepRule, recommend: { type: 'tool', tool: 'yoga' } }],
    ['a topic that does not exist', { ...sleepRule, recommend: { type: 'topic', topic: 'money' } }],
    ['an unknown group', { ...sleepRule, when: { audiences: ['astronaut'] } }],
    ['{{group}} without groups', { ...sleepRule, when: { instrument: 'cbi_work' } }],
    ['an unknown placeholder', { ...sleepRule, reason: { zh: '{{name}}', en: 'x' } }],
    ['an empty reason', { ...sleepRule, reason: { zh: ' ', en: 'x' } }],
  ])('refuses %s (400) and keeps the rules as they were', async (_, rule) => {
    const res = await admin.request('PUT', '/api/v1/recommendation-rule-set', {
      rules: [rule],
      baseVersion: 2,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect((await publicRules()).version).toBe(2);
  });

  it('previews with the phone’s function: crisis help and a counsellor first, reasons filled in', async () => {
    const res = await counsellor.request('POST', '/api/v1/recommendation-rule-set/preview', {
      rules: [sleepRule, ...defaultRules],
      sample: {
        results: [
          { instrument: 'cbi_work', band: 'high' },
          { instrument: 'phq9', band: 'moderate' },
        ],
        crisis: true,
        audiences: ['factory_shift'],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const recs = previewResponse.parse(res.json()).recommendations;
    expect(recs.map((r) => r.ruleId).slice(0, 3)).toEqual([
      'builtin.crisis_help',
      'builtin.counsellor',
      'shift_sleep_first',
    ]);
    expect(recs[2]?.reason.zh).toBe(
      '因为你是工厂倒班职工，工作疲惫的结果值得多关心一下自己，先从睡好觉开始。',
    );
    const badSample = await counsellor.request('POST', '/api/v1/recommendation-rule-set/preview', {
      rules: defaultRules,
      sample: { results: [{ instrument: 'phq9', band: 'positive' }] },
    });
    expect(badSample.statusCode).toBe(400);
  });

  it('keeps each federation’s rules its own', async () => {
    const foreign = await otherFederationCounsellor(t, 'huaibei');
    const theirs = ruleSetResponse.parse(
      (await foreign.request('GET', '/api/v1/recommendation-rule-set')).json(),
    );
    expect(theirs).toMatchObject({ version: 0, isDefault: true });
    expect(await publicRules('huaibei')).toEqual({ version: 0, rules: defaultRules });
    expect((await publicRules('demo-city')).version).toBe(2);
    expect((await t.app.inject({ url: '/api/v1/recommendation-rules?tenant=nowhere' })).statusCode).toBe(400);
  });
});
