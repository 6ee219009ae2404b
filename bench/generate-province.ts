// A year of activity for a province-sized tenant on a PostgreSQL server, for the statistics benchmark
// (`npm run bench`, bench/statistics.ts): a province with 16 cities, their districts and industry unions,
// 20,000 enterprises with coordinates and members, 200 service points, ≥ 1,000,000 check-ups with results,
// 100,000 appointments, 5,000 events with registrations, and requests, cases, tasks and orders in proportion.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/carnation_bench npx tsx bench/generate-province.ts [--scale=0.01]
//
// Idempotent: it drops its own tenants (slug bench-province*) and writes them again. Dropping runs with
// session_replication_role = replica (superuser), since the audit heads refuse deletion by design.
import pg from 'pg';
import { openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { BENCH_SEALED, resultsSql, sql } from './generate-province-sql';

export const PROVINCE_SLUG = 'bench-province';
const CITIES = 16;
const DISTRICTS = 6;

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

export interface Totals {
  enterprises: number;
  points: number;
  counsellors: number;
  submissions: number;
  appointments: number;
  events: number;
  orders: number;
}

export const totalsAt = (scale: number): Totals => ({
  enterprises: Math.max(CITIES * 5, Math.round(20_000 * scale)),
  points: Math.max(CITIES, Math.round(200 * scale)),
  counsellors: Math.max(CITIES * 2, Math.round(480 * scale)),
  submissions: Math.round(1_000_000 * scale),
  appointments: Math.round(100_000 * scale),
  events: Math.round(5_000 * scale),
  orders: Math.round(3_000 * scale),
});

/** Shares of the cities: the capital is the largest (about a fifth), then a long tail. */
const weights = Array.from({ length: CITIES }, (_, i) => 1 / (i + 1) ** 0.6);
const weightSum = weights.reduce((s, w) => s + w, 0);
/** A total split over the cities, every city at least `floor`. */
const split = (total: number, floor = 0) => {
  const shares = weights.map((w) => Math.max(floor, Math.round((total * w) / weightSum)));
  // Rounding's remainder goes to the capital, so the province holds exactly the totals asked for.
  shares[0] = Math.max(floor, (shares[0] as number) + total - shares.reduce((a, b) => a + b, 0));
  return shares;
};

async function dropOwn(client: pg.Client) {
  const { rows } = await client.query<{ id: string }>(`select id from tenants where slug like $1`, [
    `${PROVINCE_SLUG}%`,
  ]);
  if (!rows.length) return;
  const ids = rows.map((r) => r.id);
  const { rows: tables } = await client.query<{ table_name: string }>(
    `select table_name from information_schema.columns
     where table_schema = 'public' and column_name = 'tenant_id' and table_name <> 'tenants'`,
  );
  await client.query('begin');
  await client.query(`set local session_replication_role = replica`);
  for (const t of tables)
    await client.query(`delete from "${t.table_name}" where tenant_id = any($1)`, [ids]);
  await client.query(`delete from tenants where id = any($1)`, [ids]);
  await client.query('commit');
}

const q = async (client: pg.Client, text: string, values: unknown[] = []) =>
  (await client.query(text, values)).rowCount ?? 0;

async function tenant(
  client: pg.Client,
  kind: string,
  slug: string,
  name: string,
  nameEn: string,
  parent: string | null,
) {
  const { rows } = await client.query<{ id: string }>(
    `insert into tenants (kind, slug, name, name_en, parent_tenant_id) values ($1, $2, $3, $4, $5) returning id`,
    [kind, slug, name, nameEn, parent],
  );
  const id = rows[0]?.id as string;
  const { rows: root } = await client.query<{ id: string }>(
    `insert into organisations (id, tenant_id, path, kind, name, name_en)
     select g, $1, '/' || g || '/', 'federation', $2, $3 from gen_random_uuid() g returning id`,
    [id, name, nameEn],
  );
  await client.query(`insert into audit_heads (tenant_id, seq, hash) values ($1, 0, repeat('0', 64))`, [id]);
  return { id, rootId: root[0]?.id as string };
}

/** Districts, industry unions and a partner institution under the city root, then its enterprises. */
async function cityTree(
  client: pg.Client,
  t: { id: string; rootId: string },
  n: number,
  enterprises: number,
) {
  await client.query(
    `insert into organisations (id, tenant_id, parent_id, path, kind, name, name_en, latitude, longitude)
     select g.id, $1, $2::uuid, '/' || $2::text || '/' || g.id || '/', g.kind, g.name, g.name_en, g.lat, g.lng
     from (select gen_random_uuid() as id, 'district_union' as kind, '第' || d || '区总工会' as name, 'District ' || d as name_en,
             31 + $3::int * 0.12 + d * 0.02 as lat, 117 + d * 0.03 as lng from generate_series(1, ${DISTRICTS}) d
           union all select gen_random_uuid(), 'industry_union', i || '产业工会', i || ' industry union', null::float8, null::float8
             from unnest(array['能源','交通','制造','服务']) i
           union all select gen_random_uuid(), 'partner_institution', '心理健康服务中心', 'Mental health centre', null, null) g`,
    [t.id, t.rootId, n],
  );
  // Enterprises under a district (most) or an industry union, with members (a few large, many small).
  await client.query(
    `with parents as (select id, path, row_number() over (order by kind, name) as k from organisations
                      where tenant_id = $1 and kind in ('district_union', 'industry_union')),
     made as (
      insert into organisations (id, tenant_id, parent_id, path, kind, name, name_en, industry, member_count, latitude, longitude)
      select x.id, $1, p.id, p.path || x.id || '/', case when x.g % 5 = 0 then 'grassroots_union' else 'enterprise_union' end,
        '基准企业' || $2::int || '-' || x.g || '工会', 'Benchmark enterprise ' || $2::int || '-' || x.g,
        (array['mining','chemicals','logistics','transport','manufacturing','food','healthcare','it_services','delivery','ride_hailing'])[1 + x.g % 10],
        (20 + floor(exp(random() * 7)))::int, 31 + $2::int * 0.12 + random() * 0.3, 117 + random() * 0.4
      from (select g, gen_random_uuid() as id from generate_series(1, $3::int) g) x
      join parents p on p.k = 1 + (x.g % (select count(*) from parents))
      returning id, name)
     insert into bench_org (tenant_id, idx, id) select $1, row_number() over (order by name), id from made`,
    [t.id, n, enterprises],
  );
}

async function people(
  client: pg.Client,
  t: { id: string; rootId: string },
  n: number,
  points: number,
  counsellors: number,
) {
  await client.query(
    `with made as (
       insert into service_points (id, tenant_id, organisation_id, kind, name, name_en, address, address_en, latitude, longitude)
       select gen_random_uuid(), $1, o.id, case when g = 1 then 'city_station' when g % 4 = 0 then 'enterprise_station' else 'district_station' end,
         '基准驿站 ' || $2::int || '-' || g, 'Benchmark station ' || $2::int || '-' || g, '基准地址 ' || g, 'Address ' || g,
         31 + $2::int * 0.12 + random() * 0.3, 117 + random() * 0.4
       from generate_series(1, $3::int) g
       join lateral (select id from organisations where tenant_id = $1 and kind = 'district_union' order by name offset (g % ${DISTRICTS}) limit 1) o on true
       returning id, organisation_id, name)
     insert into bench_point (tenant_id, idx, id, organisation_id) select $1, row_number() over (order by name), id, organisation_id from made`,
    [t.id, n, points],
  );
  await client.query(
    `with made as (
       insert into users (id, tenant_id, organisation_id, login, display_name, password_hash)
       select gen_random_uuid(), $1, $2, 'bench-' || $3::int || '-counsellor-' || g, '基准咨询师 ' || g, '!benchmark-no-sign-in'
       from generate_series(1, $4::int) g returning id, login)
     insert into bench_counsellor (tenant_id, idx, id, point_id)
     select $1, m.k, m.id, p.id from (select id, row_number() over (order by login) as k from made) m
     join bench_point p on p.tenant_id = $1 and p.idx = 1 + (m.k % $5::int)`,
    [t.id, t.rootId, n, counsellors, points],
  );
  await client.query(
    `insert into role_assignments (tenant_id, user_id, role, organisation_id) select $1, id, 'counsellor', $2 from bench_counsellor where tenant_id = $1`,
    [t.id, t.rootId],
  );
  await client.query(
    `insert into counsellor_profiles (user_id, tenant_id, public_name, public_name_en, qualification, qualification_en, specialties, languages)
     select id, $1, '老师' || idx, 'Counsellor ' || idx, '国家二级心理咨询师', 'Level-2 counsellor', '{}', '{}' from bench_counsellor where tenant_id = $1`,
    [t.id],
  );
}

/** Writes the province (again) on the PostgreSQL server at `url`, printing row counts and times. */
export async function generateProvince(url: string, scale: number): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error(
      'Set DATABASE_URL to a PostgreSQL server (postgres://…): the province is not generated on PGlite',
    );
  if (!(scale > 0 && scale <= 5)) throw new Error('--scale must be in (0, 5]');
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: url });
  await migrate(database);
  await database.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label: string, f: () => Promise<number>) => {
    const t = Date.now();
    const n = await f();
    console.log(
      `${label.padEnd(28)} ${String(n).padStart(10)} rows  ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    return n;
  };
  try {
    await step('drop earlier province', async () => {
      await dropOwn(client);
      return 0;
    });
    for (const t of [
      'bench_org',
      'bench_point',
      'bench_counsellor',
      'bench_ident',
      'bench_campaign',
      'bench_booker',
    ])
      await client.query(
        `create temp table ${t} (tenant_id uuid, idx int, id uuid, point_id uuid, organisation_id uuid, primary key (tenant_id, idx))`,
      );
    const totals = totalsAt(scale);
    const province = await tenant(
      client,
      'province',
      PROVINCE_SLUG,
      '基准省总工会',
      'Benchmark Province Federation',
      null,
    );
    const shares = {
      enterprises: split(totals.enterprises, 5),
      points: split(totals.points, 1),
      counsellors: split(totals.counsellors, 2),
      submissions: split(totals.submissions),
      appointments: split(totals.appointments),
      events: split(totals.events),
      orders: split(totals.orders),
    };
    const sum: Record<string, number> = {};
    const add = (k: string, n: number) => {
      sum[k] = (sum[k] ?? 0) + n;
    };
    for (let c = 0; c < CITIES; c++) {
      const n = c + 1;
      const city = await tenant(
        client,
        'city',
        `${PROVINCE_SLUG}-c${String(n).padStart(2, '0')}`,
        `基准市${n}总工会`,
        `Benchmark City ${n}`,
        province.id,
      );
      const at = <K extends keyof typeof shares>(k: K) => shares[k][c] as number;
      const log = async (k: string, f: () => Promise<number>) => add(k, await step(`city ${n}: ${k}`, f));
      await cityTree(client, city, n, at('enterprises'));
      await people(client, city, n, at('points'), at('counsellors'));
      add('enterprises', at('enterprises'));
      add('service_points', at('points'));
      add('counsellors', at('counsellors'));
      await log('campaigns', () => q(client, sql.campaigns, [city.id]));
      const campaigns = Number(
        (await client.query(`select count(*) from bench_campaign where tenant_id = $1`, [city.id])).rows[0]
          ?.count,
      );
      const subs = at('submissions');
      const identities = Math.round(subs * 0.87);
      await q(client, sql.identityPool, [city.id, identities]);
      await log('retrieval identities', () => q(client, sql.identities, [city.id]));
      await log('submissions', () => q(client, sql.submissions, [city.id, subs, identities, campaigns]));
      await log('submission results', () => q(client, resultsSql(), [city.id]));
      await log('alerts', () => q(client, sql.alerts, [city.id, at('counsellors')]));
      const appts = at('appointments');
      await log('slots', () => q(client, sql.slots, [city.id, appts, at('counsellors')]));
      const bookerCount = Math.max(1, Math.round(appts * 0.6));
      await q(client, sql.bookerPool, [city.id, bookerCount]);
      await log('bookers', () => q(client, sql.bookers, [city.id]));
      await log('bookings', () => q(client, sql.bookings, [city.id, bookerCount]));
      await log('cases', () => q(client, sql.cases, [city.id]));
      await q(client, sql.closeAlerts, [city.id]);
      await q(client, sql.handledAlerts, [city.id]);
      await log('cases', () => q(client, sql.bookingCases, [city.id]));
      await log('case notes', () => q(client, sql.notes, [city.id]));
      await log('follow-up tasks', () => q(client, sql.tasks, [city.id]));
      const [centre] = (
        await client.query<{ id: string }>(
          `select id from organisations where tenant_id = $1 and kind = 'partner_institution'`,
          [city.id],
        )
      ).rows;
      await log('referrals', () => q(client, sql.referrals, [city.id, centre?.id]));
      await log('events', () =>
        q(client, sql.events, [city.id, at('events'), at('enterprises'), at('points')]),
      );
      await log('event registrations', () => q(client, sql.registrations, [city.id]));
      await log('event feedback', () => q(client, sql.feedback, [city.id]));
      await q(client, sql.menu, [city.id]);
      await log('orders', () => q(client, sql.orders, [city.id, at('orders'), at('enterprises')]));
      await log('library daily counts', () => q(client, sql.libraryCounts, [city.id]));
    }
    await step('analyze', async () => {
      await client.query('analyze');
      return 0;
    });
    console.log(
      `\nProvince ${PROVINCE_SLUG} at scale ${scale} (sealed columns hold ${BENCH_SEALED.slice(0, 14)}…, benchmark only):`,
    );
    for (const [k, v] of Object.entries(sum)) console.log(`  ${k.padEnd(26)} ${String(v).padStart(10)}`);
    console.log(`  took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  await generateProvince(process.env.DATABASE_URL ?? '', Number(arg('scale') ?? '1'));
