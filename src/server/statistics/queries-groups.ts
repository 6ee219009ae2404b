import { type SQL, sql } from 'drizzle-orm';
import type { MetricKey } from '../../core/statistics/metrics';
import { attributedOrg, eventOrg, inTenants, inWindow, scoped } from './attribution';
import { breakdownOf, type Facts, type Measure, totalsOf, trendOf } from './family-sql';
import type { MetricFamily, StatsFilter, TimeWindow } from './query-types';

/**
 * Group services, counted per event: an event **held** is a published event (never a draft, never a
 * cancelled one) that starts in the window; it counts for its attribution (attribution.ts `eventOrg`: the
 * invited enterprise of an invitation-only event, else the organisation it sits under), at its service
 * point if it is at one. Everything else is counted with the event, so that a period's attendance and
 * feedback belong to the events held in it:
 * - **attendance** (person-times): registrations checked in (by any method) plus the walk-ins counted at
 *   the door;
 * - **feedback**: the feedback forms given, and the **rating** their mean (1–5), null with none given.
 * Per counsellor: the events they hosted (an event with two counsellors counts for each; outside experts
 * without an account are not counted per person).
 */
const eventWhere = (filter: StatsFilter, range: TimeWindow): SQL =>
  sql`e.status = 'published' and ${scoped(sql`e.tenant_id`, sql`o.path`, sql`e.starts_at`, filter, range)}`;

/**
 * Registrations, walk-ins and feedback are counted per event in joined aggregates over the window's events
 * (not a subquery per event: on a year of 5,000 events those cost enough for PostgreSQL to JIT-compile the
 * query, which alone took a second).
 */
const perEvent = (table: string, columns: SQL, extra: SQL, filter: StatsFilter, range: TimeWindow): SQL =>
  sql`select x.event_id, ${columns} from ${sql.raw(table)} x
    join group_events xe on xe.id = x.event_id
    where ${inTenants(sql`xe.tenant_id`, filter.tenantIds)} and ${inWindow(sql`xe.starts_at`, range)} ${extra}
    group by x.event_id`;

const facts: Facts = (filter, range) => sql`
  select e.starts_at as at, o.id as org_id, o.path as org_path, e.service_point_id as point_id, e.audiences,
    coalesce(reg.n, 0) + coalesce(wi.n, 0) as attendance,
    coalesce(fb.n, 0) as feedback_n, coalesce(fb.total, 0) as rating_sum
  from group_events e
  ${attributedOrg(eventOrg.orgId)}
  left join (${perEvent('event_registrations', sql`count(*) as n`, sql`and x.checked_in_at is not null`, filter, range)}) reg
    on reg.event_id = e.id
  left join (${perEvent('event_walk_ins', sql`sum(x.count) as n`, sql``, filter, range)}) wi on wi.event_id = e.id
  left join (${perEvent('event_feedback', sql`count(*) as n, sum(x.rating) as total`, sql``, filter, range)}) fb
    on fb.event_id = e.id
  where ${eventWhere(filter, range)}`;

/** One row per event and counsellor who hosted it. */
const hostFacts: Facts = (filter, range) => sql`
  select e.starts_at as at, o.id as org_id, o.path as org_path, h.user_id as counsellor_id
  from group_events e
  join event_hosts h on h.event_id = e.id and h.user_id is not null
  ${attributedOrg(eventOrg.orgId)}
  where ${eventWhere(filter, range)}`;

const held: Measure = { key: 'events.held', expr: sql`count(*)::int`, empty: 0 };
const measures: Measure[] = [
  held,
  { key: 'events.attendance', expr: sql`coalesce(sum(f.attendance), 0)::int`, empty: 0 },
  { key: 'events.feedback', expr: sql`coalesce(sum(f.feedback_n), 0)::int`, empty: 0 },
  {
    key: 'events.rating',
    expr: sql`sum(f.rating_sum)::float8 / nullif(sum(f.feedback_n), 0)`,
    empty: null,
  },
];

export const groupsFamily: MetricFamily = {
  keys: measures.map((m) => m.key) as readonly MetricKey[],
  totals: (db, filter, window) => totalsOf(db, facts, measures, filter, window),
  trend: (db, filter, buckets) => trendOf(db, facts, measures, filter, buckets),
  async breakdown(db, filter, window, request) {
    if (request.dimension === 'counsellor')
      return breakdownOf(db, hostFacts, [held], filter, window, request);
    // Every other dimension applies: the organisation and its industry, the point (`none`: at a site or
    // online), the audiences the event was meant for (`none`: for everyone).
    return breakdownOf(db, facts, measures, filter, window, request);
  },
};
