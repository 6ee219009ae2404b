import { assessCrisis } from '../../../core/instruments/crisis';
import { scoreAnswers } from '../../../core/instruments/scoring';
import type { Answers, Crisis, Form, Result } from './types';

/**
 * The results the phone computes itself, with the same scoring code as the server, in the server's shape:
 * shown at once, and all the worker gets while the submission waits in the outbox for a network.
 */
export function localResults(
  forms: readonly Form[],
  answers: Answers,
): { results: Result[]; crisis: Crisis } {
  const scored = Object.entries(answers).flatMap(([id, values]) => {
    const form = forms.find((f) => f.id === id);
    return form ? [{ form, result: scoreAnswers(form, values) }] : [];
  });
  const results = scored.map(({ form, result }) => ({
    instrument: result.instrument,
    version: result.version,
    score: result.score,
    ...(result.transformed ? { percentage: result.transformed.value } : {}),
    band: { code: result.band.code, label: result.band.label, level: result.band.level },
    bandsDescriptive: form.bandsDescriptive,
    subscales: result.subscales,
    flags: result.flags.map((f) => f.code),
  }));
  return { results, crisis: assessCrisis(scored.map((s) => s.result)) };
}
