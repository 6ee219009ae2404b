import { createHash } from 'node:crypto';
import { addDays } from '../../core/booking/recurrence';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { base32Encode } from '../../core/identity/totp';
import { hashRetrievalCode } from '../../core/instruments/retrieval-code';
import { campaigns } from '../campaigns/tables';
import { retrievalIdentities, submissionResults, submissions } from '../checkup/tables';
import type { Db } from '../db/client';
import { aad } from '../ops/sealed-columns';
import { demoCheckup, drawSeverity } from './activity-answers';
import { type DemoRandom, insertMany, localInstant, plusMinutes, yearDays } from './activity-random';

export interface DemoOrgRow {
  id: string;
  name: string;
  memberCount: number | null;
}

/** A check-up of the demo year, as the care loop and the appointments pick up from it. */
export interface DemoSubmission {
  id: string;
  identityId: string;
  createdAt: Date;
  crisisLevel: string | null;
  /** The highest band level of its results (0 well … 4 urgent). */
  level: number;
  organisationId: string | null;
}

/**
 * The enterprises' campaigns of the year (an enterprise's QR code for a few weeks), by organisation name:
 * how many took the check-up through it and when it started (days before today). 烈山水泥 and 科创园 stay
 * small, so that their band cells are suppressed in the dashboard.
 */
const demoCampaigns: { org: string; label: string; count: number; startsDaysAgo: number }[] = [
  { org: '北湖煤矿工会', label: '井下职工心理体检月', count: 320, startsDaysAgo: 300 },
  { org: '北湖煤矿工会', label: '安全生产月心理体检', count: 150, startsDaysAgo: 120 },
  { org: '市公共交通集团工会', label: '驾驶员心理体检', count: 230, startsDaysAgo: 250 },
  { org: '市第一人民医院工会', label: '医护人员减压体检', count: 260, startsDaysAgo: 200 },
  { org: '淮海纺织厂工会', label: '女职工心理体检', count: 160, startsDaysAgo: 160 },
  { org: '顺达物流有限公司工会', label: '货车司机心理体检', count: 150, startsDaysAgo: 90 },
  { org: '临涣焦化有限公司工会', label: '倒班职工心理体检', count: 90, startsDaysAgo: 60 },
  { org: '杜集机械制造有限公司工会', label: '职工心理体检', count: 80, startsDaysAgo: 40 },
  { org: '烈山水泥有限公司工会', label: '职工心理体检', count: 24, startsDaysAgo: 75 },
  { org: '科创园企业联合工会', label: '程序员减压体检', count: 17, startsDaysAgo: 30 },
];

/** Check-ups without a campaign on an ordinary day, before the year's slow growth and the weekly rhythm. */
const ANONYMOUS_PER_DAY = 7.5;
const CAMPAIGN_DAYS = 21;

/** When people take a check-up: breaks, the evening, a few at night. */
const hourWeights = [
  [0, 1],
  [1, 1],
  [5, 1],
  [6, 2],
  [7, 4],
  [8, 3],
  [9, 2],
  [10, 3],
  [11, 3],
  [12, 6],
  [13, 4],
  [14, 2],
  [15, 2],
  [16, 3],
  [17, 4],
  [18, 5],
  [19, 7],
  [20, 9],
  [21, 10],
  [22, 8],
  [23, 4],
] as const;

/** A code nobody holds: the demo's people exist only as statistics. */
const demoCodeHash = (tenantId: string, n: number) => {
  const bytes = createHash('sha256').update(`carnation-demo-code:${tenantId}:${n}`).digest().subarray(0, 10);
  return hashRetrievalCode((base32Encode(bytes).match(/.{4}/g) as string[]).join('-'));
};

interface Person {
  id: string;
  severity: number;
  last: number;
}

/** Someone among the recent check-ups whose last one was at least two weeks ago. */
function comingBack(people: Person[], day: number, rnd: DemoRandom): Person | undefined {
  for (let k = people.length - 1; k >= Math.max(0, people.length - 400); k--) {
    const x = people[k] as Person;
    if (day - x.last >= 14 && rnd.chance(0.08)) return x;
  }
  return undefined;
}

