import { libraryFamily } from './queries-library';
import { onlineFamily } from './queries-online';
import type { MetricFamily } from './query-types';

/**
 * The metric families the dashboard asks (issue 8). A metric no family answers is simply absent from the
 * answer; the console shows what is present. The services' families (counselling, care, groups, orders) join
 * this list when their branch is merged.
 */
export const families: readonly MetricFamily[] = [onlineFamily, libraryFamily];
