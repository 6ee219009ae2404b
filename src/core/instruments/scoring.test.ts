import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument, usableInstruments } from './catalogue';
import { answerProblems, crisisOfAnswer, optionsOf, scoreAnswers } from './scoring';
import type { InstrumentDefinition } from './types';

const def = (id: string): InstrumentDefinition => {
  const d = instrument(id);
  if (!d) throw new Error(id);
  return d;
};

/** Contribution of each option of each item (reverse applied), so tests can aim at an exact raw sum. */
const contributions = (d: InstrumentDefinition) =>
  d.items.map((item) =>
    optionsOf(d, item).map((o) => ({
      value: o.value,
      adds: item.reverse ? (d.scoring.reverseFrom ?? 0) - o.value : o.value,
    })),
  );

/** Answers whose raw (unrounded) sum is exactly `target`; found by search over reachable sums. */
function answersForSum(d: InstrumentDefinition, target: number): number[] {
  const per = contributions(d);
  const reach: Map<number, number[]>[] = [new Map([[0, []]])];
  per.forEach((opts, i) => {
    const next = new Map<number, number[]>();
    for (const [sum, path] of reach[i] as Map<number, number[]>) {
      for (const o of opts) if (!next.has(sum + o.adds)) next.set(sum + o.adds, [...path, o.value]);
    }
    reach.push(next);
  });
  const found = (reach.at(-1) as Map<number, number[]>).get(target);
  if (!found) throw new Error(`${d.id}: no answers sum to ${target}`);
  return found;
}

/**
 * Expected [raw sum, reported score, band code] at the minimum, the maximum and both sides of every band
 * boundary, typed from instruments.md, not derived from the definitions under test.
 */
const golden: Record<string, [number, number, string][]> = {
  phq9: [
    [0, 0, 'minimal'],
    [4, 4, 'minimal'],
    [5, 5, 'mild'],
    [9, 9, 'mild'],
    [10, 10, 'moderate'],
    [14, 14, 'moderate'],
    [15, 15, 'moderately_severe'],
    [19, 19, 'moderately_severe'],
    [20, 20, 'severe'],
    [27, 27, 'severe'],
  ],
  gad7: [
    [0, 0, 'minimal'],
    [4, 4, 'minimal'],
    [5, 5, 'mild'],
    [9, 9, 'mild'],
    [10, 10, 'moderate'],
    [14, 14, 'moderate'],
    [15, 15, 'severe'],
    [21, 21, 'severe'],
  ],
  phq2: [
    [0, 0, 'negative'],
    [2, 2, 'negative'],
    [3, 3, 'positive'],
    [6, 6, 'positive'],
  ],
  gad2: [
    [0, 0, 'negative'],
    [2, 2, 'negative'],
    [3, 3, 'positive'],
    [6, 6, 'positive'],
  ],
  phq4: [
    [0, 0, 'normal'],
    [2, 2, 'normal'],
    [3, 3, 'mild'],
    [5, 5, 'mild'],
    [6, 6, 'moderate'],
    [8, 8, 'moderate'],
    [9, 9, 'severe'],
    [12, 12, 'severe'],
  ],
  who5: [
    [0, 0, 'very_low'],
    [7, 7, 'very_low'],
    [8, 8, 'low'],
    [12, 12, 'low'],
    [13, 13, 'not_low'],
    [25, 25, 'not_low'],
  ],
  pss10: [
    [0, 0, 'low'],
    [13, 13, 'low'],
    [14, 14, 'moderate'],
    [26, 26, 'moderate'],
    [27, 27, 'high'],
    [40, 40, 'high'],
  ],
  k10: [
    [10, 10, 'low'],
    [15, 15, 'low'],
    [16, 16, 'moderate'],
    [21, 21, 'moderate'],
    [22, 22, 'high'],
    [29, 29, 'high'],
    [30, 30, 'very_high'],
    [50, 50, 'very_high'],
  ],
  k6: [
    [0, 0, 'low'],
    [4, 4, 'low'],
    [5, 5, 'moderate'],
    [12, 12, 'moderate'],
    [13, 13, 'serious'],
    [24, 24, 'serious'],
  ],
  // CBI is a mean of 0/25/50/75/100 over 7 items: raw sums are multiples of 25.
  cbi_work: [
    [0, 0, 'low'],
    [325, 46.4, 'low'],
    [350, 50, 'moderate'],
    [500, 71.4, 'moderate'],
    [525, 75, 'high'],
    [675, 96.4, 'high'],
    [700, 100, 'severe'],
  ],
  ucla3: [
    [3, 3, 'not_lonely'],
    [5, 5, 'not_lonely'],
    [6, 6, 'lonely'],
    [9, 9, 'lonely'],
  ],
};

