import { sql } from 'drizzle-orm';
import type { MetricKey } from '../../core/statistics/metrics';
import { attributedOrg, caseOrg, scoped } from './attribution';
import { breakdownOf, type Facts, type Measure, totalsOf, trendOf } from './family-sql';
import type { MetricFamily } from './query-types';

/**
 * The care loop, counted from cases, their follow-up tasks and referrals; all of them count for the case's
 * attribution (attribution.ts `caseOrg`). Demo cases count like any other (the demo is what people look at).
 * - **cases opened**: opened in the window (whatever happened since);
 * - **cases closed**: closed in the window and still closed (a reopened case has no closing time);
 * - **tasks due**: follow-up tasks due in the window, cancelled ones left out (nothing was owed any more);
 * - **done on time**: of those, done with a completion at or before the due time; the share is of the due,
 *   null when none was due. A task due later in the current period counts as due and not yet done;
 * - **referrals made**: sent in the window, whatever the institution answered or the worker withdrew since.
 */
const facts: Facts = (filter, range) => {
  const attributed = sql`${caseOrg.joins} ${attributedOrg(caseOrg.orgId)}`;
  return sql`
  select c.opened_at as at, o.id as org_id, o.path as org_path, 'opened' as kind, false as on_time
  from cases c ${attributed}
  where ${scoped(sql`c.tenant_id`, sql`o.path`, sql`c.opened_at`, filter, range)}
  union all
  select c.closed_at, o.id, o.path, 'closed', false
  from cases c ${attributed}
  where c.status = 'closed' and ${scoped(sql`c.tenant_id`, sql`o.path`, sql`c.closed_at`, filter, range)}
  union all
  select t.due_at, o.id, o.path, 'task', t.status = 'done' and t.completed_at <= t.due_at
  from follow_up_tasks t join cases c on c.id = t.case_id ${attributed}
  where t.status <> 'cancelled' and ${scoped(sql`t.tenant_id`, sql`o.path`, sql`t.due_at`, filter, range)}
  union all
  select r.sent_at, o.id, o.path, 'referral', false
  from referrals r join cases c on c.id = r.case_id ${attributed}
  where ${scoped(sql`r.tenant_id`, sql`o.path`, sql`r.sent_at`, filter, range)}`;
};

const count = (key: MetricKey, kind: string, extra = sql``): Measure => ({
  key,
  expr: sql`count(*) filter (where f.kind = ${kind} ${extra})::int`,
  empty: 0,
});

const measures: Measure[] = [
  count('cases.opened', 'opened'),
  count('cases.closed', 'closed'),
  count('tasks.due', 'task'),
  count('tasks.done_on_time', 'task', sql`and f.on_time`),
  {
    key: 'tasks.on_time_share',
    expr: sql`(count(*) filter (where f.kind = 'task' and f.on_time))::float8
      / nullif(count(*) filter (where f.kind = 'task'), 0)`,
    empty: null,
  },
  count('referrals.made', 'referral'),
];

export const careFamily: MetricFamily = {
  keys: measures.map((m) => m.key) as readonly MetricKey[],
  totals: (db, filter, window) => totalsOf(db, facts, measures, filter, window),
  trend: (db, filter, buckets) => trendOf(db, facts, measures, filter, buckets),
  async breakdown(db, filter, window, request) {
    // Cases carry an organisation (and so its industry), nothing else the dashboard breaks down by: the
    // counsellor's caseload is not a workload figure the dashboard shows, and a case names no audience.
    if (request.dimension !== 'organisation' && request.dimension !== 'industry') return null;
    return breakdownOf(db, facts, measures, filter, window, request);
  },
};
