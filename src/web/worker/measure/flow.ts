import { assessCrisis } from '../../../core/instruments/crisis';
import { crisisOfAnswer, scoreAnswers } from '../../../core/instruments/scoring';
import type { CrisisLevel } from '../../../core/instruments/types';
import type { Form } from '../checkup/types';

/**
 * One questionnaire from a counsellor's link, as pure steps: its instructions, one question per screen,
 * the crisis screen the moment a critical answer is given (the core's rule: PHQ-9 item 9 above 0), and the
 * answers to send once every item has one. Kept in memory only: a reload loses the link's token anyway.
 */
export interface MeasureProgress {
  answers: (number | null)[];
  /** Index of the question on screen; answers.length means "after the last one". */
  position: number;
  instructionsSeen: boolean;
  /** A critical answer was given: the crisis screen shows before anything else. */
  crisisOpen: boolean;
  /** Whether any answer so far called for crisis help (it stays with the finished screen). */
  crisisSeen: boolean;
}

export const startMeasure = (form: Form): MeasureProgress => ({
  answers: form.items.map(() => null),
  position: 0,
  instructionsSeen: false,
  crisisOpen: false,
  crisisSeen: false,
});

/** Whether this answer to this item starts the crisis path at once, by the core's crisisOfAnswer. */
export function isCriticalAnswer(form: Form, index: number, value: number): boolean {
  const item = form.items[index];
  const c = item ? form.criticalItems.find((x) => x.n === item.n) : undefined;
  // The form lists critical items apart (criticalItems); the core's rule reads them as the item's own.
  const critical = c && { kind: 'self_harm' as const, threshold: c.threshold, urgentAt: c.urgentAt };
  return crisisOfAnswer({ critical }, value).triggered;
}

/** Records the answer on screen and moves on; a critical answer opens the crisis screen first. */
export function answerMeasure(p: MeasureProgress, form: Form, value: number): MeasureProgress {
  if (p.position >= form.items.length) return p;
  const answers = [...p.answers];
  answers[p.position] = value;
  const crisis = isCriticalAnswer(form, p.position, value);
  return {
    ...p,
    answers,
    position: p.position + 1,
    crisisOpen: p.crisisOpen || crisis,
    crisisSeen: p.crisisSeen || crisis,
  };
}

/** One step back: from the crisis screen to the question just answered, else the question before. */
export function backMeasure(p: MeasureProgress): MeasureProgress | null {
  if (p.crisisOpen) return { ...p, crisisOpen: false, position: Math.max(p.position - 1, 0) };
  if (p.position === 0) return null;
  return { ...p, position: p.position - 1 };
}

/** Every item answered: the answers to send, in item order; otherwise null. */
export function completeAnswers(p: MeasureProgress): number[] | null {
  return p.answers.length > 0 && p.answers.every((v) => v !== null) ? (p.answers as number[]) : null;
}

/**
 * Crisis help for the finished questionnaire, decided on the phone with the core's scoring and crisis rules,
 * so it shows before and whatever the network does: 'urgent' (item 9 above 0: before anything else),
 * 'elevated' (a very high score: prominent beside the thank-you), or null.
 */
export function crisisOfAnswers(form: Form, answers: readonly number[]): CrisisLevel | null {
  const byItem = answers.some((v, i) => isCriticalAnswer(form, i, v));
  try {
    const { level } = assessCrisis([scoreAnswers(form, answers)]);
    return byItem ? 'urgent' : level;
  } catch {
    // Answers the form cannot score (never from its own buttons): the item rule alone.
    return byItem ? 'urgent' : null;
  }
}