describe('golden scores at minimum, maximum and every band boundary', () => {
  it('covers every usable instrument', () => {
    expect(
      usableInstruments()
        .map((d) => d.id)
        .sort(),
    ).toEqual(Object.keys(golden).sort());
  });

  for (const [id, rows] of Object.entries(golden)) {
    it.each(rows)(`${id}: raw %s → score %s, band %s`, (raw, score, band) => {
      const result = scoreAnswers(def(id), answersForSum(def(id), raw));
      expect(result.score).toBe(score);
      expect(result.band.code).toBe(band);
    });
  }

  it('reports WHO-5 as raw 0–25 with the percentage (×4) beside it', () => {
    const r = scoreAnswers(def('who5'), [3, 3, 3, 2, 2]);
    expect(r.score).toBe(13);
    expect(r.transformed).toEqual({ code: 'percentage', value: 52 });
    expect(scoreAnswers(def('who5'), [5, 5, 5, 5, 5]).transformed?.value).toBe(100);
  });
});

describe('reverse items', () => {
  it('PSS-10 reverses items 4, 5, 7 and 8 (4 − x), in PSS-10 numbering', () => {
    expect(
      def('pss10')
        .items.filter((i) => i.reverse)
        .map((i) => i.n),
    ).toEqual([4, 5, 7, 8]);
    expect(scoreAnswers(def('pss10'), Array(10).fill(0)).score).toBe(16);
    expect(scoreAnswers(def('pss10'), Array(10).fill(4)).score).toBe(24);
  });

  it('CBI reverses item 7 once (100 − x), from its raw option values', () => {
    expect(scoreAnswers(def('cbi_work'), Array(7).fill(100)).score).toBe(85.7);
    expect(scoreAnswers(def('cbi_work'), Array(7).fill(0)).score).toBe(14.3);
  });

  it('WHO-5 has no reverse items: more of the time feeling well is a higher score', () => {
    expect(def('who5').items.some((i) => i.reverse)).toBe(false);
    expect(scoreAnswers(def('who5'), [5, 5, 5, 5, 5]).score).toBe(25);
  });
});

