import type { Dimension } from '../../../core/statistics/metrics';
import { api } from '../../shared/api';
import { breakdownPath, overviewPath, type StatsView, scopesPath } from './stats-query';
import type { BreakdownView, OverviewView, ScopesView } from './stats-types';

/** The dashboard's reads (issue 8 contract); every one is `statistics.read`, the counsellor rows `statistics.workload`. */
export const statsApi = {
  overview: (view: StatsView) => api<OverviewView>('GET', overviewPath(view)),
  breakdown: (view: StatsView, dimension: Dimension) =>
    api<BreakdownView>('GET', breakdownPath(view, dimension)),
  scopes: () => api<ScopesView>('GET', scopesPath()),
};
