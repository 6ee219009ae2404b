import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CareEvent } from '../realtime/bus';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { partnerReferralSchema } from './schemas';
import {
  type CaseJson,
  caseAudit,
  contactRequest,
  newStaff,
  openFromAlert,
  orgOf,
  userIdOf,
} from './test-kit';

interface Org {
  id: string;
  name: string;
  kind: string;
}

describe.each(testDrivers)('referrals to partner institutions ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let partner: Agent;
  let elsewhere: Agent;
  let centre: Org;
  let c: CaseJson;
  const seen: CareEvent[] = [];

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    t.events.subscribe((e) => seen.push(e));
    const admin = await t.signInAs('federation_admin');
    const orgs = (await admin.request('GET', '/api/v1/organisations')).json().organisations as Org[];
    centre = orgs.find((o) => o.kind === 'partner_institution') as Org;
    // A second partner institution, whose staff must not see the centre's referrals.
    const hospital = await admin.request('POST', '/api/v1/organisations', {
      parentId: orgOf(admin),
      kind: 'partner_institution',
      name: '市第四人民医院心理科',
    });
    expect(hospital.statusCode, hospital.body).toBe(201);
    elsewhere = await newStaff(
      t,
      admin,
      'hospital.staff',
      '医院 孙医生',
      ['partner_staff'],
      hospital.json().id,
    );
    partner = await t.signInAs('partner_staff');
    counsellor = await t.signInAs('counsellor');
    c = await openFromAlert(counsellor, await contactRequest(t, '13500001111'));
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const refer = (payload: Record<string, unknown>) =>
    counsellor.request('POST', `/api/v1/cases/${c.id}/referrals`, {
      institutionId: centre.id,
      consent: true,
      ...payload,
    });

  it('passes on only what the worker agreed to, and tells the institution’s staff', async () => {
    t.clock.advance(1000);
    seen.length = 0;
    const res = await refer({ items: ['contact', 'summary'], summary: '持续失眠两月，建议精神科评估' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'sent',
      items: ['contact', 'summary'],
      institution: { id: centre.id },
      shared: { contact: { phone: '13500001111' }, summary: '持续失眠两月，建议精神科评估', measures: null },
    });
    expect(seen).toContainEqual(
      expect.objectContaining({
        kind: 'referral_received',
        userIds: [userIdOf(partner)],
        objectId: res.json().id,
      }),
    );
    const list = await partner.request('GET', '/api/v1/referrals');
    expect(list.statusCode).toBe(200);
    const referrals = list.json().referrals as {
      id: string;
      shared: { contact: unknown; measures: unknown };
    }[];
    for (const r of referrals) partnerReferralSchema.strict().parse(r);
    expect(referrals.map((r) => r.id)).toEqual([res.json().id]);
    expect(referrals[0]?.shared).toMatchObject({ contact: { phone: '13500001111' }, measures: null });
    // Reading it is on the case's record, so the worker's access log names the institution's reader.
    const audit = await caseAudit(t, c.id);
    expect(audit.map((e) => e.action)).toEqual(['case.open', 'case.referral.create', 'referral.read']);
    expect(audit[2]?.actor_label).toBe('demo-partner');
    // Staff of another institution see none of it; counsellors do not read the institutions' list.
    expect((await elsewhere.request('GET', '/api/v1/referrals')).json().referrals).toEqual([]);
    expect((await counsellor.request('GET', '/api/v1/referrals')).statusCode).toBe(403);
  });

  it('refuses what the worker did not agree to, or an organisation that is not a partner institution', async () => {
    const admin = await t.signInAs('federation_admin');
    const union = (await admin.request('GET', '/api/v1/organisations'))
      .json()
      .organisations.find((o: Org) => o.kind === 'enterprise_union') as Org;
    for (const payload of [
      { items: ['summary'] }, // no summary given
      { items: ['contact'], summary: '未同意的摘要' }, // summary without the consent to it
      { items: [] },
      { items: ['contact'], consent: false },
      { items: ['contact'], institutionId: union.id },
    ]) {
      const res = await refer(payload);
      expect.soft(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await partner.request('GET', '/api/v1/referrals')).json().referrals).toHaveLength(1);
  });

  it('lets the institution answer once; the counsellor is told and sees the answer in the case', async () => {
    const [referral] = (await partner.request('GET', '/api/v1/referrals?status=open')).json().referrals as {
      id: string;
    }[];
    const url = `/api/v1/referrals/${referral?.id}/acknowledge`;
    expect((await elsewhere.request('POST', url, { decision: 'acknowledged' })).statusCode).toBe(404);
    seen.length = 0;
    const answered = await partner.request('POST', url, {
      decision: 'acknowledged',
      response: '已预约12月3日上午门诊',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'acknowledged', response: '已预约12月3日上午门诊' });
    expect(seen).toContainEqual(
      expect.objectContaining({
        kind: 'referral_answered',
        userIds: [userIdOf(counsellor)],
        label: c.number,
      }),
    );
    const again = await partner.request('POST', url, { decision: 'declined' });
    expect(again.statusCode).toBe(409);
    const theCase = (await counsellor.request('GET', `/api/v1/cases/${c.id}`)).json() as CaseJson;
    expect(theCase.records?.referrals).toMatchObject([
      { status: 'acknowledged', response: '已预约12月3日上午门诊' },
    ]);
    expect(theCase.events.map((e) => e.kind)).toEqual(['opened', 'referral_sent', 'referral_answered']);
    expect((await partner.request('GET', '/api/v1/referrals?status=open')).json().referrals).toEqual([]);
  });
});
