// The dashboard's use-cases as the routes call them (src/server/statistics/dashboard.ts, issue 8 contract),
// for bench/statistics.ts: the overview at every granularity and every breakdown, for the province's roll-up,
// its largest city and one district. Loaded by name so the benchmark also runs on a branch without them.
import { sql } from 'drizzle-orm';
import type { Principal } from '../src/core/access/policy';
import { type Dimension, dimensions } from '../src/core/statistics/metrics';
import { type Db, rowsOf } from '../src/server/db/client';

export interface BenchQuery {
  name: string;
  run: () => Promise<unknown>;
}

type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'custom';

/** The contract's signatures (docs of issue 8): what this benchmark calls. */
interface Dashboard {
  resolveScope(
    db: Db,
    principal: Principal,
    q: { organisationId?: string; tenantId?: string; rollup?: 'cities' },
  ): Promise<{ zone: string }>;
  resolvePeriod(
    q: { granularity: Granularity; date?: string; from?: string; to?: string },
    zone: string,
    today: string,
  ): unknown;
  computeOverview(db: Db, scope: unknown, period: unknown, minGroupSize: number): Promise<unknown>;
  computeBreakdown(
    db: Db,
    scope: unknown,
    period: unknown,
    dimension: Dimension,
    minGroupSize: number,
  ): Promise<unknown>;
}

const MIN_GROUP_SIZE = 10;
const modulePath = '../src/server/statistics/dashboard.ts';

export async function dashboardQueries(
  db: Db,
  at: {
    province: { tenantId: string };
    city: { tenantId: string; rootId: string; rootPath: string };
    districtId: string;
    today: string;
  },
): Promise<BenchQuery[] | null> {
  const m = (await import(/* @vite-ignore */ modulePath).catch(() => null)) as Dashboard | null;
  if (!m?.computeOverview) return null;
  const [provinceRoot] = await rowsOf<{ id: string; path: string }>(
    db,
    sql`select id, path from organisations where tenant_id = ${at.province.tenantId} and parent_id is null`,
  );
  const admin = (tenantId: string, org: { id: string; path: string }): Principal => ({
    kind: 'staff',
    userId: '00000000-0000-0000-0000-000000000000',
    tenantId,
    stage: 'full',
    assignments: [{ role: 'federation_admin', tenantId, organisationId: org.id, orgPath: org.path }],
  });
  const cityAdmin = admin(at.city.tenantId, { id: at.city.rootId, path: at.city.rootPath });
  const scopes = [
    {
      name: 'province',
      scope: provinceRoot
        ? await m.resolveScope(db, admin(at.province.tenantId, provinceRoot), { rollup: 'cities' })
        : null,
    },
    { name: 'city', scope: await m.resolveScope(db, cityAdmin, {}) },
    { name: 'district', scope: await m.resolveScope(db, cityAdmin, { organisationId: at.districtId }) },
  ];
  const queries: BenchQuery[] = [];
  const from = new Date(Date.now() - 179 * 86_400_000).toISOString().slice(0, 10);
  for (const { name, scope } of scopes) {
    if (!scope) continue;
    for (const g of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      const period = m.resolvePeriod({ granularity: g, date: at.today }, scope.zone, at.today);
      queries.push({
        name: `${name} overview ${g}`,
        run: () => m.computeOverview(db, scope, period, MIN_GROUP_SIZE),
      });
    }
    const custom = m.resolvePeriod({ granularity: 'custom', from, to: at.today }, scope.zone, at.today);
    queries.push({
      name: `${name} overview custom 180 d`,
      run: () => m.computeOverview(db, scope, custom, MIN_GROUP_SIZE),
    });
    const month = m.resolvePeriod({ granularity: 'month', date: at.today }, scope.zone, at.today);
    for (const d of dimensions as readonly Dimension[])
      queries.push({
        name: `${name} dashboard breakdown ${d}`,
        run: () => m.computeBreakdown(db, scope, month, d, MIN_GROUP_SIZE),
      });
  }
  return queries;
}
