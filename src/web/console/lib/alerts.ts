import type { Alert, AlertPriority } from './types';

const rank: Record<AlertPriority, number> = { crisis: 0, high: 1, normal: 2 };

/**
 * The queue as counsellors work it: crisis first, then the elevated ones, then the rest; newest first within
 * each. The server sends newest first only.
 */
export const sortAlerts = <T extends Pick<Alert, 'priority' | 'createdAt'>>(alerts: readonly T[]): T[] =>
  [...alerts].sort(
    (a, b) => rank[a.priority] - rank[b.priority] || Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
