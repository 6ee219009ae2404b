import type { Dimension, MetricKey } from './metrics';

/**
 * What a dashboard answer holds once suppression has been applied (issue 8). The server's presenters write it,
 * the console draws it, the monthly report prints it; a hidden figure is `null`, never 0, and says why.
 */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'custom';

/** Calendar days (YYYY-MM-DD) in the tenant's zone, both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

export interface PeriodView extends DayRange {
  granularity: Granularity;
  timeZone: string;
  previous: DayRange;
}

/** Why a figure is not shown: too few people in it, or it would let a hidden one be worked out. */
export type Hidden = 'small' | 'complement' | null;

export interface Figure {
  value: number | null;
  hidden: Hidden;
}

export interface MetricFigure {
  key: MetricKey;
  current: Figure;
  previous: Figure;
}

export interface TrendBucket extends DayRange {
  key: string;
  /** Short label in Chinese and English, e.g. "11月3日" / "3 Nov". */
  zh: string;
  en: string;
}

export interface BandRow {
  bandCode: string;
  bandLevel: number;
  count: Figure;
}

export interface BandDistribution {
  instrumentId: string;
  total: Figure;
  bands: BandRow[];
}

export interface ScopeView {
  tenantId: string;
  /** null: the whole tenant (or, for a province, the roll-up of its cities). */
  organisationId: string | null;
  name: string;
  nameEn: string | null;
  kind: string;
  /** Organisations above it, for the drill-down's breadcrumb (the viewer's own reach at the top). */
  trail: { organisationId: string | null; name: string; nameEn: string | null }[];
}

export interface OverviewView {
  period: PeriodView;
  scope: ScopeView;
  minGroupSize: number;
  metrics: MetricFigure[];
  trend: { buckets: TrendBucket[]; series: { key: MetricKey; values: Figure[] }[] };
  bands: BandDistribution[];
  /** false when nothing at all was recorded in the period: the console says "no data yet". */
  hasData: boolean;
}

export interface BreakdownRow {
  key: string;
  zh: string;
  en: string | null;
  /** For the organisation dimension: the child organisation to drill into (null when it has no children). */
  organisationId: string | null;
  drillable: boolean;
  cells: Partial<Record<MetricKey, Figure>>;
}

export interface BreakdownView {
  period: PeriodView;
  scope: ScopeView;
  minGroupSize: number;
  dimension: Dimension;
  metrics: MetricKey[];
  rows: BreakdownRow[];
  totals: Partial<Record<MetricKey, Figure>>;
}
