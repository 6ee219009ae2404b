import { describe, expect, it } from 'vitest';
import {
  compareTriage,
  dueAt,
  type EscalationFacts,
  nextEscalation,
  priorityOfCrisisLevel,
  defaultTriageSettings as s,
} from './triage';

const t0 = new Date('2026-12-01T02:00:00Z');
const min = (n: number) => new Date(t0.getTime() + n * 60_000);
const crisis = (over: Partial<EscalationFacts> = {}): EscalationFacts => ({
  status: 'new',
  priority: 'crisis',
  dueAt: dueAt('crisis', t0, s),
  escalationLevel: 0,
  escalatedAt: null,
  ...over,
});

describe('triage', () => {
  it('puts crisis first, then the oldest', () => {
    const list = [
      { id: 'normal-old', priority: 'normal' as const, createdAt: min(-100) },
      { id: 'crisis-new', priority: 'crisis' as const, createdAt: min(0) },
      { id: 'high', priority: 'high' as const, createdAt: min(-5) },
      { id: 'crisis-old', priority: 'crisis' as const, createdAt: min(-3) },
    ];
    expect(list.sort(compareTriage).map((a) => a.id)).toEqual([
      'crisis-old',
      'crisis-new',
      'high',
      'normal-old',
    ]);
  });

  it('gives each priority its due time', () => {
    expect(dueAt('crisis', t0, s)).toEqual(min(15));
    expect(dueAt('high', t0, s)).toEqual(min(240));
    expect(dueAt('normal', t0, s)).toEqual(min(2880));
    expect(dueAt('crisis', t0, { ...s, crisisAckMinutes: 5 })).toEqual(min(5));
  });

  it('maps check-up crisis levels to priorities', () => {
    expect(priorityOfCrisisLevel('urgent')).toBe('crisis');
    expect(priorityOfCrisisLevel('elevated')).toBe('high');
    expect(priorityOfCrisisLevel(null)).toBe('normal');
  });

  it('escalates an untaken crisis to the supervisors at 15 minutes, not a moment before', () => {
    expect(nextEscalation(crisis(), min(14.99), s)).toBeNull();
    expect(nextEscalation(crisis(), min(15), s)).toEqual({ level: 1, to: 'supervisors' });
  });

  it('then to the duty phone 15 minutes after the supervisors were told', () => {
    const told = crisis({ escalationLevel: 1, escalatedAt: min(16) });
    expect(nextEscalation(told, min(30.9), s)).toBeNull();
    expect(nextEscalation(told, min(31), s)).toEqual({ level: 2, to: 'duty_phone' });
    expect(nextEscalation(crisis({ escalationLevel: 2, escalatedAt: min(31) }), min(500), s)).toBeNull();
  });

  it('never escalates a request someone took', () => {
    expect(nextEscalation(crisis({ status: 'acknowledged' }), min(100), s)).toBeNull();
    expect(nextEscalation(crisis({ status: 'closed' }), min(100), s)).toBeNull();
  });

  it('stops other priorities at the supervisors', () => {
    const high: EscalationFacts = { ...crisis(), priority: 'high', dueAt: dueAt('high', t0, s) };
    expect(nextEscalation(high, min(239), s)).toBeNull();
    expect(nextEscalation(high, min(240), s)).toEqual({ level: 1, to: 'supervisors' });
    expect(nextEscalation({ ...high, escalationLevel: 1, escalatedAt: min(240) }, min(9999), s)).toBeNull();
  });
});
