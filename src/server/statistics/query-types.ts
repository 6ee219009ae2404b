import type { Dimension, MetricKey } from '../../core/statistics/metrics';
import type { Db } from '../db/client';

/**
 * The seam between the dashboard's use-cases and the SQL that counts (issue 8). Each metric family
 * (`queries-*.ts`) answers raw figures — before suppression — for a filter and time windows; the use-case
 * suppresses, compares periods and presents. A family never decides who may see what.
 */
export interface StatsFilter {
  /** One tenant, or a province's (nation's) cities for a roll-up. Never empty. */
  tenantIds: string[];
  /**
   * An organisation subtree ("/root/…/own/"), or null for the whole tenant(s). Records attributed to no
   * organisation (an anonymous check-up outside any campaign, say) count only when this is null.
   */
  orgPath: string | null;
}

/** Half-open [from, to): the start of the first day and the start of the day after the last, in the zone. */
export interface TimeWindow {
  from: Date;
  to: Date;
}

/** Raw values: counts, sums, medians. `null` when a median or mean has nothing to be computed over. */
export type RawValues = Partial<Record<MetricKey, number | null>>;

export interface BreakdownGroup {
  /** An organisation id (child of the scope), a service point id, a user id, an audience id, an industry id. */
  rowKey: string;
  values: RawValues;
}

export interface BreakdownRequest {
  dimension: Dimension;
  /**
   * For `organisation`: the direct children of the scope, each row counting its whole subtree
   * (`childPaths`: id → path). Records of the scope itself, not in any child, go to the row `self`.
   */
  childPaths?: Record<string, string>;
}

export interface MetricFamily {
  keys: readonly MetricKey[];
  /** Values over one window. */
  totals(db: Db, filter: StatsFilter, window: TimeWindow): Promise<RawValues>;
  /** Values per consecutive window (the trend's buckets), in the same order. */
  trend(db: Db, filter: StatsFilter, buckets: readonly TimeWindow[]): Promise<RawValues[]>;
  /**
   * Values per row of a dimension over one window; `null` when this family has no such breakdown (the
   * console then leaves its columns out for that dimension).
   */
  breakdown(
    db: Db,
    filter: StatsFilter,
    window: TimeWindow,
    request: BreakdownRequest,
  ): Promise<BreakdownGroup[] | null>;
}
