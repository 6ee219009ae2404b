import { type SQL, sql } from 'drizzle-orm';
import { audienceGroups } from '../../core/content/audiences';
import type { Dimension, MetricKey } from '../../core/statistics/metrics';
import { type Db, rowsOf } from '../db/client';
import { NONE_ROW, organisationRowKey } from './attribution';
import type { BreakdownGroup, BreakdownRequest, RawValues, StatsFilter, TimeWindow } from './query-types';

/**
 * What the service families (counselling, care, groups, orders) share: each writes its records as one "facts"
 * select (`at` — the instant that places a record in a period — plus `org_id`, `org_path` and the columns
 * its measures and dimensions need), filtered inside by tenant, subtree and time so that indexes serve it;
 * this file wraps it in exactly one grouped query per call: over the window, per trend bucket, or per row.
 */
export interface Measure {
  key: MetricKey;
  /** An aggregate over the facts alias `f`. */
  expr: SQL;
  /** The value of a bucket or row with no records: 0 for counts and sums, null for medians, means, shares. */
  empty: 0 | null;
}

export type Facts = (filter: StatsFilter, range: TimeWindow) => SQL;

const columns = (measures: readonly Measure[]): SQL =>
  sql.join(
    measures.map((m, i) => sql`${m.expr} as ${sql.raw(`m${i}`)}`),
    sql`, `,
  );

function valuesOf(row: Record<string, unknown> | undefined, measures: readonly Measure[]): RawValues {
  const out: RawValues = {};
  measures.forEach((m, i) => {
    const v = row?.[`m${i}`];
    out[m.key] = v === null || v === undefined ? m.empty : Number(v);
  });
  return out;
}

export const emptyValues = (measures: readonly Measure[]): RawValues => valuesOf(undefined, measures);

export async function totalsOf(
  db: Db,
  facts: Facts,
  measures: readonly Measure[],
  filter: StatsFilter,
  window: TimeWindow,
): Promise<RawValues> {
  const [row] = await rowsOf<Record<string, unknown>>(
    db,
    sql`select ${columns(measures)} from (${facts(filter, window)}) f`,
  );
  return valuesOf(row, measures);
}

/**
 * One query for all buckets: the buckets are consecutive, so their starts and the last end are the
 * thresholds of `width_bucket`, which gives each record its bucket's 1-based number in one pass.
 */
export async function trendOf(
  db: Db,
  facts: Facts,
  measures: readonly Measure[],
  filter: StatsFilter,
  buckets: readonly TimeWindow[],
): Promise<RawValues[]> {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return [];
  buckets.forEach((b, i) => {
    const next = buckets[i + 1];
    if (next && next.from.getTime() !== b.to.getTime()) throw new Error('trend buckets must be consecutive');
  });
  const thresholds = [...buckets.map((b) => b.from), last.to];
  const array = sql`array[${sql.join(
    thresholds.map((t) => sql`${t.toISOString()}::timestamptz`),
    sql`, `,
  )}]`;
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`select width_bucket(f.at, ${array}) as bucket, ${columns(measures)}
      from (${facts(filter, { from: first.from, to: last.to })}) f group by 1`,
  );
  const byBucket = new Map(rows.map((r) => [Number(r.bucket), r]));
  return buckets.map((_, i) => valuesOf(byBucket.get(i + 1), measures));
}

const groupIds = (dimension: 'employment_form' | 'industry' | null): string[] =>
  audienceGroups.filter((g) => dimension === null || g.dimension === dimension).map((g) => g.id);

/** How a family's facts carry each dimension; a dimension left out is one the family has no rows for. */
export interface DimensionColumns {
  organisation?: true;
  /** `f.point_id` */
  service_point?: true;
  /** `f.counsellor_id`; the family may use other facts (one row per host) for this dimension. */
  counsellor?: true;
  /** `f.audiences` (text[]): audience and employment_form. */
  audiences?: true;
  /** The attributed organisation's industry, else its parent's (a grassroots union of an enterprise). */
  industry?: true;
}

function rowKey(
  dimension: Dimension,
  request: BreakdownRequest,
): { key: SQL; joins: SQL; from?: SQL } | null {
  switch (dimension) {
    case 'organisation':
      return { key: organisationRowKey(sql`f.org_path`, request.childPaths ?? {}), joins: sql`` };
    case 'service_point':
      return { key: sql`coalesce(f.point_id::text, ${NONE_ROW})`, joins: sql`` };
    case 'counsellor':
      return { key: sql`f.counsellor_id::text`, joins: sql`` };
    case 'industry':
      return {
        key: sql`coalesce(io.industry, ip.industry, ${NONE_ROW})`,
        joins: sql`left join organisations io on io.id = f.org_id
          left join organisations ip on ip.id = io.parent_id`,
      };
    case 'audience':
    case 'employment_form': {
      // A record meant for several groups counts in each of their rows (rows do not add up to the total);
      // one that names none of the dimension's groups goes to `none`.
      const ids = groupIds(dimension === 'audience' ? null : 'employment_form');
      const picked =
        dimension === 'audience'
          ? sql`f.audiences`
          : sql`array(select u from unnest(f.audiences) u where u in (${sql.join(
              ids.map((id) => sql`${id}`),
              sql`, `,
            )}))`;
      return {
        key: sql`aud.k`,
        joins: sql`cross join lateral unnest(case when cardinality(${picked}) = 0 then array[${NONE_ROW}::text] else ${picked} end) as aud(k)`,
      };
    }
    default:
      return null;
  }
}

export async function breakdownOf(
  db: Db,
  facts: Facts,
  measures: readonly Measure[],
  filter: StatsFilter,
  window: TimeWindow,
  request: BreakdownRequest,
): Promise<BreakdownGroup[]> {
  const key = rowKey(request.dimension, request);
  if (!key) return [];
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`select ${key.key} as row_key, ${columns(measures)}
      from (${facts(filter, window)}) f ${key.joins}
      group by 1 order by 1`,
  );
  return rows
    .filter((r) => r.row_key !== null)
    .map((r) => ({ rowKey: String(r.row_key), values: valuesOf(r, measures) }));
}
