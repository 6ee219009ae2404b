import { catalogue } from '../../core/instruments/catalogue';
import { defaultCheckup } from '../../core/instruments/checkups';
import { type Evaluation, evaluateSubmission } from '../../core/instruments/evaluate';
import { optionsOf } from '../../core/instruments/scoring';
import type { InstrumentDefinition, ItemDef } from '../../core/instruments/types';
import type { DemoRandom } from './activity-random';

/**
 * Answers a demo worker might give, from one number: how unwell they are this time (0 well … 1 very unwell).
 * The real scoring engine turns them into results, step-ups and crisis levels, exactly as a real submission.
 */

/** The usual spread of a working population: most well, a tail of the unwell. */
export function drawSeverity(rnd: DemoRandom): number {
  const band = rnd.weighted([
    [0, 58],
    [1, 27],
    [2, 11],
    [3, 4],
  ] as const);
  return Math.min(0.999, (band + rnd.next()) / 4);
}

const scoredHigherIsWorse = (def: InstrumentDefinition, item: ItemDef) =>
  (def.scoring.direction === 'higher_is_worse') !== item.reverse;

function answerItem(rnd: DemoRandom, def: InstrumentDefinition, item: ItemDef, severity: number): number {
  const values = optionsOf(def, item)
    .map((o) => o.value)
    .sort((a, b) => a - b);
  if (item.critical) {
    // Thoughts of self-harm are rare even among the unwell; the crisis path must stay a small share.
    const p = severity > 0.85 ? 0.35 : severity > 0.65 ? 0.06 : 0.004;
    if (!rnd.chance(p)) return values[0] as number;
    return values[
      rnd.weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const)
    ] as number;
  }
  const noisy = Math.min(1, Math.max(0, severity + (rnd.next() - 0.5) * 0.45));
  const i = Math.min(values.length - 1, Math.round(noisy * (values.length - 1)));
  return values[scoredHigherIsWorse(def, item) ? i : values.length - 1 - i] as number;
}

const answersOf = (rnd: DemoRandom, id: string, severity: number): number[] => {
  const def = catalogue.get(id) as InstrumentDefinition;
  return def.items.map((item) => answerItem(rnd, def, item, severity));
};

export type Scored = Extract<Evaluation, { ok: true }> & { answers: Record<string, number[]> };

/** The default check-up answered, with the step-ups offered taken by most (never forced, as on the phone). */
export function demoCheckup(rnd: DemoRandom, severity: number): Scored {
  const answers: Record<string, number[]> = {};
  for (const id of defaultCheckup.instruments) answers[id] = answersOf(rnd, id, severity);
  const base = evaluateSubmission(defaultCheckup, catalogue, answers);
  if (!base.ok) throw new Error(`demo answers refused: ${JSON.stringify(base.problems)}`);
  for (const target of base.stepUps) {
    if (!rnd.chance(0.75)) continue;
    const rule = defaultCheckup.stepUps.find((s) => s.target === target);
    if (!rule) continue;
    const given = answersOf(rnd, target, severity);
    for (const c of rule.carryOver) {
      const from = answers[c.from]?.[c.item - 1];
      if (from !== undefined) given[c.to - 1] = from;
    }
    answers[target] = given;
  }
  const scored = evaluateSubmission(defaultCheckup, catalogue, answers);
  if (!scored.ok) throw new Error(`demo answers refused: ${JSON.stringify(scored.problems)}`);
  return { ...scored, answers };
}
