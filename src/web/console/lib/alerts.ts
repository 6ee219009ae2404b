import type { AlertItem, AlertPriority } from './types';

const rank: Record<AlertPriority, number> = { crisis: 0, high: 1, normal: 2 };

/**
 * The queue as counsellors work it (the server's `compareTriage`): crisis first, then the elevated ones, then
 * the rest; the one waiting longest first within each.
 */
export const sortAlerts = <T extends Pick<AlertItem, 'priority' | 'createdAt'>>(alerts: readonly T[]): T[] =>
  [...alerts].sort(
    (a, b) => rank[a.priority] - rank[b.priority] || Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );

/** Who has been told that nobody took a request: the supervisors (1), then the duty phone by text (2). */
export type EscalationStep = 'supervisors' | 'dutyPhone';

export const escalationStep = (level: number): EscalationStep | null =>
  level >= 2 ? 'dutyPhone' : level === 1 ? 'supervisors' : null;

/** A length of time in the unit a person would say it in: minutes within the hour, hours within two days. */
export interface Span {
  unit: 'minutes' | 'hours' | 'days';
  count: number;
}

export function spanOf(ms: number): Span {
  const minutes = Math.max(1, Math.floor(Math.abs(ms) / 60_000));
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
}

/** Where an untaken request stands against its due time; taken and closed ones are no longer due. */
export type DueState = { state: 'overdue'; by: Span } | { state: 'due'; in: Span } | { state: 'none' };

export function dueStateOf(a: Pick<AlertItem, 'status' | 'dueAt'>, now: number): DueState {
  if (a.status !== 'new') return { state: 'none' };
  const left = Date.parse(a.dueAt) - now;
  return left <= 0 ? { state: 'overdue', by: spanOf(left) } : { state: 'due', in: spanOf(left) };
}

/** How long a request has waited since it came in. */
export const waitedOf = (a: Pick<AlertItem, 'createdAt'>, now: number): Span =>
  spanOf(now - Date.parse(a.createdAt));

/** Counts for the filters and the home card, from the queue as loaded. */
export function queueCounts(
  alerts: readonly Pick<AlertItem, 'status' | 'priority' | 'dueAt'>[],
  now: number,
) {
  const fresh = alerts.filter((a) => a.status === 'new');
  return {
    new: fresh.length,
    crisis: fresh.filter((a) => a.priority === 'crisis').length,
    overdue: fresh.filter((a) => Date.parse(a.dueAt) <= now).length,
  };
}
