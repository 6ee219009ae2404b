import { sql } from 'drizzle-orm';
import type { MetricKey } from '../../core/statistics/metrics';
import { attributedOrg, bookingOrg, scoped } from './attribution';
import { breakdownOf, type Facts, type Measure, totalsOf, trendOf } from './family-sql';
import type { MetricFamily } from './query-types';

/**
 * Counselling at the service points, counted from appointments (bookings) and their slots:
 * - a record's time is its slot's start; it counts for the service point's organisation;
 * - a **session** is an appointment marked attended — booked ahead or a walk-in (staff record a walk-in as
 *   an attended booking on a walk-in slot), in person, by phone or video alike;
 * - its **hours** are the slot's length (what was set aside for it), summed;
 * - **attended** counts the sessions booked ahead (source worker or waiting list), **no-shows** the
 *   appointments marked no-show; a walk-in is never a no-show. Cancelled appointments and appointments not
 *   yet marked count nowhere. Case notes are not counted: they are confidential, and a note of a booked
 *   session would count it twice.
 */
const facts: Facts = (filter, range) => sql`
  select s.starts_at as at, o.id as org_id, o.path as org_path,
    b.service_point_id as point_id, b.counsellor_id, b.status, b.source,
    extract(epoch from (s.ends_at - s.starts_at)) / 60.0 as minutes
  from bookings b
  join slots s on s.id = b.slot_id
  ${bookingOrg.joins}
  ${attributedOrg(bookingOrg.orgId)}
  where b.status in ('attended', 'no_show')
    and ${scoped(sql`b.tenant_id`, sql`o.path`, sql`s.starts_at`, filter, range)}`;

const sessions: Measure = {
  key: 'counselling.sessions',
  expr: sql`count(*) filter (where f.status = 'attended')::int`,
  empty: 0,
};
const hours: Measure = {
  key: 'counselling.hours',
  expr: sql`coalesce(sum(f.minutes) filter (where f.status = 'attended'), 0)::float8 / 60`,
  empty: 0,
};
const measures: Measure[] = [
  sessions,
  hours,
  {
    key: 'counselling.attended',
    expr: sql`count(*) filter (where f.status = 'attended' and f.source <> 'walk_in')::int`,
    empty: 0,
  },
  { key: 'counselling.no_shows', expr: sql`count(*) filter (where f.status = 'no_show')::int`, empty: 0 },
];
/** Per counsellor: workload only (sessions and hours), never who came or why. */
const workload: Measure[] = [sessions, hours];

export const counsellingFamily: MetricFamily = {
  keys: measures.map((m) => m.key) as readonly MetricKey[],
  totals: (db, filter, window) => totalsOf(db, facts, measures, filter, window),
  trend: (db, filter, buckets) => trendOf(db, facts, measures, filter, buckets),
  async breakdown(db, filter, window, request) {
    switch (request.dimension) {
      case 'organisation':
      case 'service_point':
      case 'industry':
        return breakdownOf(db, facts, measures, filter, window, request);
      case 'counsellor':
        return breakdownOf(db, facts, workload, filter, window, request);
      default:
        // Appointments carry no audience group or employment form.
        return null;
    }
  },
};
