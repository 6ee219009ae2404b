// Times the dashboard's queries on the generated province (bench/generate-province.ts) on a PostgreSQL server,
// for the province's roll-up of its cities, its largest city and one district of it: every metric family's
// totals (month, year), trend (a year by months) and breakdown by each dimension, then — where the dashboard's
// use-cases — the overview at every granularity and every breakdown as the routes answer
// them. Prints p50 / p95 / max per query and whether p95 stays under 300 ms (issue 8), then EXPLAIN ANALYZE of
// the slowest statements of any query that misses, for indexes or roll-ups.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/carnation_bench npx tsx bench/statistics.ts [--runs=20] [--scale=1] [--only=dashboard|families|<name part>]
//
// Without DATABASE_URL it uses the carnation_bench database on the local server; a province not generated
// yet is generated first (at --scale; a few minutes at full scale).
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { addDays } from '../src/core/booking/recurrence';
import { type Dimension, dimensions } from '../src/core/statistics/metrics';
import { DEFAULT_TIME_ZONE, localDateOf, zonedInstant } from '../src/core/time';
import type { Db } from '../src/server/db/client';
import * as schema from '../src/server/db/schema';
import { careFamily } from '../src/server/statistics/queries-care';
import { counsellingFamily } from '../src/server/statistics/queries-counselling';
import { groupsFamily } from '../src/server/statistics/queries-groups';
import { libraryFamily } from '../src/server/statistics/queries-library';
import { onlineFamily } from '../src/server/statistics/queries-online';
import { ordersFamily } from '../src/server/statistics/queries-orders';
import type { MetricFamily, StatsFilter, TimeWindow } from '../src/server/statistics/query-types';
import { generateProvince, PROVINCE_SLUG } from './generate-province';
import { type BenchQuery, dashboardQueries } from './statistics-dashboard';

const BUDGET_MS = 300;
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

interface Statement {
  text: string;
  values: unknown[];
  ms: number;
}

