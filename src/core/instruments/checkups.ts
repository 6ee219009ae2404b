import type { AudienceId } from '../content/audiences';
import type { ScoreResult } from './scoring';
import type { Localised } from './types';

/**
 * A check-up (battery) runs several instruments in sequence and may offer step-ups: a longer instrument when a
 * short one screens positive, carrying over the answers it shares instead of asking them again.
 */
export type StepUpTrigger =
  | { instrument: string; subscalePositive: string }
  | { instrument: string; band: string }
  | { instrument: string; scoreBelow: number }
  | { instrument: string; flag: string };

export interface StepUpRule {
  target: string;
  reason: Localised;
  when: StepUpTrigger[];
  /** Answers taken over from an earlier instrument: target item `to` = `from` instrument's item `item`. */
  carryOver: { from: string; item: number; to: number }[];
}

export interface CheckupDefinition {
  id: string;
  name: Localised;
  description: Localised;
  instruments: string[];
  stepUps: StepUpRule[];
  /** Audience groups it is meant for (a short one for drivers); none or empty is for everyone. */
  audiences?: AudienceId[];
}

export const phq9StepUp: StepUpRule = {
  target: 'phq9',
  reason: {
    'zh-CN': '您最近的心情可能受了些影响，再回答 7 个问题，能更清楚地了解自己。',
    en: 'Your mood may have been affected lately; 7 more questions will give a clearer picture.',
  },
  when: [
    { instrument: 'phq4', subscalePositive: 'depression' },
    { instrument: 'phq2', band: 'positive' },
    { instrument: 'who5', scoreBelow: 13 },
    { instrument: 'who5', flag: 'item_low' },
  ],
  carryOver: [
    { from: 'phq4', item: 3, to: 1 },
    { from: 'phq4', item: 4, to: 2 },
    { from: 'phq2', item: 1, to: 1 },
    { from: 'phq2', item: 2, to: 2 },
  ],
};

export const gad7StepUp: StepUpRule = {
  target: 'gad7',
  reason: {
    'zh-CN': '您最近可能有些紧张或担心，再回答 5 个问题，能更清楚地了解自己。',
    en: 'You may have been tense or worried lately; 5 more questions will give a clearer picture.',
  },
  when: [
    { instrument: 'phq4', subscalePositive: 'anxiety' },
    { instrument: 'gad2', band: 'positive' },
  ],
  carryOver: [
    { from: 'phq4', item: 1, to: 1 },
    { from: 'phq4', item: 2, to: 2 },
    { from: 'gad2', item: 1, to: 1 },
    { from: 'gad2', item: 2, to: 2 },
  ],
};

export const standardStepUps: readonly StepUpRule[] = [phq9StepUp, gad7StepUp];

/** The standard step-ups a list of instruments can lead to (a trigger among them, the target not). */
export const stepUpsApplicableTo = (instruments: readonly string[]): StepUpRule[] =>
  standardStepUps.filter(
    (rule) => !instruments.includes(rule.target) && rule.when.some((t) => instruments.includes(t.instrument)),
  );

/** instruments.md §5: under five minutes, with the PHQ-9 and GAD-7 step-ups offered, never forced. */
export const defaultCheckup: CheckupDefinition = {
  id: 'default',
  name: { 'zh-CN': '心理健康体检', en: 'Mental health check-up' },
  description: {
    'zh-CN': '约 4 分钟，19 个问题：心情、焦虑、身心状态、工作倦怠和孤独感。匿名，不用注册。',
    en: 'About 4 minutes, 19 questions: mood, anxiety, well-being, work burnout and loneliness. Anonymous, no sign-up.',
  },
  instruments: ['phq4', 'who5', 'cbi_work', 'ucla3'],
  stepUps: stepUpsApplicableTo(['phq4', 'who5', 'cbi_work', 'ucla3']),
};

function triggered(t: StepUpTrigger, byInstrument: Map<string, ScoreResult>): boolean {
  const r = byInstrument.get(t.instrument);
  if (!r) return false;
  if ('subscalePositive' in t) return r.subscales.some((s) => s.id === t.subscalePositive && s.positive);
  if ('band' in t) return r.band.code === t.band;
  if ('scoreBelow' in t) return r.score < t.scoreBelow;
  return r.flags.some((f) => f.code === t.flag);
}

/** Step-ups these results call for, leaving out instruments already taken. */
export function stepUpsFor(checkup: CheckupDefinition, results: readonly ScoreResult[]): StepUpRule[] {
  const byInstrument = new Map(results.map((r) => [r.instrument, r]));
  return checkup.stepUps.filter(
    (rule) => !byInstrument.has(rule.target) && rule.when.some((t) => triggered(t, byInstrument)),
  );
}

/** The answers a step-up starts with, taken over from earlier instruments (item number → value). */
export function carriedOver(
  rule: StepUpRule,
  answers: Readonly<Record<string, readonly number[]>>,
): Map<number, number> {
  const carried = new Map<number, number>();
  for (const c of rule.carryOver) {
    const value = answers[c.from]?.[c.item - 1];
    if (value !== undefined) carried.set(c.to, value);
  }
  return carried;
}