describe('flags', () => {
  it('raises the self-harm flag for any PHQ-9 item-9 answer above 0, whatever the total', () => {
    const low = scoreAnswers(def('phq9'), [0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(low.band.code).toBe('minimal');
    expect(low.flags).toContainEqual({ code: 'self_harm_thoughts', crisis: 'urgent' });
    expect(low.flags.map((f) => f.code)).not.toContain('self_harm_thoughts_frequent');
    const frequent = scoreAnswers(def('phq9'), [0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(frequent.flags.map((f) => f.code)).toContain('self_harm_thoughts_frequent');
    expect(scoreAnswers(def('phq9'), [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags.map((f) => f.code)).toEqual([
      'severe_symptoms',
    ]);
  });

  it('starts the crisis path from the answer itself, before any scoring', () => {
    const item9 = def('phq9').items[8];
    if (!item9) throw new Error('no item 9');
    expect(crisisOfAnswer(item9, 0)).toEqual({ triggered: false, higherUrgency: false });
    expect(crisisOfAnswer(item9, 1)).toEqual({ triggered: true, higherUrgency: false });
    expect(crisisOfAnswer(item9, 3)).toEqual({ triggered: true, higherUrgency: true });
    expect(crisisOfAnswer(def('phq9').items[0] as never, 3).triggered).toBe(false);
  });

  it('flags any WHO-5 item at 0 or 1 even when the total is fine, and very low well-being', () => {
    const r = scoreAnswers(def('who5'), [5, 5, 5, 5, 1]);
    expect(r.band.code).toBe('not_low');
    expect(r.flags.map((f) => f.code)).toEqual(['item_low']);
    expect(scoreAnswers(def('who5'), [2, 2, 1, 1, 1]).flags).toContainEqual({
      code: 'very_low_wellbeing',
      crisis: 'elevated',
    });
  });

  it('scores PHQ-4 subscales (GAD-2 items 1–2, PHQ-2 items 3–4) and flags a positive one', () => {
    const r = scoreAnswers(def('phq4'), [0, 1, 2, 1]);
    expect(r.subscales).toEqual([
      { id: 'anxiety', score: 1, positive: false },
      { id: 'depression', score: 3, positive: true },
    ]);
    expect(r.flags.map((f) => f.code)).toEqual(['depression_screen_positive']);
  });

  it('flags serious distress on K6 ≥ 13 and K10 ≥ 30', () => {
    expect(scoreAnswers(def('k6'), answersForSum(def('k6'), 13)).flags[0]?.code).toBe('serious_distress');
    expect(scoreAnswers(def('k6'), answersForSum(def('k6'), 12)).flags).toEqual([]);
    expect(scoreAnswers(def('k10'), answersForSum(def('k10'), 30)).flags[0]?.code).toBe('very_high_distress');
  });
});

describe('answer validation', () => {
  it('wants exactly one option value per item', () => {
    expect(answerProblems(def('phq9'), [0, 0])).toEqual([
      { code: 'wrong_answer_count', expected: 9, received: 2 },
    ]);
    expect(answerProblems(def('ucla3'), [0, 1, 2])[0]).toMatchObject({
      code: 'invalid_option',
      item: 1,
      allowed: [1, 2, 3],
    });
    expect(answerProblems(def('cbi_work'), [100, 75, 50, 25, 0, 100, 60])[0]).toMatchObject({
      code: 'invalid_option',
      item: 7,
    });
    expect(answerProblems(def('phq9'), [0, 0, 0, 0, 0, 0, 0, 0, '1'])[0]).toMatchObject({
      code: 'invalid_option',
      item: 9,
    });
    expect(() => scoreAnswers(def('phq9'), [0])).toThrow();
  });
});

describe('properties of every instrument', () => {
  const validAnswers = (d: InstrumentDefinition) =>
    fc.tuple(...d.items.map((item) => fc.constantFrom(...optionsOf(d, item).map((o) => o.value))));

  for (const d of usableInstruments()) {
    it(`${d.id}: the score is always in range and inside its band`, () => {
      fc.assert(
        fc.property(validAnswers(d), (answers) => {
          const r = scoreAnswers(d, answers);
          const [lo, hi] = d.scoring.range;
          const bandIndex = d.bands.indexOf(r.band);
          const next = d.bands[bandIndex + 1];
          return (
            r.score >= lo &&
            r.score <= hi &&
            r.score >= r.band.min - 0.05 &&
            (!next || r.score < next.min + 0.05)
          );
        }),
      );
    });

    it(`${d.id}: a higher answer never lowers the score, except on reversed items where it never raises it`, () => {
      fc.assert(
        fc.property(validAnswers(d), fc.nat({ max: d.items.length - 1 }), (answers, i) => {
          const item = d.items[i] as (typeof d.items)[number];
          const higher = optionsOf(d, item)
            .map((o) => o.value)
            .filter((v) => v > (answers[i] as number));
          if (higher.length === 0) return true;
          const changed = [...answers];
          changed[i] = Math.min(...higher);
          const before = scoreAnswers(d, answers).score;
          const after = scoreAnswers(d, changed).score;
          return item.reverse ? after <= before : after >= before;
        }),
      );
    });
  }
});
