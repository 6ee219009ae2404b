/**
 * The statistics answers the console reads (issue 8 contract). The dashboard's shapes are the core's own
 * (`src/core/statistics/model.ts`), written by the server's presenters; only the scope picker's answer is
 * described here, as the contract gives it.
 */
export type {
  BandDistribution,
  BandRow,
  BreakdownRow,
  BreakdownView,
  DayRange,
  Figure,
  Granularity,
  Hidden,
  MetricFigure,
  OverviewView,
  PeriodView,
  ScopeView,
  TrendBucket,
} from '../../../core/statistics/model';

export interface ScopeTenant {
  id: string;
  name: string;
  nameEn: string | null;
  kind: string;
}

export interface ScopeOrganisation {
  id: string;
  parentId: string | null;
  name: string;
  nameEn: string | null;
  kind: string;
  /** Has organisations below it to break down into. */
  drillable: boolean;
}

/** `GET /api/v1/statistics/scopes`: what the viewer may pick, all within their reach. */
export interface ScopesView {
  tenants: ScopeTenant[];
  organisations: ScopeOrganisation[];
  defaultOrganisationId: string | null;
}
