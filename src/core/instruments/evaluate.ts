import { type CheckupDefinition, carriedOver, stepUpsFor } from './checkups';
import { assessCrisis, type CrisisAssessment } from './crisis';
import { type AnswerProblem, answerProblems, type ScoreResult, scoreAnswers } from './scoring';
import type { BandDef, InstrumentDefinition } from './types';

export type SubmissionProblem =
  | { code: 'unknown_instrument'; instrument: string }
  | { code: 'missing_instrument'; instrument: string }
  | { code: 'step_up_not_offered'; instrument: string }
  | { code: 'carry_over_mismatch'; instrument: string; item: number; expected: number }
  | ({ instrument: string } & AnswerProblem);

export type Evaluation =
  | { ok: true; results: ScoreResult<BandDef>[]; crisis: CrisisAssessment; stepUps: string[] }
  | { ok: false; problems: SubmissionProblem[] };

/**
 * Checks and scores one submission of a check-up: every instrument of the check-up answered, step-ups only
 * when the answers called for them and with the carried-over answers unchanged, every answer an option value.
 */
export function evaluateSubmission(
  checkup: CheckupDefinition,
  definitions: ReadonlyMap<string, InstrumentDefinition>,
  answers: Readonly<Record<string, readonly unknown[]>>,
): Evaluation {
  const problems: SubmissionProblem[] = [];
  const stepUpTargets = new Set(checkup.stepUps.map((s) => s.target));
  for (const id of Object.keys(answers)) {
    if (!checkup.instruments.includes(id) && !stepUpTargets.has(id))
      problems.push({ code: 'unknown_instrument', instrument: id });
  }
  for (const id of checkup.instruments) {
    if (!(id in answers)) problems.push({ code: 'missing_instrument', instrument: id });
  }
  for (const [id, values] of Object.entries(answers)) {
    const def = definitions.get(id);
    if (!def || (!checkup.instruments.includes(id) && !stepUpTargets.has(id))) continue;
    for (const p of answerProblems(def, values)) problems.push({ instrument: id, ...p });
  }
  if (problems.length) return { ok: false, problems };

  const score = (id: string) =>
    scoreAnswers(definitions.get(id) as InstrumentDefinition, answers[id] as number[]);
  const base = checkup.instruments.map(score);
  const offered = stepUpsFor(checkup, base);
  const taken: ScoreResult<BandDef>[] = [];
  for (const rule of checkup.stepUps) {
    const given = answers[rule.target] as number[] | undefined;
    if (!given) continue;
    if (!offered.includes(rule)) {
      problems.push({ code: 'step_up_not_offered', instrument: rule.target });
      continue;
    }
    for (const [item, expected] of carriedOver(rule, answers as Record<string, number[]>)) {
      if (given[item - 1] !== expected)
        problems.push({ code: 'carry_over_mismatch', instrument: rule.target, item, expected });
    }
    taken.push(score(rule.target));
  }
  if (problems.length) return { ok: false, problems };
  const results = [...base, ...taken];
  return {
    ok: true,
    results,
    crisis: assessCrisis(results),
    stepUps: offered.filter((r) => !(r.target in answers)).map((r) => r.target),
  };
}

/** A single instrument taken alone is a check-up of one, with its standard step-ups. */
export const singleInstrumentCheckup = (
  def: InstrumentDefinition,
  stepUps: CheckupDefinition['stepUps'],
): CheckupDefinition => ({
  id: def.id,
  name: def.name,
  description: def.name,
  instruments: [def.id],
  stepUps,
});
