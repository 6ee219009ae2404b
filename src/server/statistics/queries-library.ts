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

async function counts(db: Db, f: StatsFilter, windows: readonly TimeWindow[]) {
  return rowsOf<{ i: unknown; reads: unknown; tools: unknown }>(
    db,
    sql`select b.i,
        coalesce(sum(d.count) filter (where d.kind = 'read'), 0) as reads,
        coalesce(sum(d.count) filter (where d.kind = 'tool'), 0) as tools
      from content_daily_counts d
        join tenants t on t.id = d.tenant_id
        join (values ${bucketValues(windows)}) b(i, f, t) on d.day >= ${day(sql`b.f`)} and d.day < ${day(sql`b.t`)}
      where ${inTenants(sql`d.tenant_id`, f)}
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
