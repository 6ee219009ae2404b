import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../core/access/policy';
import type { BreakdownView, Figure, OverviewView } from '../../core/statistics/model';
import { alerts } from '../alerts/tables';
import { campaigns } from '../campaigns/tables';
import { retrievalIdentities, submissionResults, submissions } from '../checkup/tables';
import { contentDailyCounts } from '../content/tables';
import { organisations } from '../organisations/tables';
import { insertTenant } from '../tenancy/repository';
import { tenants } from '../tenancy/tables';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { computeOverview, resolvePeriod, resolveScope } from './dashboard';

const BANDS = ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe'];
const at = (s: string) => new Date(s);

interface Sub {
  org: 'logistics' | 'bus' | null;
  identity: number | null;
  band: number;
  when: Date;
}

/** The fixture records, as plain arrays the expected figures are computed from. */
function fixtureSubs(): Sub[] {
  const subs: Sub[] = [];
  const add = (
    org: Sub['org'],
    band: number,
    n: number,
    day: number,
    identity?: (i: number) => number | null,
  ) => {
    for (let i = 0; i < n; i++)
      subs.push({
        org,
        band,
        identity: identity ? identity(i) : null,
        when: at(`2024-03-${String(day + (i % 20)).padStart(2, '0')}T10:00:00+08:00`),
      });
  };
  // Shunda Logistics: 12 minimal, 3 mild (the small cell), 11 moderate; some people came twice.
  add('logistics', 0, 12, 1, (i) => 100 + (i % 8));
  add('logistics', 1, 3, 5, (i) => 200 + i);
  add('logistics', 2, 11, 2);
  // The bus company: 20 minimal, 15 mild, 10 moderate.
  add('bus', 0, 20, 1, (i) => 300 + i);
  add('bus', 1, 15, 3);
  add('bus', 2, 10, 4);
  // Anonymous, no campaign: 30 minimal, 25 mild, 12 severe.
  add(null, 0, 30, 1);
  add(null, 1, 25, 2, (i) => 400 + (i % 5));
  add(null, 4, 12, 6);
  // 23:30 Shanghai time on the last day of March counts in March; ten minutes past midnight in April does not.
  subs.push({ org: null, band: 0, identity: null, when: at('2024-03-31T23:30:00+08:00') });
  subs.push({ org: null, band: 0, identity: null, when: at('2024-04-01T00:10:00+08:00') });
  // February: the previous period.
  for (let i = 0; i < 14; i++)
    subs.push({ org: null, band: 0, identity: null, when: at('2024-02-10T12:00:00+08:00') });
  return subs;
}

const ALERTS = Array.from({ length: 13 }, (_, i) => ({
  created: at(`2024-03-${String(3 + i).padStart(2, '0')}T09:00:00+08:00`),
  // Taken up after 5, 10, 15 … minutes; the last one never.
  ackMinutes: i < 12 ? 5 * (i + 1) : null,
}));

const READS = [
  { day: '2024-03-01', kind: 'read', subject: 'a1', count: 40 },
  { day: '2024-03-31', kind: 'read', subject: 'a2', count: 7 },
  { day: '2024-04-01', kind: 'read', subject: 'a2', count: 99 },
  { day: '2024-03-15', kind: 'tool', subject: 'breathing', count: 23 },
];

const inMarch = (d: Date) => d >= at('2024-03-01T00:00:00+08:00') && d < at('2024-04-01T00:00:00+08:00');

function expectedOnline(subs: Sub[], filter: (s: Sub) => boolean) {
  const march = subs.filter((s) => inMarch(s.when) && filter(s));
  const ids = new Set(march.filter((s) => s.identity !== null).map((s) => s.identity));
  const bands = BANDS.map((_, b) => march.filter((s) => s.band === b).length);
  return {
    people: ids.size + march.filter((s) => s.identity === null).length,
    times: march.length,
    bands,
  };
}

const metric = (v: OverviewView, key: string, which: 'current' | 'previous' = 'current') =>
  v.metrics.find((m) => m.key === key)?.[which];

