import type { CrisisLevel, FlagRule, ItemDef, ScoringDef } from './types';

/**
 * What scoring needs of an instrument. The full definition has it, and so does the form a phone is given, so
 * the phone scores offline with this same code (step-ups, the crisis path, a result before the server answers).
 */
export interface Scorable<
  O extends { value: number } = { value: number },
  B extends ScoredBand = ScoredBand,
> {
  id: string;
  version: string;
  options?: O[];
  items: { n: number; reverse: boolean; options?: O[] }[];
  scoring: ScoringDef;
  bands: B[];
  flags: FlagRule[];
}

export interface ScoredBand {
  code: string;
  min: number;
  level: number;
}

/** The options an item offers: its own (CBI) or the instrument's. */
export const optionsOf = <O extends { value: number }>(
  def: { options?: O[] },
  item: { options?: O[] },
): O[] => item.options ?? def.options ?? [];

export type AnswerProblem =
  | { code: 'wrong_answer_count'; expected: number; received: number }
  | { code: 'invalid_option'; item: number; value: unknown; allowed: number[] };

/** Checks answers are one option value per item, in item order. Missing answers are not allowed. */
export function answerProblems(def: Scorable, answers: readonly unknown[]): AnswerProblem[] {
  if (answers.length !== def.items.length) {
    return [{ code: 'wrong_answer_count', expected: def.items.length, received: answers.length }];
  }
  const problems: AnswerProblem[] = [];
  def.items.forEach((item, i) => {
    const allowed = optionsOf(def, item).map((o) => o.value);
    const value = answers[i];
    if (typeof value !== 'number' || !allowed.includes(value)) {
      problems.push({ code: 'invalid_option', item: item.n, value, allowed });
    }
  });
  return problems;
}

export interface Flag {
  code: string;
  crisis?: CrisisLevel;
}

export interface SubscaleResult {
  id: string;
  score: number;
  positive: boolean;
}

export interface ScoreResult<B extends ScoredBand = ScoredBand> {
  instrument: string;
  version: string;
  /** In the metric of scoring.range: a sum, or a mean for CBI. */
  score: number;
  /** WHO-5's percentage (raw × 4), when the instrument has a transform. */
  transformed?: { code: 'percentage'; value: number };
  band: B;
  subscales: SubscaleResult[];
  flags: Flag[];
}

/** The value an answer contributes: reversed items count from the other end. */
function itemScore(def: Scorable, item: { reverse: boolean }, value: number): number {
  if (!item.reverse) return value;
  if (def.scoring.reverseFrom === undefined)
    throw new Error(`${def.id} has reversed items but no reverseFrom`);
  return def.scoring.reverseFrom - value;
}

const roundTo = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/**
 * The band a score falls in. For means the comparison is made on the exact sum (sum ≥ min × n), so no
 * rounding can push a score across a boundary.
 */
function bandFor<B extends ScoredBand>(def: Scorable<{ value: number }, B>, sum: number, n: number): B {
  const exact = (min: number) => (def.scoring.method === 'mean' ? sum >= min * n : sum >= min);
  let found = def.bands[0] as B;
  for (const b of def.bands) if (exact(b.min)) found = b;
  return found;
}

/** Scores valid answers (see answerProblems). Pure: the same answers always give the same result. */
export function scoreAnswers<B extends ScoredBand>(
  def: Scorable<{ value: number }, B>,
  answers: readonly number[],
): ScoreResult<B> {
  const problems = answerProblems(def, answers);
  if (problems.length) throw new Error(`invalid answers for ${def.id}: ${JSON.stringify(problems)}`);
  const scored = def.items.map((item, i) => itemScore(def, item, answers[i] as number));
  const sum = scored.reduce((a, b) => a + b, 0);
  const n = scored.length;
  const score = def.scoring.method === 'mean' ? roundTo(sum / n, def.scoring.decimals ?? 2) : sum;

  const subscales = (def.scoring.subscales ?? []).map((s) => {
    const value = s.items.reduce(
      (a, itemN) => a + (scored[def.items.findIndex((it) => it.n === itemN)] ?? 0),
      0,
    );
    return { id: s.id, score: value, positive: value >= s.positiveAt };
  });

  const flags: Flag[] = [];
  for (const rule of def.flags) {
    let raised = false;
    switch (rule.kind) {
      case 'item_at_least':
        raised = (answers[def.items.findIndex((it) => it.n === rule.item)] ?? -Infinity) >= rule.value;
        break;
      case 'any_item_at_most':
        raised = answers.some((v) => v <= rule.value);
        break;
      case 'score_at_least':
        raised = score >= rule.value;
        break;
      case 'score_at_most':
        raised = score <= rule.value;
        break;
      case 'subscale_positive':
        raised = subscales.some((s) => s.id === rule.subscale && s.positive);
        break;
    }
    if (raised) flags.push(rule.crisis ? { code: rule.code, crisis: rule.crisis } : { code: rule.code });
  }

  const transform = def.scoring.transform;
  return {
    instrument: def.id,
    version: def.version,
    score,
    ...(transform ? { transformed: { code: transform.code, value: sum * transform.factor } } : {}),
    band: bandFor(def, sum, n),
    subscales,
    flags,
  };
}

/**
 * Whether a single answer starts the crisis path the moment it is given (PHQ-9 item 9 above 0), and whether it
 * is the more urgent kind (item 9 on more than half the days). Runs in the phone too, without any server.
 */
export function crisisOfAnswer(
  item: Pick<ItemDef, 'critical'>,
  value: number,
): { triggered: boolean; higherUrgency: boolean } {
  if (!item.critical || value < item.critical.threshold) return { triggered: false, higherUrgency: false };
  return { triggered: true, higherUrgency: value >= item.critical.urgentAt };
}
