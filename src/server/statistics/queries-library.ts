import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client';
import type { MetricFamily, RawValues, StatsFilter, TimeWindow } from './query-types';
import { bucketValues, inTenants, num } from './repository';

/**
 * The library (issue 8): article reads and self-help tool uses from `content_daily_counts`, anonymous daily
 * counts kept per day in the tenant's zone. They carry no organisation, so they count for the whole tenant only
 * (an organisation's figures and the rows of an organisation breakdown leave them out).
 */
const day = (at: SQL) => sql`(${at} at time zone t.time_zone)::date`;

// Each tenant's days per window are worked out once (a few rows), then the counts are read by the primary key's
// (tenant, day) range; comparing every count's day with a zone conversion per row made a nested loop of millions.
async function counts(db: Db, f: StatsFilter, windows: readonly TimeWindow[]) {
  return rowsOf<{ i: unknown; reads: unknown; tools: unknown }>(
    db,
    sql`with bounds as (
        select t.id as tenant_id, b.i, ${day(sql`b.f`)} as first_day, ${day(sql`b.t`)} as end_day
        from tenants t cross join (values ${bucketValues(windows)}) b(i, f, t)
        where ${inTenants(sql`t.id`, f)}
      )
      select bounds.i,
        coalesce(sum(d.count) filter (where d.kind = 'read'), 0) as reads,
        coalesce(sum(d.count) filter (where d.kind = 'tool'), 0) as tools
      from bounds
        join content_daily_counts d
          on d.tenant_id = bounds.tenant_id and d.day >= bounds.first_day and d.day < bounds.end_day
      group by 1`,
  );
}

const values = (r: { reads: unknown; tools: unknown } | undefined): RawValues => ({
  'content.reads': num(r?.reads),
  'tools.uses': num(r?.tools),
});

export const libraryFamily: MetricFamily = {
  keys: ['content.reads', 'tools.uses'],
  async totals(db, f, w) {
    if (f.orgPath !== null) return {};
    const rows = await counts(db, f, [w]);
    return values(rows[0]);
  },
  async trend(db, f, buckets) {
    if (f.orgPath !== null || buckets.length === 0) return buckets.map(() => ({}));
    const rows = await counts(db, f, buckets);
    const byI = new Map(rows.map((r) => [num(r.i), r]));
    return buckets.map((_, i) => values(byI.get(i)));
  },
  async breakdown() {
    return null;
  },
};
