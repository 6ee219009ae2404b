import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessChange, changeRules, measureSeries } from './measurement';

const phq9 = changeRules.phq9 as NonNullable<(typeof changeRules)['phq9']>;
const gad7 = changeRules.gad7 as NonNullable<(typeof changeRules)['gad7']>;
const who5 = changeRules.who5 as NonNullable<(typeof changeRules)['who5']>;

describe('reliable change and recovery', () => {
  it('needs 6 PHQ-9 points either way', () => {
    expect(assessChange(phq9, 18, 13).reliable).toBe('none');
    expect(assessChange(phq9, 18, 12).reliable).toBe('improved');
    expect(assessChange(phq9, 6, 12).reliable).toBe('deteriorated');
  });

  it('calls it reliable recovery only from the screening range to below it with a reliable improvement', () => {
    expect(assessChange(phq9, 16, 9)).toMatchObject({ reliable: 'improved', reliableRecovery: true });
    // Below 10 but only 2 points better: not reliable, so not a recovery.
    expect(assessChange(phq9, 11, 9)).toMatchObject({ reliable: 'none', reliableRecovery: false });
    // Reliably better but still in the range.
    expect(assessChange(phq9, 22, 14).reliableRecovery).toBe(false);
    // Never in the range: nothing to recover from.
    expect(assessChange(phq9, 8, 1).reliableRecovery).toBe(false);
  });

  it('uses 4 points for GAD-7', () => {
    expect(assessChange(gad7, 12, 8)).toMatchObject({ reliable: 'improved', reliableRecovery: true });
    expect(assessChange(gad7, 12, 9).reliable).toBe('none');
  });

  it('reads WHO-5 the other way round (higher is better)', () => {
    expect(assessChange(who5, 8, 14)).toMatchObject({ reliable: 'improved', reliableRecovery: true });
    expect(assessChange(who5, 14, 11)).toMatchObject({ reliable: 'deteriorated', latestInRange: true });
  });

  it('is symmetric: improvement from a to b is deterioration from b to a', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 27 }), fc.integer({ min: 0, max: 27 }), (a, b) => {
        const forth = assessChange(phq9, a, b).reliable;
        const back = assessChange(phq9, b, a).reliable;
        const flip = { improved: 'deteriorated', deteriorated: 'improved', none: 'none' } as const;
        expect(back).toBe(flip[forth]);
      }),
    );
  });

  it('compares every later score with the first of the case, in time order', () => {
    const d = (day: number) => new Date(Date.UTC(2026, 10, day));
    const series = measureSeries('phq9', [
      { id: 'c', at: d(20), score: 8 },
      { id: 'a', at: d(1), score: 17 },
      { id: 'b', at: d(10), score: 13 },
    ]);
    expect(series.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(series[0]?.sinceBaseline).toBeNull();
    expect(series[1]?.sinceBaseline).toMatchObject({ change: -4, reliable: 'none' });
    expect(series[2]?.sinceBaseline).toMatchObject({
      change: -9,
      reliable: 'improved',
      reliableRecovery: true,
    });
  });

  it('shows only the trend for an instrument without an agreed threshold', () => {
    const series = measureSeries('pss10', [
      { id: 'a', at: new Date(1), score: 30 },
      { id: 'b', at: new Date(2), score: 10 },
    ]);
    expect(series.every((p) => p.sinceBaseline === null)).toBe(true);
  });
});
