import { careFamily } from './queries-care';
import { counsellingFamily } from './queries-counselling';
import { groupsFamily } from './queries-groups';
import { libraryFamily } from './queries-library';
import { onlineFamily } from './queries-online';
import { ordersFamily } from './queries-orders';
import type { MetricFamily } from './query-types';

/**
 * The metric families the dashboard asks (issue 8). A metric no family answers is simply absent from the
 * answer; the console shows what is present.
 */
export const families: readonly MetricFamily[] = [
  onlineFamily,
  counsellingFamily,
  careFamily,
  groupsFamily,
  ordersFamily,
  libraryFamily,
];
