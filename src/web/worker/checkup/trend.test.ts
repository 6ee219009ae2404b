import { describe, expect, it } from 'vitest';
import { change, chartPoints, seriesOf } from './trend';
import type { HistoryEntry } from './types';

const entry = (createdAt: string, phq4: number, who5: number): HistoryEntry => ({
  id: createdAt,
  checkup: 'default',
  createdAt,
  results: [
    {
      instrument: 'phq4',
      name: 'PHQ-4',
      score: phq4,
      range: [0, 12],
      direction: 'higher_is_worse',
      band: { code: 'x', label: 'x', level: 0 },
      flags: [],
    },
    {
      instrument: 'who5',
      name: 'WHO-5',
      score: who5,
      percentage: who5 * 4,
      range: [0, 25],
      direction: 'higher_is_better',
      band: { code: 'x', label: 'x', level: 0 },
      flags: [],
    },
  ],
});

describe('trend lines from the worker’s own history', () => {
  // The API sends the newest first.
  const history = [entry('2026-11-30T08:00:00Z', 3, 20), entry('2026-10-01T08:00:00Z', 6, 10)];

  it('draws each instrument oldest first, WHO-5 as its percentage out of 100', () => {
    const [phq4, who5] = seriesOf(history);
    expect(phq4?.points.map((p) => p.value)).toEqual([6, 3]);
    expect(who5).toMatchObject({ range: [0, 100], direction: 'higher_is_better' });
    expect(who5?.points.map((p) => p.value)).toEqual([40, 80]);
  });

  it('places points inside the chart, higher values higher up, spread evenly', () => {
    const [phq4] = seriesOf(history);
    const points = chartPoints(
      phq4 ?? { instrument: '', name: '', range: [0, 1], direction: 'higher_is_worse', points: [] },
      {
        width: 300,
        height: 100,
        pad: 10,
      },
    );
    expect(points).toEqual([
      { x: 10, y: 50 },
      { x: 290, y: 70 },
    ]);
  });

  it('says better or worse by the instrument’s direction, and "the same" for small changes', () => {
    const [phq4, who5] = seriesOf(history);
    expect(phq4 && change(phq4)).toBe('better');
    expect(who5 && change(who5)).toBe('better');
    const small = seriesOf([entry('2026-11-30T08:00:00Z', 6, 11), entry('2026-10-01T08:00:00Z', 6, 10)]);
    expect(small.map(change)).toEqual(['same', 'same']);
    expect(seriesOf([history[0] as HistoryEntry]).map(change)).toEqual([null, null]);
  });
});
