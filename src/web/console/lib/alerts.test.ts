import { describe, expect, it } from 'vitest';
import { dueStateOf, escalationStep, queueCounts, sortAlerts, spanOf, waitedOf } from './alerts';
import type { AlertItem } from './types';

const item = (
  id: string,
  priority: AlertItem['priority'],
  createdAt: string,
  status: AlertItem['status'] = 'new',
  dueAt = '2026-11-02T08:00:00Z',
) => ({ id, priority, createdAt, status, dueAt });

describe('request queue order', () => {
  const queue = [
    item('old-normal', 'normal', '2026-11-01T08:00:00Z'),
    item('new-normal', 'normal', '2026-11-02T08:00:00Z'),
    item('old-crisis', 'crisis', '2026-10-30T08:00:00Z', 'acknowledged'),
    item('high', 'high', '2026-11-01T09:00:00Z'),
    item('new-crisis', 'crisis', '2026-11-01T10:00:00Z'),
  ];

  it('puts crises first, then elevated requests, the longest waiting first within each', () => {
    expect(sortAlerts(queue).map((a) => a.id)).toEqual([
      'old-crisis',
      'new-crisis',
      'high',
      'old-normal',
      'new-normal',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const before = queue.map((a) => a.id);
    sortAlerts(queue);
    expect(queue.map((a) => a.id)).toEqual(before);
  });
});

describe('escalation in words', () => {
  it('names whom the request went to', () => {
    expect(escalationStep(0)).toBeNull();
    expect(escalationStep(1)).toBe('supervisors');
    expect(escalationStep(2)).toBe('dutyPhone');
  });
});

describe('due times', () => {
  const now = Date.parse('2026-11-02T08:00:00Z');

  it('says time in the unit a person would', () => {
    expect(spanOf(30_000)).toEqual({ unit: 'minutes', count: 1 });
    expect(spanOf(59 * 60_000)).toEqual({ unit: 'minutes', count: 59 });
    expect(spanOf(-90 * 60_000)).toEqual({ unit: 'hours', count: 1 });
    expect(spanOf(47 * 3_600_000)).toEqual({ unit: 'hours', count: 47 });
    expect(spanOf(50 * 3_600_000)).toEqual({ unit: 'days', count: 2 });
  });

  it('is overdue from the due time on, while nobody has taken it', () => {
    const due = (dueAt: string, status: AlertItem['status'] = 'new') => dueStateOf({ status, dueAt }, now);
    expect(due('2026-11-02T08:12:00Z')).toEqual({ state: 'due', in: { unit: 'minutes', count: 12 } });
    expect(due('2026-11-02T08:00:00Z')).toEqual({ state: 'overdue', by: { unit: 'minutes', count: 1 } });
    expect(due('2026-11-02T07:45:00Z')).toEqual({ state: 'overdue', by: { unit: 'minutes', count: 15 } });
    expect(due('2026-11-02T07:45:00Z', 'acknowledged')).toEqual({ state: 'none' });
    expect(due('2026-11-02T07:45:00Z', 'closed')).toEqual({ state: 'none' });
  });

  it('says how long a request has waited', () => {
    expect(waitedOf({ createdAt: '2026-11-02T05:00:00Z' }, now)).toEqual({ unit: 'hours', count: 3 });
  });

  it('counts what waits: new ones, crises among them, and those past their time', () => {
    const queue = [
      item('a', 'crisis', '2026-11-02T07:40:00Z', 'new', '2026-11-02T07:55:00Z'),
      item('b', 'normal', '2026-11-02T07:40:00Z', 'new', '2026-11-04T07:40:00Z'),
      item('c', 'crisis', '2026-11-02T07:00:00Z', 'acknowledged', '2026-11-02T07:15:00Z'),
    ];
    expect(queueCounts(queue, now)).toEqual({ new: 2, crisis: 1, overdue: 1 });
  });
});
