import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { catalogue } from '../../core/instruments/catalogue';
import { defaultCheckup } from '../../core/instruments/checkups';
import { evaluateSubmission } from '../../core/instruments/evaluate';
import type { Database } from '../db/client';
import { aad } from '../ops/sealed-columns';
import { ensurePlatformTenant } from '../tenancy/repository';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { ensureDemoActivity } from './activity';
import { seedDemo } from './seed';

const now = new Date('2026-11-20T04:00:00.000Z');

const rowsOf = async (database: Database, text: string) => (await database.executeSql(text, [])).rows;
const num = (v: unknown) => Number(v);

/** What the dashboard would count, as plain facts of the records (independent of the statistics code). */
async function fingerprint(database: Database) {
  return {
    submissions: await rowsOf(
      database,
      `select count(*)::int as n, count(campaign_id)::int as through_campaigns,
         count(distinct identity_id)::int as people,
         min(created_at) as first, max(created_at) as last
       from submissions`,
    ),
    bands: await rowsOf(
      database,
      `select instrument_id, band_code, count(*)::int as n from submission_results group by 1, 2 order by 1, 2`,
    ),
    bookings: await rowsOf(database, `select status, count(*)::int as n from bookings group by 1 order by 1`),
    alerts: await rowsOf(
      database,
      `select priority, escalation_level, count(*)::int as n from alerts group by 1, 2 order by 1, 2`,
    ),
    cases: await rowsOf(
      database,
      `select status, origin, count(*)::int as n from cases group by 1, 2 order by 1, 2`,
    ),
    tasks: await rowsOf(
      database,
      `select status, count(*)::int as n from follow_up_tasks group by 1 order by 1`,
    ),
    library: await rowsOf(
      database,
      `select kind, sum(count)::int as n from content_daily_counts group by 1 order by 1`,
    ),
  };
}

