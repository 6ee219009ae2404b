import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { submissionResponseSchema } from './schemas';

const calm = {
  phq4: [0, 0, 0, 0],
  who5: [4, 4, 4, 4, 4],
  cbi_work: [0, 0, 0, 25, 25, 0, 100],
  ucla3: [1, 1, 1],
};

describe.each(testDrivers)('the anonymous check-up API ($name)', (driver) => {
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

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
  const submit = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/submissions', payload, headers });
  const count = async (table: string) =>
    Number((await db.database.executeSql(`select count(*)::int as n from ${table}`, [])).rows[0]?.n);

  it('offers in Chinese only the texts a supervisor approved (or that are verified), and in English the verified ones', async () => {
    const zh = (await get('/api/v1/instruments?lang=zh-CN')).json();
    expect(zh.instruments.map((i: { id: string }) => i.id).sort()).toEqual([
      'cbi_work',
      'gad7',
      'phq2',
      'phq4',
      'phq9',
      'ucla3',
      'who5',
    ]);
    const en = (await get('/api/v1/instruments', { 'accept-language': 'en-GB,en;q=0.9' })).json();
    expect(en.lang).toBe('en');
    expect(en.instruments.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining(['k10', 'k6', 'gad2']),
    );
    expect(en.instruments.map((i: { id: string }) => i.id)).not.toContain('pss10');
    const k10 = await get('/api/v1/instruments/k10?lang=zh-CN');
    expect(k10.statusCode).toBe(404);
    expect(k10.json().error).toMatchObject({
      code: 'instrument_unavailable',
      details: { reason: 'text_not_approved' },
    });
    expect((await get('/api/v1/instruments/isi')).json().error.details.reason).toBe('excluded');
  });

  it('serves an instrument with its own timeframe, wording, options and scoring', async () => {
    const gad7 = (await get('/api/v1/instruments/gad7?lang=zh-CN')).json();
    expect(gad7).toMatchObject({ id: 'gad7', lang: 'zh-CN', variant: 'A', timeframe: '过去两个星期' });
    expect(gad7.items[0].text).toBe('感觉紧张，焦虑或急切');
    const phq9 = (await get('/api/v1/instruments/phq9?lang=en')).json();
    expect(phq9.criticalItems).toEqual([{ n: 9, threshold: 1, urgentAt: 2 }]);
    expect(phq9.attribution).toContain('Pfizer');
    // A phone scoring offline needs to know which items count from the other end.
    const cbi = (await get('/api/v1/instruments/cbi_work?lang=zh-CN')).json();
    expect(cbi.items.map((i: { reverse: boolean }) => i.reverse)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('lists the default check-up with its step-ups, and serves all its forms in one request', async () => {
    const list = (await get('/api/v1/checkups?lang=zh-CN')).json();
    expect(list.checkups[0]).toMatchObject({
      id: 'default',
      itemCount: 19,
      instruments: ['phq4', 'who5', 'cbi_work', 'ucla3'],
    });
    expect(list.checkups[0].stepUps.map((s: { instrument: string }) => s.instrument)).toEqual([
      'phq9',
      'gad7',
    ]);
    const one = (await get('/api/v1/checkups/default?lang=zh-CN')).json();
    expect(one.forms.map((f: { id: string }) => f.id)).toEqual([
      'phq4',
      'who5',
      'cbi_work',
      'ucla3',
      'phq9',
      'gad7',
    ]);
  });

  it('scores a submission, returns a retrieval code once, and keeps the answers sealed', async () => {
    const res = await submit({ checkup: 'default', answers: calm, lang: 'zh-CN' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.retrievalCode).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect(
      body.results.map((r: { instrument: string; band: { code: string } }) => [r.instrument, r.band.code]),
    ).toEqual([
      ['phq4', 'normal'],
      ['who5', 'not_low'],
      ['cbi_work', 'low'],
      ['ucla3', 'not_lonely'],
    ]);
    expect(body.results[1]).toMatchObject({ score: 20, percentage: 80 });
    expect(body.crisis).toMatchObject({ triggered: false, level: null });
    expect(body.crisis.resources[0]).toMatchObject({ phone: '12356' });
    // The route writes its answer without re-validating it; the documented schema must still describe it.
    expect(submissionResponseSchema.safeParse(body).success).toBe(true);
    const stored = (
      await db.database.executeSql('select answers_sealed from submissions where id = $1', [body.id])
    ).rows[0];
    expect(String(stored?.answers_sealed)).toMatch(/^v1\./);
    expect(String(stored?.answers_sealed)).not.toContain('phq4');
    const codes = (await db.database.executeSql('select code_hash from retrieval_identities', [])).rows.map(
      (r) => String(r.code_hash),
    );
    expect(codes.some((c) => c.includes(body.retrievalCode.replace(/-/g, '')))).toBe(false);
  });

  it('accepts a step-up with the carried-over answers and raises the crisis for item 9', async () => {
    const res = await submit({
      checkup: 'default',
      answers: { ...calm, phq4: [1, 1, 2, 1], phq9: [2, 1, 1, 1, 1, 0, 0, 0, 1] },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.results.find((r: { instrument: string }) => r.instrument === 'phq9')).toMatchObject({
      score: 7,
      flags: ['self_harm_thoughts'],
    });
    expect(body.crisis).toMatchObject({
      triggered: true,
      level: 'urgent',
      reasons: ['phq9.self_harm_thoughts'],
    });
    expect(body.stepUps).toEqual([]);
  });

  it('offers step-ups it was not given', async () => {
    const res = await submit({ checkup: 'default', answers: { ...calm, phq4: [2, 1, 2, 1] }, lang: 'en' });
    expect(res.json().stepUps.map((s: { instrument: string }) => s.instrument)).toEqual(['phq9', 'gad7']);
    expect(res.json().stepUps[0].reason).toMatch(/7 more questions/);
  });

  it('refuses bad submissions with a clear code and stores nothing', async () => {
    const before = await count('submissions');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ checkup: 'default', answers: { ...calm, phq4: [0, 0, 0] } }, 400, 'invalid_answers'],
      [{ checkup: 'default', answers: { ...calm, who5: [4, 4, 4, 4, 7] } }, 400, 'invalid_answers'],
      [{ checkup: 'default', answers: { phq4: calm.phq4 } }, 400, 'invalid_answers'],
      [
        { checkup: 'default', answers: { ...calm, phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0] } },
        400,
        'invalid_answers',
      ],
      [{ checkup: 'nonsense', answers: calm }, 404, 'not_found'],
      [{ checkup: 'k10', answers: { k10: Array(10).fill(1) }, lang: 'zh-CN' }, 404, 'instrument_unavailable'],
      [{ checkup: 'default', answers: calm, campaign: 'nosuchcampaign' }, 400, 'unknown_campaign'],
      [
        { checkup: 'default', answers: calm, retrievalCode: 'AAAA-BBBB-CCCC-DDDD' },
        400,
        'unknown_retrieval_code',
      ],
      [{ checkup: 'default', answers: calm, extra: true }, 400, 'validation_failed'],
      [{ checkup: 'default', answers: calm, retrievalCode: 'not a code' }, 400, 'validation_failed'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await submit(payload);
      expect.soft(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect.soft(res.json().error.code, JSON.stringify(payload)).toBe(code);
    }
    expect(await count('submissions')).toBe(before);
    const problems = (await submit({ checkup: 'default', answers: { ...calm, phq4: [0, 0, 0] } })).json()
      .error.details.problems;
    expect(problems).toEqual([{ code: 'wrong_answer_count', instrument: 'phq4', expected: 4, received: 3 }]);
  });

  it('answers a retry with the same Idempotency-Key as the first time, and stores it once', async () => {
    const before = await count('submissions');
    const headers = { 'idempotency-key': 'phone-retry-0001' };
    const first = await submit({ checkup: 'default', answers: calm }, headers);
    const again = await submit({ checkup: 'default', answers: calm }, headers);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await count('submissions')).toBe(before + 1);
    const reused = await submit({ checkup: 'default', answers: { ...calm, ucla3: [2, 2, 2] } }, headers);
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
  });

  it('keeps a history under the code, newest first, and erases all of it on request', async () => {
    const first = (await submit({ checkup: 'default', answers: calm })).json();
    t.clock.advance(7 * 24 * 3_600_000);
    const code = first.retrievalCode.toLowerCase().replace(/-/g, ' ');
    const second = await submit({
      checkup: 'default',
      answers: { ...calm, who5: [3, 3, 3, 3, 3] },
      retrievalCode: code,
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().retrievalCode).toBe(first.retrievalCode);
    const history = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retrieval/history',
      payload: { retrievalCode: first.retrievalCode, lang: 'en' },
    });
    const entries = history.json().submissions;
    expect(entries).toHaveLength(2);
    expect(
      entries.map(
        (e: { results: { instrument: string; score: number }[] }) =>
          e.results.find((r) => r.instrument === 'who5')?.score,
      ),
    ).toEqual([15, 20]);
    expect(entries[0].results[1]).toMatchObject({
      name: expect.stringContaining('WHO-5'),
      percentage: 60,
      direction: 'higher_is_better',
    });

    const erased = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retrieval/erase',
      payload: { retrievalCode: first.retrievalCode },
    });
    expect(erased.json()).toEqual({ deleted: 2 });
    const gone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retrieval/history',
      payload: { retrievalCode: first.retrievalCode },
    });
    expect(gone.json().error.code).toBe('unknown_retrieval_code');
    const rows = (
      await db.database.executeSql('select count(*)::int as n from submissions where id = $1', [first.id])
    ).rows[0];
    expect(Number(rows?.n)).toBe(0);
  });

  it('attributes a submission to a campaign without showing anyone at the enterprise an answer', async () => {
    const link = (await get('/api/v1/campaign-links/demo-shunda')).json();
    expect(link).toMatchObject({
      code: 'demo-shunda',
      checkup: 'default',
      tenant: 'demo-city',
      name: expect.stringContaining('顺达'),
    });
    expect((await get('/api/v1/campaign-links/nosuchcode')).statusCode).toBe(404);
    const res = await submit({ checkup: 'default', answers: calm, campaign: 'demo-shunda' });
    expect(res.statusCode).toBe(201);
    const row = (
      await db.database.executeSql('select campaign_id from submissions where id = $1', [res.json().id])
    ).rows[0];
    expect(row?.campaign_id).toBeTruthy();
    const officer = await t.signInAs('enterprise_officer');
    const campaigns = (await officer.request('GET', '/api/v1/campaigns')).json().campaigns;
    expect(campaigns[0]).toMatchObject({
      code: 'demo-shunda',
      link: expect.stringContaining('/checkup?c=demo-shunda'),
    });
    expect(JSON.stringify(campaigns)).not.toContain(res.json().id);
    const poster = await officer.request('GET', `/api/v1/campaigns/${campaigns[0].id}/poster`);
    expect(poster.json().qrSvg).toContain('<svg');
    expect((await officer.request('GET', '/api/v1/alerts')).statusCode).toBe(403);
  });

  it('turns a consented contact request into an alert counsellors see, with its urgency, and audits every read', async () => {
    const urgent = (
      await submit({
        checkup: 'default',
        answers: { ...calm, phq4: [0, 0, 2, 1], phq9: [2, 1, 0, 0, 0, 0, 0, 0, 2] },
      })
    ).json();
    const noConsent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      payload: { phone: '13800138000', preferredTime: '今晚', consent: false },
    });
    expect(noConsent.statusCode).toBe(400);
    const badPhone = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      payload: { phone: '12345', preferredTime: '今晚', consent: true },
    });
    expect(badPhone.json().error.code).toBe('validation_failed');
    const req = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      payload: {
        phone: '138-0013-8000',
        preferredTime: '今晚七点以后',
        consent: true,
        submissionId: urgent.id,
        retrievalCode: urgent.retrievalCode,
        shareResults: true,
      },
    });
    expect(req.statusCode).toBe(201);
    expect(req.json().priority).toBe('crisis');
    const sealed = (
      await db.database.executeSql('select contact_sealed from alerts where id = $1', [req.json().id])
    ).rows[0];
    expect(String(sealed?.contact_sealed)).not.toContain('13800138000');

    const counsellor = await t.signInAs('counsellor');
    const alerts = (await counsellor.request('GET', '/api/v1/alerts')).json().alerts;
    // The queue shows a masked number only; opening the request shows the contact (an audited read).
    expect(alerts[0]).toMatchObject({
      priority: 'crisis',
      status: 'new',
      phoneMasked: '138****8000',
      hasSharedResults: true,
    });
    expect(JSON.stringify(alerts)).not.toContain('13800138000');
    const opened = (await counsellor.request('GET', `/api/v1/alerts/${alerts[0].id}`)).json();
    expect(opened).toMatchObject({
      contact: { phone: '13800138000', preferredTime: '今晚七点以后' },
      sharedSubmissionId: urgent.id,
    });
    const taken = await counsellor.request('POST', `/api/v1/alerts/${alerts[0].id}/acknowledge`);
    expect(taken.json().status).toBe('acknowledged');
    expect((await counsellor.request('POST', `/api/v1/alerts/${alerts[0].id}/acknowledge`)).statusCode).toBe(
      409,
    );
    const auditor = await t.signInAs('auditor');
    const reads = (await auditor.request('GET', '/api/v1/audit-events?action=alert.'))
      .json()
      .events.map((e: { action: string }) => e.action);
    expect(reads).toEqual(expect.arrayContaining(['alert.create', 'alert.read', 'alert.acknowledge']));
  });

  it('lets a supervisor approve or reject texts, effective at once and audited; nobody else', async () => {
    const admin = await t.signInAs('federation_admin');
    const denied = await admin.request('POST', '/api/v1/instrument-texts/reviews', {
      instrumentId: 'k10',
      version: '2026-11',
      lang: 'zh-CN',
      status: 'approved',
      reason: 'x',
    });
    expect(denied.statusCode).toBe(403);
    const supervisor = await t.signInAs('supervisor');
    const texts = (await supervisor.request('GET', '/api/v1/instrument-texts')).json().texts;
    const k10zh = texts.find(
      (x: { instrumentId: string; lang: string }) => x.instrumentId === 'k10' && x.lang === 'zh-CN',
    );
    expect(k10zh).toMatchObject({
      verification: 'unverified',
      review: null,
      shownToWorkers: false,
      notShownBecause: 'text_not_approved',
    });
    expect(
      texts.find(
        (x: { instrumentId: string; lang: string }) => x.instrumentId === 'phq4' && x.lang === 'zh-CN',
      ).review,
    ).toMatchObject({ status: 'approved', isDemo: true, variant: 'A' });
    const read = await supervisor.request('GET', '/api/v1/instrument-texts/gad7?lang=zh-CN&variant=B');
    expect(read.json().items[0].text).toBe('感觉紧张、焦虑或不安');

    const approve = await supervisor.request('POST', '/api/v1/instrument-texts/reviews', {
      instrumentId: 'k10',
      version: '2026-11',
      lang: 'zh-CN',
      status: 'approved',
      reason: '已与官方中文版核对',
    });
    expect(approve.statusCode).toBe(200);
    expect((await get('/api/v1/instruments/k10?lang=zh-CN')).statusCode).toBe(200);
    await supervisor.request('POST', '/api/v1/instrument-texts/reviews', {
      instrumentId: 'gad7',
      version: '2026-11',
      lang: 'zh-CN',
      status: 'approved',
      variant: 'B',
      reason: '采用官方 PDF 措辞',
    });
    expect((await get('/api/v1/instruments/gad7?lang=zh-CN')).json().items[0].text).toBe(
      '感觉紧张、焦虑或不安',
    );
    await supervisor.request('POST', '/api/v1/instrument-texts/reviews', {
      instrumentId: 'k10',
      version: '2026-11',
      lang: 'zh-CN',
      status: 'rejected',
      reason: '发现错译',
    });
    expect((await get('/api/v1/instruments/k10?lang=zh-CN')).json().error.details.reason).toBe(
      'text_rejected',
    );
    const auditor = await t.signInAs('auditor');
    const decisions = (await auditor.request('GET', '/api/v1/audit-events?action=instrument.text')).json()
      .events;
    expect(decisions.map((e: { objectId: string }) => e.objectId)).toEqual(
      expect.arrayContaining(['k10@2026-11:zh-CN', 'gad7@2026-11:zh-CN:B']),
    );
  });

  it('offers PSS-10 only after an administrator records the licence permission, and WHO-5 not for commercial use', async () => {
    const admin = await t.signInAs('federation_admin');
    expect((await get('/api/v1/instruments/pss10?lang=en')).json().error.details.reason).toBe(
      'licence_permission_missing',
    );
    const licences = (
      await admin.request('PUT', '/api/v1/instrument-licences/pss10', {
        reference: 'Mapi agreement 2026-123',
      })
    ).json();
    expect(
      licences.instruments.find((i: { instrumentId: string }) => i.instrumentId === 'pss10').permission
        .reference,
    ).toBe('Mapi agreement 2026-123');
    expect((await get('/api/v1/instruments/pss10?lang=en')).statusCode).toBe(200);
    await admin.request('PATCH', '/api/v1/instrument-licences', { commercialUse: true });
    expect((await get('/api/v1/instruments/who5?lang=en')).json().error.details.reason).toBe(
      'licence_permission_missing',
    );
    expect(
      (await get('/api/v1/checkups?lang=en')).json().checkups.map((c: { id: string }) => c.id),
    ).not.toContain('default');
    await admin.request('PATCH', '/api/v1/instrument-licences', { commercialUse: false });
    await admin.request('DELETE', '/api/v1/instrument-licences/pss10');
    expect((await get('/api/v1/instruments/pss10?lang=en')).statusCode).toBe(404);
  });

  it('lets an administrator define a check-up from offered instruments, e.g. a short one for drivers', async () => {
    const admin = await t.signInAs('federation_admin');
    const created = await admin.request('POST', '/api/v1/checkup-definitions', {
      name: { 'zh-CN': '司机快速体检', en: 'Quick check for drivers' },
      description: { 'zh-CN': '2 分钟', en: '2 minutes' },
      instruments: ['phq2', 'who5'],
      audiences: ['truck_driver', 'ride_hailing_driver', 'truck_driver'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().stepUps).toEqual(['phq9']);
    expect(created.json().audiences).toEqual(['truck_driver', 'ride_hailing_driver']);
    const listed = (await get('/api/v1/checkups?lang=zh-CN')).json().checkups as {
      id: string;
      audiences: string[];
    }[];
    const offered = listed.map((c) => c.id);
    expect(offered).toContain(created.json().id);
    // The default is for everyone; the drivers' one says whom it is for, so their phones list it first.
    expect(listed.find((c) => c.id === 'default')?.audiences).toEqual([]);
    expect(listed.find((c) => c.id === created.json().id)?.audiences).toEqual([
      'truck_driver',
      'ride_hailing_driver',
    ]);
    const unknownGroup = await admin.request('PATCH', `/api/v1/checkup-definitions/${created.json().id}`, {
      audiences: ['astronaut'],
    });
    expect(unknownGroup.statusCode).toBe(400);
    const retargeted = await admin.request('PATCH', `/api/v1/checkup-definitions/${created.json().id}`, {
      audiences: ['delivery_rider'],
    });
    expect(retargeted.json().audiences).toEqual(['delivery_rider']);
    const res = await submit({
      checkup: created.json().id,
      answers: { phq2: [2, 2], who5: [3, 3, 3, 3, 3] },
    });
    expect(res.json().stepUps.map((s: { instrument: string }) => s.instrument)).toEqual(['phq9']);
    const withK6 = await admin.request('POST', '/api/v1/checkup-definitions', {
      name: { 'zh-CN': '试', en: 'Try' },
      description: { 'zh-CN': '试', en: 'Try' },
      instruments: ['k6'],
    });
    expect(withK6.json().error).toMatchObject({
      code: 'instrument_unavailable',
      details: { instrument: 'k6', reason: 'text_not_approved' },
    });
    await admin.request('PATCH', `/api/v1/checkup-definitions/${created.json().id}`, { active: false });
    expect(
      (await get('/api/v1/checkups?lang=zh-CN')).json().checkups.map((c: { id: string }) => c.id),
    ).not.toContain(created.json().id);
  });
});

const pg = testDrivers.find((d) => d.name === 'postgres');
describe.runIf(pg)('retries under concurrency (PostgreSQL)', () => {
  it('stores a submission once when ten retries with one key race', async () => {
    const test = await (pg as NonNullable<typeof pg>).open();
    const t = await makeTestApp(test.database);
    try {
      const send = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/submissions',
          payload: { checkup: 'default', answers: calm },
          headers: { 'idempotency-key': 'racing-retries-1' },
        });
      const answers = await Promise.all(Array.from({ length: 10 }, send));
      expect(answers.map((a) => a.statusCode).sort()).toEqual([
        200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
      ]);
      expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
      const n = (await test.database.executeSql('select count(*)::int as n from submissions', [])).rows[0]?.n;
      expect(Number(n)).toBe(1);
    } finally {
      await t.close();
      await test.drop();
    }
  });
});
