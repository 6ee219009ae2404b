import { describe, expect, it } from 'vitest';
import { suppressRow } from '../statistics/suppression';
import { slaFigures } from './sla';
import { isFinal, nextState, orderStates, orderSteps, stepRefusal, stepSide, stepsFor } from './workflow';

describe('the order workflow', () => {
  it('lets each side take only its own steps, from the states that allow them', () => {
    expect(stepsFor('federation', 'submitted')).toEqual(['accept', 'propose', 'decline']);
    expect(stepsFor('enterprise', 'submitted')).toEqual(['cancel']);
    expect(stepsFor('enterprise', 'proposed')).toEqual(['confirm', 'cancel']);
    expect(stepsFor('federation', 'accepted')).toEqual(['schedule']);
    expect(stepsFor('enterprise', 'scheduled')).toEqual(['confirm', 'cancel']);
    expect(stepsFor('federation', 'confirmed')).toEqual(['deliver']);
    expect(stepsFor('enterprise', 'delivered')).toEqual(['rate']);
    expect(stepsFor('federation', 'delivered')).toEqual(['close']);
    expect(stepsFor('federation', 'rated')).toEqual(['close']);
  });

  it('refuses the other side outright and a wrong state as an invalid transition', () => {
    for (const state of orderStates)
      for (const step of orderSteps) {
        const other = stepSide[step] === 'federation' ? 'enterprise' : 'federation';
        expect(stepRefusal(other, state, step)).toBe('forbidden');
        const own = stepRefusal(stepSide[step], state, step);
        expect(own === null).toBe(nextState(state, step) !== null);
        if (own) expect(own).toBe('invalid_transition');
      }
  });

  it('never lets anything happen after the end, and the enterprise cannot cancel once delivered', () => {
    for (const s of ['declined', 'closed', 'cancelled'] as const) expect(isFinal(s)).toBe(true);
    expect(stepRefusal('enterprise', 'delivered', 'cancel')).toBe('invalid_transition');
    expect(nextState('proposed', 'confirm')).toBe('accepted');
    expect(nextState('scheduled', 'confirm')).toBe('confirmed');
  });
});

describe('small-group suppression', () => {
  const keys = (counts: number[]) => counts.map((count, i) => ({ key: `b${i}`, count }));

  it('hides a group of 9 and enough others that the total does not give it away', () => {
    const row = suppressRow(keys([30, 9, 25, 0]));
    expect(row.total).toBe(64);
    expect(row.cells.find((c) => c.key === 'b1')?.count).toBeNull();
    const hidden = row.cells.filter((c) => c.count === null);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    // What can be worked out from the total is the hidden cells' sum: never a group under ten.
    const shownSum = row.cells.reduce((a, c) => a + (c.count ?? 0), 0);
    expect(64 - shownSum).toBeGreaterThanOrEqual(10);
    expect(row.cells.find((c) => c.key === 'b3')?.count).toBe(0);
  });

  it('hides two small groups whose sum is still small together with a third', () => {
    const row = suppressRow(keys([3, 4, 40, 50]));
    const shownSum = row.cells.reduce((a, c) => a + (c.count ?? 0), 0);
    expect(row.cells.filter((c) => c.count === null).length).toBe(3);
    expect((row.total ?? 0) - shownSum).toBeGreaterThanOrEqual(10);
  });

  it('hides the whole row, total too, when fewer than ten took part', () => {
    const row = suppressRow(keys([5, 4]));
    expect(row.total).toBeNull();
    expect(row.cells.every((c) => c.count === null)).toBe(true);
  });

  it('shows everything when every group is large enough', () => {
    const row = suppressRow(keys([10, 12, 0]));
    expect(row).toEqual({
      total: 22,
      suppressed: false,
      cells: [
        { key: 'b0', count: 10 },
        { key: 'b1', count: 12 },
        { key: 'b2', count: 0 },
      ],
    });
  });
});

describe('SLA figures', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * 3_600_000);
  it('takes medians from placing to acceptance and delivery, and the share answered in 48 hours', () => {
    const base = { scheduledAt: null, deliveredAt: null, rating: null };
    const f = slaFigures([
      { ...base, state: 'accepted', submittedAt: at(0), acceptedAt: at(10) },
      { ...base, state: 'closed', submittedAt: at(0), acceptedAt: at(20), deliveredAt: at(200), rating: 5 },
      { ...base, state: 'rated', submittedAt: at(0), acceptedAt: at(60), deliveredAt: at(100), rating: 4 },
      { ...base, state: 'submitted', submittedAt: at(0), acceptedAt: null },
    ]);
    expect(f.total).toBe(4);
    expect(f.ordersByState.submitted).toBe(1);
    expect(f.medianHoursToAcceptance).toBe(20);
    expect(f.medianHoursToDelivery).toBe(150);
    expect(f.acceptedWithin48Hours).toBeCloseTo(0.667, 3);
    expect(f.averageRating).toBe(4.5);
  });
  it('gives nulls when there is nothing to measure', () => {
    expect(slaFigures([]).medianHoursToAcceptance).toBeNull();
  });
});
