import { describe, expect, it } from 'vitest';
import { byConcern, concernOf, flagConcern, resultCodes, worstConcern } from './shared-results';
import type { SharedResult } from './types';

const result = (instrument: string, level: number, flags: string[]): SharedResult => ({
  instrument,
  name: instrument,
  score: 10,
  band: '中度',
  level,
  flags,
});

describe('check-up results a worker shared', () => {
  it('puts thoughts of self-harm (PHQ-9 item 9) above every other concern', () => {
    expect(concernOf(result('phq9', 2, ['self_harm_thoughts']))).toBe('urgent');
    expect(concernOf(result('phq9', 4, ['severe_symptoms']))).toBe('elevated');
    expect(concernOf(result('who5', 0, ['item_low']))).toBeNull();
    expect(concernOf(result('unknown', 0, ['x']))).toBeNull();
    expect(flagConcern('phq9', 'self_harm_thoughts_frequent')).toBe('urgent');
    expect(flagConcern('phq4', 'anxiety_screen_positive')).toBeNull();
    expect(
      worstConcern([result('k10', 3, ['very_high_distress']), result('phq9', 1, ['self_harm_thoughts'])]),
    ).toBe('urgent');
    expect(worstConcern([result('gad7', 1, [])])).toBeNull();
    const sorted = byConcern([
      result('gad7', 1, []),
      result('who5', 3, ['very_low_wellbeing']),
      result('phq4', 2, []),
      result('phq9', 1, ['self_harm_thoughts']),
    ]);
    expect(sorted.map((r) => r.instrument)).toEqual(['phq9', 'who5', 'phq4', 'gad7']);
  });

  it('finds the band’s code from its level, for the English wording', () => {
    expect(resultCodes(result('phq9', 3, []))).toEqual({ shortName: 'PHQ-9', band: 'moderately_severe' });
    expect(resultCodes(result('who5', 3, []))).toEqual({ shortName: 'WHO-5', band: 'very_low' });
    expect(resultCodes(result('k6', 2, []))).toEqual({ shortName: 'K6', band: null });
    expect(resultCodes(result('nope', 1, []))).toEqual({ shortName: 'nope', band: null });
  });
});
