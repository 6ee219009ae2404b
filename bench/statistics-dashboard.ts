// The dashboard's use-cases as the routes call them (src/server/statistics/dashboard.ts, issue 8 contract),
// for bench/statistics.ts: the overview at every granularity and every breakdown, for the province's roll-up,
// its largest city and one district.
import { sql } from 'drizzle-orm';
import type { Principal } from '../src/core/access/policy';
import { type Dimension, dimensions } from '../src/core/statistics/metrics';
import { type Db, rowsOf } from '../src/server/db/client';
import * as m from '../src/server/statistics/dashboard';
import { families } from '../src/server/statistics/families';
import type { MetricFamily } from '../src/server/statistics/query-types';

export interface BenchQuery {
  name: string;
  run: () => Promise<unknown>;
}

const MIN_GROUP_SIZE = 10;

export async function dashboardQueries(
  db: Db,
  at: {
    province: { tenantId: string };
    city: { tenantId: string; rootId: string; rootPath: string };
    districtId: string;
    today: string;
  },
  services: readonly MetricFamily[],
): Promise<BenchQuery[]> {
  // The services' families join the dashboard's list when the branches meet (families.ts says so); until
  // then the benchmark adds them itself, so it measures the dashboard the console will ask.
  const list = families as MetricFamily[];
  for (const f of services) if (!list.includes(f)) list.push(f);
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
    // Only the dimensions the scope offers (a roll-up has no per-counsellor rows).
    for (const d of (dimensions as readonly Dimension[]).filter((x) => scope.dimensions.includes(x)))
      queries.push({
        name: `${name} dashboard breakdown ${d}`,
        run: () => m.computeBreakdown(db, scope, month, d, MIN_GROUP_SIZE),
      });
  }
  return queries;
}