/** A pool whose statements are timed, so the slow ones of a query can be explained afterwards. */
function timedPool(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  let log: Statement[] | null = null;
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (
    ...args: unknown[]
  ) => {
    const started = performance.now();
    const result = await query(...args);
    const first = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : first.text;
    const values = (typeof first === 'string' ? args[1] : (first.values ?? args[1])) as unknown[] | undefined;
    log?.push({ text, values: values ?? [], ms: performance.now() - started });
    return result;
  };
  return {
    pool,
    record(into: Statement[] | null) {
      log = into;
    },
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

/** The calendar month and year containing today, and the year's twelve months, in the zone. */
function windows(today: string, zone: string) {
  const at = (day: string) => zonedInstant(day, '00:00:00.000', zone);
  const monthStart = `${today.slice(0, 7)}-01`;
  const nextMonth = (d: string) => {
    const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  };
  const year = `${today.slice(0, 4)}-01-01`;
  const months: TimeWindow[] = [];
  for (let d = year, i = 0; i < 12; i++, d = nextMonth(d)) months.push({ from: at(d), to: at(nextMonth(d)) });
  return {
    month: { from: at(monthStart), to: at(nextMonth(monthStart)) },
    year: { from: at(year), to: at(`${Number(today.slice(0, 4)) + 1}-01-01`) },
    last30: { from: at(addDays(today, -29)), to: at(addDays(today, 1)) },
    months,
  };
}

async function main() {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/carnation_bench';
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must name a PostgreSQL server');
  const runs = Number(arg('runs') ?? '20');
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const found = await probe
    .query(`select 1 from tenants where slug = $1`, [PROVINCE_SLUG])
    .then((r) => r.rowCount ?? 0)
    .catch(() => 0);
  await probe.end();
  if (!found) await generateProvince(url, Number(arg('scale') ?? '1'));

  const timed = timedPool(url);
  const db = drizzle({ client: timed.pool, schema }) as unknown as Db;
  const rows = async (text: string, values: unknown[] = []) =>
    (await timed.pool.query(text, values)).rows as Record<string, string>[];
  const cities = await rows(
    `select t.id, t.slug, o.id as root_id, o.path as root_path from tenants t
     join tenants p on p.id = t.parent_tenant_id and p.slug = $1
     join organisations o on o.tenant_id = t.id and o.parent_id is null order by t.slug`,
    [PROVINCE_SLUG],
  );
  const capital = cities[0];
  if (!capital) throw new Error(`No province ${PROVINCE_SLUG}`);
  const [district] = await rows(
    `select id, path from organisations where tenant_id = $1 and kind = 'district_union' order by name limit 1`,
    [capital.id],
  );
  const childrenOf = async (parentId: string) =>
    Object.fromEntries(
      (await rows(`select id, path from organisations where parent_id = $1`, [parentId])).map((r) => [
        r.id,
        r.path,
      ]),
    );
  const scopes: { name: string; filter: StatsFilter; childPaths: Record<string, string> }[] = [
    {
      name: 'province',
      filter: { tenantIds: cities.map((c) => c.id as string), orgPath: null },
      childPaths: Object.fromEntries(cities.map((c) => [c.root_id as string, c.root_path as string])),
    },
    {
      name: 'city',
      filter: { tenantIds: [capital.id as string], orgPath: null },
      childPaths: await childrenOf(capital.root_id as string),
    },
    {
      name: 'district',
      filter: { tenantIds: [capital.id as string], orgPath: district?.path as string },
      childPaths: await childrenOf(district?.id as string),
    },
  ];
  const today = localDateOf(new Date(), DEFAULT_TIME_ZONE);
  const w = windows(today, DEFAULT_TIME_ZONE);
  const families: [string, MetricFamily][] = [
    ['online', onlineFamily],
    ['library', libraryFamily],
    ['counselling', counsellingFamily],
    ['care', careFamily],
    ['groups', groupsFamily],
    ['orders', ordersFamily],
  ];
  const queries: BenchQuery[] = [];
  for (const s of scopes)
    for (const [name, f] of families) {
      const p = `${s.name} ${name}`;
      queries.push({ name: `${p} totals month`, run: () => f.totals(db, s.filter, w.month) });
      queries.push({ name: `${p} totals year`, run: () => f.totals(db, s.filter, w.year) });
      queries.push({ name: `${p} trend year by month`, run: () => f.trend(db, s.filter, w.months) });
      for (const d of dimensions as readonly Dimension[])
        queries.push({
          name: `${p} breakdown ${d}`,
          run: () => f.breakdown(db, s.filter, w.last30, { dimension: d, childPaths: s.childPaths }),
        });
    }
  const dashboard = await dashboardQueries(
    db,
    {
      province: {
        tenantId: (await rows(`select id from tenants where slug = $1`, [PROVINCE_SLUG]))[0]?.id as string,
      },
      city: {
        tenantId: capital.id as string,
        rootId: capital.root_id as string,
        rootPath: capital.root_path as string,
      },
      districtId: district?.id as string,
      today,
    },
    families.slice(2).map(([, f]) => f),
  );
  queries.push(...dashboard);
  // --only=dashboard (or families, or any part of a name) times just those.
  const only = arg('only');
  const chosen = only
    ? queries.filter((q) =>
        only === 'families'
          ? !dashboard.includes(q)
          : only.split(',').some((part) => q.name.includes(part)) ||
            (only === 'dashboard' && dashboard.includes(q)),
      )
    : queries;

  console.log(`${chosen.length} queries, ${runs} runs each after 2 warm-ups (p95 budget ${BUDGET_MS} ms)\n`);
  console.log(`${'query'.padEnd(52)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  ok`);
  const misses: { name: string; statements: Statement[] }[] = [];
  for (const q of chosen) {
    await q.run();
    await q.run();
    const times: number[] = [];
    const statements: Statement[] = [];
    for (let i = 0; i < runs; i++) {
      timed.record(i === runs - 1 ? statements : null);
      const t = performance.now();
      await q.run();
      times.push(performance.now() - t);
    }
    timed.record(null);
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    const f = (n: number) => `${n.toFixed(1)}`.padStart(8);
    console.log(
      `${q.name.padEnd(52)} ${f(percentile(times, 50))} ${f(p95)} ${f(times[times.length - 1] as number)}  ${p95 < BUDGET_MS ? 'yes' : 'NO'}`,
    );
    if (p95 >= BUDGET_MS) misses.push({ name: q.name, statements });
  }
  console.log(
    misses.length ? `\n${misses.length} queries miss the budget:` : '\nEvery query is within the budget.',
  );
  for (const m of misses) {
    console.log(`\n=== ${m.name}: its slowest statements ===`);
    for (const s of [...m.statements].sort((a, b) => b.ms - a.ms).slice(0, 2)) {
      console.log(`-- ${s.ms.toFixed(1)} ms\n${s.text}\n-- values: ${JSON.stringify(s.values)}`);
      const plan = await timed.pool.query(`explain (analyze, buffers) ${s.text}`, s.values);
      for (const row of plan.rows as Record<string, string>[]) console.log(row['QUERY PLAN']);
    }
  }
  await timed.pool.end();
  if (misses.length) process.exitCode = 1;
}

await main();