export async function loadDemoCheckups(
  db: Db,
  cipher: FieldCipher,
  rnd: DemoRandom,
  ids: () => string,
  input: { tenantId: string; today: string; zone: string; orgs: DemoOrgRow[]; adminId: string | null },
): Promise<DemoSubmission[]> {
  const { tenantId, today, zone } = input;
  const days = yearDays(today);
  const campaignRows: (typeof campaigns.$inferInsert)[] = [];
  const plan: { day: number; campaignId: string | null; organisationId: string | null }[] = [];
  for (const c of demoCampaigns) {
    const org = input.orgs.find((o) => o.name === c.org);
    if (!org) continue;
    const id = ids();
    const start = addDays(today, -c.startsDaysAgo);
    campaignRows.push({
      id,
      tenantId,
      organisationId: org.id,
      code: `demo-${createHash('sha256').update(`${tenantId}:${c.org}:${c.label}`).digest('hex').slice(0, 10)}`,
      name: `${c.org.replace(/工会$/, '')}·${c.label}（演示）`,
      checkupId: 'default',
      active: false,
      startsAt: localInstant(start, 8 * 60, zone),
      endsAt: localInstant(addDays(start, CAMPAIGN_DAYS), 0, zone),
      createdBy: input.adminId,
      createdAt: localInstant(addDays(start, -5), 10 * 60, zone),
    });
    // Most come in the first days after the QR code goes up, then it tails off.
    for (let i = 0; i < c.count; i++) {
      const offset = Math.min(CAMPAIGN_DAYS - 1, Math.floor(-Math.log(1 - rnd.next() * 0.95) * 5));
      plan.push({ day: 365 - c.startsDaysAgo + offset, campaignId: id, organisationId: org.id });
    }
  }
  days.forEach((day, i) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const rhythm = weekday === 0 || weekday === 6 ? 0.75 : weekday === 1 ? 1.2 : 1;
    // The service becomes known over the year: about twice as many at the end as at the start.
    const mean = ANONYMOUS_PER_DAY * (0.65 + (0.7 * i) / 365) * rhythm;
    for (let n = rnd.poisson(mean); n > 0; n--) plan.push({ day: i, campaignId: null, organisationId: null });
  });
  plan.sort((a, b) => a.day - b.day);

  const people: Person[] = [];
  const identityRows: (typeof retrievalIdentities.$inferInsert)[] = [];
  const submissionRows: (typeof submissions.$inferInsert)[] = [];
  const resultRows: (typeof submissionResults.$inferInsert)[] = [];
  const out: DemoSubmission[] = [];
  for (const p of plan) {
    const dayText = days[p.day] as string;
    const minutes = rnd.weighted(hourWeights) * 60 + rnd.int(0, 59);
    const createdAt = plusMinutes(localInstant(dayText, 0, zone), minutes + rnd.next());
    // About one in eight comes back with their retrieval code, a few weeks after their last check-up.
    const returning = rnd.chance(0.13) ? comingBack(people, p.day, rnd) : undefined;
    const person: Person = returning ?? { id: ids(), severity: drawSeverity(rnd), last: p.day };
    if (returning) {
      // Most of those who come back are a little better; some worse.
      person.severity = Math.min(0.999, Math.max(0, person.severity + (rnd.next() - 0.6) * 0.25));
      person.last = p.day;
    } else {
      people.push(person);
      identityRows.push({
        id: person.id,
        tenantId,
        codeHash: demoCodeHash(tenantId, people.length),
        createdAt,
      });
    }
    const scored = demoCheckup(rnd, person.severity);
    const id = ids();
    submissionRows.push({
      id,
      tenantId,
      identityId: person.id,
      campaignId: p.campaignId,
      checkupId: 'default',
      lang: rnd.chance(0.04) ? 'en' : 'zh-CN',
      answersSealed: cipher.encrypt(JSON.stringify(scored.answers), aad.submissionAnswers(id)),
      crisisLevel: scored.crisis.level,
      createdAt,
    });
    for (const r of scored.results)
      resultRows.push({
        submissionId: id,
        tenantId,
        instrumentId: r.instrument,
        version: r.version,
        score: r.score,
        transformed: r.transformed?.value ?? null,
        bandCode: r.band.code,
        bandLevel: r.band.level,
        flags: r.flags.map((f) => f.code),
        subscales: r.subscales,
        createdAt,
      });
    out.push({
      id,
      identityId: person.id,
      createdAt,
      crisisLevel: scored.crisis.level,
      level: Math.max(...scored.results.map((r) => r.band.level)),
      organisationId: p.organisationId,
    });
  }
  if (campaignRows.length) await db.insert(campaigns).values(campaignRows);
  await insertMany(db, retrievalIdentities, identityRows);
  await insertMany(db, submissions, submissionRows);
  await insertMany(db, submissionResults, resultRows);
  return out;
}
