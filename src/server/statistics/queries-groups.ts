import { type SQL, sql } from 'drizzle-orm';
import type { MetricKey } from '../../core/statistics/metrics';
import { attributedOrg, eventOrg, scoped } from './attribution';
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

const facts: Facts = (filter, range) => sql`
  select e.starts_at as at, o.id as org_id, o.path as org_path, e.service_point_id as point_id, e.audiences,
    (select count(*) from event_registrations r where r.event_id = e.id and r.checked_in_at is not null)
      + (select coalesce(sum(wi.count), 0) from event_walk_ins wi where wi.event_id = e.id) as attendance,
    (select count(*) from event_feedback fb where fb.event_id = e.id) as feedback_n,
    (select coalesce(sum(fb.rating), 0) from event_feedback fb where fb.event_id = e.id) as rating_sum
  from group_events e
  ${attributedOrg(eventOrg.orgId)}
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
