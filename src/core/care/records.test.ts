import { describe, expect, it } from 'vitest';
import { riskCallsForEscalation, taskState } from './records';
import { retainUntil } from './retention';

describe('follow-up tasks in the queue', () => {
  const now = new Date('2026-12-01T06:00:00Z');
  const endOfToday = new Date('2026-12-01T15:59:59.999Z'); // 23:59:59 in Shanghai
  it('sorts tasks into overdue, due today and upcoming', () => {
    expect(taskState({ status: 'open', dueAt: new Date('2026-12-01T05:59:00Z') }, now, endOfToday)).toBe(
      'overdue',
    );
    expect(taskState({ status: 'open', dueAt: new Date('2026-12-01T15:00:00Z') }, now, endOfToday)).toBe(
      'due_today',
    );
    expect(taskState({ status: 'open', dueAt: new Date('2026-12-01T16:00:00Z') }, now, endOfToday)).toBe(
      'upcoming',
    );
    expect(taskState({ status: 'done', dueAt: new Date(0) }, now, endOfToday)).toBe('done');
  });

  it('asks for escalation at high and imminent risk only', () => {
    expect(
      ['none', 'low', 'moderate', 'high', 'imminent'].map((l) => riskCallsForEscalation(l as never)),
    ).toEqual([false, false, false, true, true]);
  });

  it('keeps a closed case three years', () => {
    expect(retainUntil(new Date('2026-12-01T08:00:00Z')).toISOString()).toBe('2029-12-01T08:00:00.000Z');
  });
});
