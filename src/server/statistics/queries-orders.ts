import { sql } from 'drizzle-orm';
import type { MetricKey } from '../../core/statistics/metrics';
import { attributedOrg, orderOrg, scoped } from './attribution';
import { breakdownOf, type Facts, type Measure, totalsOf, trendOf } from './family-sql';
import type { MetricFamily } from './query-types';

/**
 * Grassroots orders (基层下单，服务上门), each milestone counted in the window it happened in, for the ordering
 * enterprise:
 * - **placed**: submitted in the window, whatever became of it (a declined or cancelled order was still
 *   placed — the figure is demand);
 * - **delivered**: delivered in the window (a delivered order cannot be cancelled any more), with the
 *   **median hours** from placing to delivery over those orders (null with none);
 * - **rated**: rated in the window, with the **mean rating** (1–5) of those ratings (null with none).
 */
const facts: Facts = (filter, range) => {
  const org = attributedOrg(orderOrg.orgId);
  const where = (timeCol: string) =>
    scoped(sql`so.tenant_id`, sql`o.path`, sql.raw(`so.${timeCol}`), filter, range);
  return sql`
  select so.submitted_at as at, o.id as org_id, o.path as org_path, so.audiences, 'placed' as kind,
    null::float8 as hours, null::int as rating
  from service_orders so ${org}
  where ${where('submitted_at')}
  union all
  select so.delivered_at, o.id, o.path, so.audiences, 'delivered',
    extract(epoch from (so.delivered_at - so.submitted_at)) / 3600.0, null
  from service_orders so ${org}
  where so.delivered_at is not null and ${where('delivered_at')}
  union all
  select so.rated_at, o.id, o.path, so.audiences, 'rated', null, so.rating
  from service_orders so ${org}
  where so.rating is not null and so.rated_at is not null and ${where('rated_at')}`;
};

const count = (key: MetricKey, kind: string): Measure => ({
  key,
  expr: sql`count(*) filter (where f.kind = ${kind})::int`,
  empty: 0,
});

const measures: Measure[] = [
  count('orders.placed', 'placed'),
  count('orders.delivered', 'delivered'),
  // Only delivered rows carry hours, only rated rows a rating; both aggregates skip nulls.
  {
    key: 'orders.delivery_median_hours',
    expr: sql`percentile_cont(0.5) within group (order by f.hours)`,
    empty: null,
  },
  count('orders.rated', 'rated'),
  { key: 'orders.rating', expr: sql`avg(f.rating)::float8`, empty: null },
];

export const ordersFamily: MetricFamily = {
  keys: measures.map((m) => m.key) as readonly MetricKey[],
  totals: (db, filter, window) => totalsOf(db, facts, measures, filter, window),
  trend: (db, filter, buckets) => trendOf(db, facts, measures, filter, buckets),
  async breakdown(db, filter, window, request) {
    // Orders are delivered at the enterprise's site by whoever the federation sends: no service point, and
    // the hosts' workload is counted with the events the orders create.
    if (request.dimension === 'service_point' || request.dimension === 'counsellor') return null;
    return breakdownOf(db, facts, measures, filter, window, request);
  },
};