describe.each(testDrivers)('the demo’s year of activity ($name)', (driver) => {
  const cipher = new FieldCipher([{ id: 'k', key: randomBytes(32) }], 'k');
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    [a, b] = await Promise.all([driver.open(), driver.open()]);
    for (const d of [a, b]) {
      await ensurePlatformTenant(d.database.db);
      await seedDemo(d.database.db, cipher, now);
    }
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop()]);
  });

  it('holds a year of check-ups, most anonymous, some through enterprises’ campaigns, with a plausible mix of bands', async () => {
    const [s] = (await fingerprint(a.database)).submissions;
    expect(num(s?.n)).toBeGreaterThanOrEqual(3000);
    expect(num(s?.n)).toBeLessThanOrEqual(6000);
    expect(num(s?.through_campaigns) / num(s?.n)).toBeGreaterThan(0.15);
    expect(num(s?.through_campaigns) / num(s?.n)).toBeLessThan(0.5);
    // Some came back with their retrieval code.
    expect(num(s?.people)).toBeLessThan(num(s?.n) * 0.95);
    expect(new Date(String(s?.first)).getTime()).toBeGreaterThan(now.getTime() - 367 * 86_400_000);
    expect(new Date(String(s?.last)).getTime()).toBeLessThan(now.getTime());

    const phq4 = await rowsOf(
      a.database,
      `select band_code, count(*)::int as n from submission_results where instrument_id = 'phq4' group by 1`,
    );
    const share = (code: string) => num(phq4.find((r) => r.band_code === code)?.n) / num(s?.n);
    expect(share('normal')).toBeGreaterThan(0.35);
    expect(share('mild')).toBeGreaterThan(0.15);
    expect(share('moderate')).toBeGreaterThan(0.05);
    expect(share('severe')).toBeGreaterThan(0.01);
    expect(share('severe')).toBeLessThan(share('moderate'));
    const [crisis] = await rowsOf(
      a.database,
      `select count(*) filter (where crisis_level = 'urgent')::int as urgent, count(crisis_level)::int as any from submissions`,
    );
    expect(num(crisis?.urgent)).toBeGreaterThan(0);
    expect(num(crisis?.any) / num(s?.n)).toBeLessThan(0.12);
  });

  it('seals answers as the real path does, and the stored results are the scoring engine’s', async () => {
    const sample = await rowsOf(
      a.database,
      `select s.id, s.answers_sealed, json_agg(json_build_object('i', r.instrument_id, 'score', r.score, 'band', r.band_code)) as results
       from submissions s join submission_results r on r.submission_id = s.id
       group by s.id order by s.created_at limit 40`,
    );
    expect(sample).toHaveLength(40);
    for (const row of sample) {
      const answers = JSON.parse(
        cipher.decrypt(String(row.answers_sealed), aad.submissionAnswers(String(row.id))),
      );
      const scored = evaluateSubmission(defaultCheckup, catalogue, answers);
      expect(scored.ok).toBe(true);
      if (!scored.ok) continue;
      const stored = (row.results as { i: string; score: number; band: string }[])
        .map((r) => `${r.i}:${r.score}:${r.band}`)
        .sort();
      expect(scored.results.map((r) => `${r.instrument}:${r.score}:${r.band.code}`).sort()).toEqual(stored);
    }
  });

  it('keeps one or two enterprises small enough that some band cells are under ten', async () => {
    const cells = await rowsOf(
      a.database,
      `select o.name, r.band_code, count(*)::int as n
       from submission_results r join submissions s on s.id = r.submission_id
       join campaigns c on c.id = s.campaign_id join organisations o on o.id = c.organisation_id
       where r.instrument_id = 'phq4' group by 1, 2`,
    );
    const small = new Set(cells.filter((c) => num(c.n) > 0 && num(c.n) < 10).map((c) => c.name));
    expect(small.size).toBeGreaterThanOrEqual(1);
    const large = cells.filter((c) => num(c.n) >= 10);
    expect(new Set(large.map((c) => c.name)).size).toBeGreaterThanOrEqual(5);
  });

  it('has requests taken at realistic speeds, appointments kept and missed, cases with notes and tasks', async () => {
    const [ack] = await rowsOf(
      a.database,
      `select count(*)::int as n,
         percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - created_at)) filter (where priority = 'crisis') as crisis_median,
         count(*) filter (where acknowledged_at > due_at)::int as late,
         count(*) filter (where status = 'new')::int as waiting
       from alerts`,
    );
    expect(num(ack?.n)).toBeGreaterThan(40);
    expect(num(ack?.crisis_median)).toBeLessThan(15 * 60);
    expect(num(ack?.late)).toBeGreaterThan(0);
    // Nothing of the history waits in the queue to escalate at start.
    expect(num(ack?.waiting)).toBe(0);

    const bookings = Object.fromEntries(
      (await fingerprint(a.database)).bookings.map((r) => [r.status, num(r.n)]),
    );
    expect(bookings.attended).toBeGreaterThan(200);
    expect(bookings.no_show).toBeGreaterThan(10);
    expect(bookings.cancelled).toBeGreaterThan(10);
    const [slots] = await rowsOf(
      a.database,
      `select count(*)::int as n, max(ends_at) as last from slots s where exists (select 1 from bookings b where b.slot_id = s.id)`,
    );
    expect(new Date(String(slots?.last)).getTime()).toBeLessThan(now.getTime());

    const [cases] = await rowsOf(
      a.database,
      `select count(*)::int as n, count(*) filter (where status = 'closed')::int as closed,
         count(*) filter (where origin = 'alert')::int as from_alerts,
         (select count(*)::int from case_notes) as notes,
         (select count(*)::int from referrals) as referrals,
         (select count(*)::int from alerts where closed_reason = 'case_opened' and case_id is null) as unlinked
       from cases`,
    );
    expect(num(cases?.n)).toBeGreaterThan(40);
    expect(num(cases?.closed)).toBeGreaterThan(num(cases?.n) / 2);
    expect(num(cases?.from_alerts)).toBeGreaterThan(0);
    expect(num(cases?.notes)).toBeGreaterThan(num(cases?.n));
    expect(num(cases?.referrals)).toBeGreaterThan(0);
    expect(num(cases?.unlinked)).toBe(0);
    const [tasks] = await rowsOf(
      a.database,
      `select count(*) filter (where status = 'done' and completed_at <= due_at)::int as on_time,
         count(*) filter (where status = 'done' and completed_at > due_at)::int as late,
         count(*) filter (where status <> 'done')::int as not_done
       from follow_up_tasks`,
    );
    expect(num(tasks?.on_time)).toBeGreaterThan(num(tasks?.late));
    expect(num(tasks?.late)).toBeGreaterThan(0);
    expect(num(tasks?.not_done)).toBeGreaterThan(0);
    const [library] = await rowsOf(
      a.database,
      `select count(distinct day)::int as days from content_daily_counts`,
    );
    expect(num(library?.days)).toBeGreaterThan(300);
  });

  it('is the same year for the same day, and loads once', async () => {
    expect(await fingerprint(b.database)).toEqual(await fingerprint(a.database));
    const [tenant] = await rowsOf(a.database, `select id from tenants where slug = 'demo-city'`);
    expect(await ensureDemoActivity(a.database.db, cipher, String(tenant?.id), now)).toBeNull();
  });
});