describe.each(testDrivers)('statistics dashboard ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let officer: Agent;
  const org: Record<string, { id: string; path: string }> = {};
  const subs = fixtureSubs();
  let tenantId: string;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    officer = await t.signInAs('enterprise_officer');
    const d = t.database.db;
    tenantId = String((admin.session.user as { tenantId: string }).tenantId);
    for (const o of await d.select().from(organisations).where(eq(organisations.tenantId, tenantId))) {
      if (o.name.startsWith('顺达物流')) org.logistics = o;
      if (o.name.startsWith('市公共交通')) org.bus = o;
      if (o.kind === 'industry_union' && o.nameEn?.toLowerCase().includes('transport')) org.transport = o;
    }
    const campaignOf: Record<string, string> = {};
    for (const k of ['logistics', 'bus'] as const) {
      const [c] = await d
        .insert(campaigns)
        .values({
          tenantId,
          organisationId: org[k]?.id as string,
          code: `stats-${k}-${randomUUID()}`,
          name: k,
        })
        .returning();
      campaignOf[k] = c?.id as string;
    }
    const identities = new Map<number, string>();
    for (const s of subs) {
      if (s.identity !== null && !identities.has(s.identity)) {
        const [r] = await d
          .insert(retrievalIdentities)
          .values({ tenantId, codeHash: randomUUID() })
          .returning();
        identities.set(s.identity, r?.id as string);
      }
    }
    for (const s of subs) {
      const [row] = await d
        .insert(submissions)
        .values({
          tenantId,
          identityId: s.identity === null ? null : (identities.get(s.identity) as string),
          campaignId: s.org ? campaignOf[s.org] : null,
          checkupId: 'default',
          lang: 'zh-CN',
          answersSealed: 'sealed',
          createdAt: s.when,
        })
        .returning();
      await d.insert(submissionResults).values({
        submissionId: row?.id as string,
        tenantId,
        instrumentId: 'phq9',
        version: '2026-11',
        score: s.band * 5,
        bandCode: BANDS[s.band] as string,
        bandLevel: s.band,
        flags: [],
        subscales: [],
        createdAt: s.when,
      });
    }
    for (const a of ALERTS)
      await d.insert(alerts).values({
        tenantId,
        source: 'hotline',
        priority: 'normal',
        consentVersion: 'v1',
        consentedAt: a.created,
        createdAt: a.created,
        dueAt: a.created,
        status: a.ackMinutes === null ? 'new' : 'acknowledged',
        acknowledgedAt: a.ackMinutes === null ? null : new Date(a.created.getTime() + a.ackMinutes * 60_000),
      });
    await d.insert(contentDailyCounts).values(READS.map((r) => ({ tenantId, ...r })));
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const get = (agent: Agent, url: string) => agent.request('GET', url);
  const overview = async (agent: Agent, q: string) => {
    const res = await get(agent, `/api/v1/statistics/overview?granularity=month&date=2024-03-10${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as OverviewView;
  };

  it('the federation sees figures that match the records, compared with February', async () => {
    const v = await overview(admin, '');
    const want = expectedOnline(subs, () => true);
    expect(metric(v, 'checkup.person_times')).toEqual({ value: want.times, hidden: null });
    expect(metric(v, 'checkup.people')).toEqual({ value: want.people, hidden: null });
    expect(metric(v, 'checkup.person_times', 'previous')?.value).toBe(14);
    const acked = ALERTS.filter((a) => a.ackMinutes !== null);
    const minutes = acked.map((a) => a.ackMinutes as number).sort((a, b) => a - b);
    const median = (minutes[5] + minutes[6]) / 2;
    expect(metric(v, 'alerts.raised')?.value).toBe(ALERTS.length);
    expect(metric(v, 'alerts.acknowledged')?.value).toBe(acked.length);
    expect(metric(v, 'alerts.ack_median_minutes')?.value).toBe(median);
    const reads = READS.filter((r) => r.kind === 'read' && r.day.startsWith('2024-03')).reduce(
      (a, r) => a + r.count,
      0,
    );
    expect(metric(v, 'content.reads')?.value).toBe(reads);
    const phq9 = v.bands.find((b) => b.instrumentId === 'phq9');
    phq9?.bands.forEach((b, i) => {
      const n = want.bands[i] as number;
      if (b.count.value !== null) expect(b.count.value).toBe(n);
      if (n > 0 && n < 10) expect(b.count.hidden).toBe('small');
    });
    // The trend adds up to the month, the late March check-up on the 31st.
    const times = v.trend.series.find((s) => s.key === 'checkup.person_times');
    expect(times?.values).toHaveLength(31);
    const last = subs.filter((s) => inMarch(s.when) && s.when >= at('2024-03-31T00:00:00+08:00')).length;
    const b31 = times?.values[30] as Figure;
    expect(b31.value === null ? b31.hidden : b31.value).toBe(last < 10 ? 'small' : last);
    expect(v.hasData).toBe(true);
  });

  it('an enterprise officer sees their enterprise only; its 3 mild results cannot be worked out from the total', async () => {
    const v = await overview(officer, '');
    const want = expectedOnline(subs, (s) => s.org === 'logistics');
    expect(metric(v, 'checkup.person_times')?.value).toBe(want.times);
    expect(metric(v, 'content.reads')).toBeUndefined();
    const phq9 = v.bands.find((b) => b.instrumentId === 'phq9');
    expect(phq9?.bands[1]?.count).toEqual({ value: null, hidden: 'small' });
    const shown = (phq9?.bands ?? []).reduce((a, b) => a + (b.count.value ?? 0), 0);
    const left = (phq9?.total.value ?? 0) - shown;
    expect(left).not.toBe(3);
    expect(phq9?.total.value === null || left >= 10).toBe(true);
  });

  it('the organisation breakdown: the column total minus the other rows does not give the 3 away either', async () => {
    const res = await get(
      admin,
      `/api/v1/statistics/breakdown?dimension=organisation&granularity=month&date=2024-03-10&organisationId=${org.transport?.id}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as BreakdownView & {
      bands: {
        instrumentId: string;
        rows: { key: string; cells: Figure[]; total: Figure }[];
        totals: Figure[];
      }[];
    };
    const logistics = v.rows.find((r) => r.key === org.logistics?.id);
    expect(logistics?.cells['checkup.person_times']?.value).toBe(
      expectedOnline(subs, (s) => s.org === 'logistics').times,
    );
    const phq9 = v.bands.find((b) => b.instrumentId === 'phq9');
    const row = phq9?.rows.find((r) => r.key === org.logistics?.id);
    expect(row?.cells[1]).toEqual({ value: null, hidden: 'small' });
    const column = phq9?.totals[1];
    const others = (phq9?.rows ?? [])
      .filter((r) => r.key !== org.logistics?.id)
      .map((r) => r.cells[1] as Figure);
    if (column?.value !== null && column?.value !== undefined) {
      expect(others.some((c) => c.value === null)).toBe(true);
      const left = column.value - others.reduce((a, c) => a + (c.value ?? 0), 0);
      expect(left).not.toBe(3);
      expect(left).toBeGreaterThanOrEqual(10);
    }
    const rowShown = (row?.cells ?? []).reduce((a, c) => a + (c.value ?? 0), 0);
    expect(row?.total.value === null || (row?.total.value ?? 0) - rowShown >= 10).toBe(true);
  });

  it('an enterprise officer asking for another enterprise or for counsellors gets 403', async () => {
    const other = await get(officer, `/api/v1/statistics/overview?organisationId=${org.bus?.id}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden');
    const byCounsellor = await get(officer, '/api/v1/statistics/breakdown?dimension=counsellor');
    expect(byCounsellor.statusCode).toBe(403);
    const byPoint = await get(officer, '/api/v1/statistics/breakdown?dimension=service_point');
    expect(byPoint.statusCode).toBe(403);
    const own = await get(officer, '/api/v1/statistics/breakdown?dimension=organisation');
    expect(own.statusCode).toBe(200);
  });

  it('bad queries are 400 invalid_query', async () => {
    for (const q of [
      'granularity=custom&from=2024-03-01',
      'granularity=weekly',
      'date=2024-02-30',
      'colour=red',
    ]) {
      const res = await get(admin, `/api/v1/statistics/overview?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code, q).toBe('invalid_query');
    }
  });

  it('CSV: UTF-8 with BOM, an attachment, hidden cells written <10', async () => {
    const res = await get(
      officer,
      '/api/v1/statistics/overview.csv?granularity=month&date=2024-03-10&lang=en',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment/);
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    expect(res.body).toContain('mild,<10');
    expect(res.body).toContain('Check-ups taken (person-times)');
  });

  it('a province administrator sees the roll-up of two cities', async () => {
    const d = t.database.db;
    const { tenant: province, rootOrganisationId } = await insertTenant(d, {
      kind: 'province',
      slug: `prov-${randomUUID().slice(0, 8)}`,
      name: '省总工会',
      nameEn: 'Province',
    });
    const { tenant: city2 } = await insertTenant(d, {
      kind: 'city',
      slug: `city-${randomUUID().slice(0, 8)}`,
      name: '二市',
      nameEn: 'City 2',
      parentTenantId: province.id,
    });
    await d.update(tenants).set({ parentTenantId: province.id }).where(eq(tenants.id, tenantId));
    const extra = 17;
    for (let i = 0; i < extra; i++)
      await d.insert(submissions).values({
        tenantId: city2.id,
        checkupId: 'default',
        lang: 'zh-CN',
        answersSealed: 'sealed',
        createdAt: at('2024-03-20T08:00:00+08:00'),
      });
    const [root] = await d.select().from(organisations).where(eq(organisations.id, rootOrganisationId));
    const principal: Principal = {
      kind: 'staff',
      userId: randomUUID(),
      tenantId: province.id,
      stage: 'full',
      assignments: [
        {
          role: 'federation_admin',
          tenantId: province.id,
          organisationId: rootOrganisationId,
          orgPath: root?.path ?? '',
        },
      ],
    };
    const scope = await resolveScope(d, principal, { rollup: 'cities' });
    expect(scope.tenantIds.sort()).toEqual([tenantId, city2.id].sort());
    const period = resolvePeriod({ granularity: 'month', date: '2024-03-10' }, scope.zone, '2026-11-30');
    const v = await computeOverview(d, scope, period, 10);
    expect(metric(v, 'checkup.person_times')?.value).toBe(expectedOnline(subs, () => true).times + extra);
    // One child city on its own, and nothing of another province's.
    const one = await resolveScope(d, principal, { tenantId: city2.id });
    expect(metric(await computeOverview(d, one, period, 10), 'checkup.person_times')?.value).toBe(extra);
    await expect(
      resolveScope(d, { ...principal, tenantId: city2.id, assignments: [] }, { tenantId }),
    ).rejects.toThrow();
  });
});
