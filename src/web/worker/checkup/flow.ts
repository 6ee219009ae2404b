import type { StepUpRule } from '../../../core/instruments/checkups';
import type { Language } from '../../shared/preferences';
import type { Answers, CheckupSummary, Form, Progress } from './types';

/**
 * The check-up as pure steps over Progress: which questions to ask (the battery, then any step-up the
 * worker accepted, without the items it carries over), which step-up to offer, and the answers to send.
 * Step-ups are decided from the battery alone, as the server decides them (core/instruments/evaluate.ts),
 * by an engine holding the core's scoring (step-ups.ts), which the battery's questions do not need: until
 * it is loaded, a screen that needs it is 'waiting'.
 */
export interface StepUpEngine {
  /** Step-ups a complete battery calls for (and whose form the phone has). */
  offers(checkup: CheckupSummary, forms: Form[], battery: Answers): StepUpRule[];
  /** A step-up's answers taken over from the battery: target item number → value. */
  carried(rule: StepUpRule, battery: Answers): Map<number, number>;
}

export interface Question {
  instrument: string;
  /** Index into the form's items. */
  index: number;
}

export type Screen =
  | { kind: 'question'; question: Question; number: number; total: number; firstOfInstrument: boolean }
  | { kind: 'offer'; rule: StepUpRule; reason: string }
  | { kind: 'waiting' }
  | { kind: 'done' };

export function startProgress(
  checkup: CheckupSummary,
  forms: Form[],
  options: {
    lang: Language;
    campaign?: string | null;
    campaignName?: string | null;
    tenant?: string | null;
    retrievalCode?: string | null;
    now?: Date;
  },
): Progress {
  const answers: Progress['answers'] = {};
  for (const f of forms) answers[f.id] = f.items.map(() => null);
  return {
    v: 1,
    checkup,
    forms,
    lang: options.lang,
    campaign: options.campaign ?? null,
    campaignName: options.campaignName ?? null,
    tenant: options.tenant ?? null,
    retrievalCode: options.retrievalCode ?? null,
    answers,
    decisions: [],
    position: 0,
    instructionsSeen: [],
    crisisOpen: false,
    startedAt: (options.now ?? new Date()).toISOString(),
  };
}

export const formOf = (p: Progress, id: string): Form | undefined => p.forms.find((f) => f.id === id);

const complete = (values: readonly (number | null)[] | undefined): values is number[] =>
  Boolean(values?.length) && (values as (number | null)[]).every((v) => v !== null);

/** The battery's answers, or null while any is missing. */
function battery(p: Progress): Answers | null {
  const out: Answers = {};
  for (const id of p.checkup.instruments) {
    const values = p.answers[id];
    if (!complete(values)) return null;
    out[id] = values;
  }
  return out;
}

/** Step-ups the battery calls for: [] before it is complete, null while the engine is not loaded. */
export function offers(p: Progress, engine: StepUpEngine | null): StepUpRule[] | null {
  const answers = battery(p);
  if (!answers) return [];
  return engine ? engine.offers(p.checkup, p.forms, answers) : null;
}

/** Accepted step-ups the answers still call for (a changed answer can withdraw one). */
function accepted(p: Progress, engine: StepUpEngine | null): StepUpRule[] | null {
  if (!p.decisions.some((d) => d.accepted)) return [];
  const offered = offers(p, engine);
  if (!offered) return null;
  return p.decisions
    .filter((d) => d.accepted)
    .flatMap((d) => offered.filter((rule) => rule.target === d.target));
}

/** The questions to ask, in order; null while that depends on an engine not yet loaded. */
export function questionsOf(p: Progress, engine: StepUpEngine | null): Question[] | null {
  const stepUps = accepted(p, engine);
  if (!stepUps) return null;
  const questions: Question[] = [];
  for (const id of p.checkup.instruments) {
    formOf(p, id)?.items.forEach((_, index) => {
      questions.push({ instrument: id, index });
    });
  }
  const answers = battery(p) ?? {};
  for (const rule of stepUps) {
    const skip = engine ? engine.carried(rule, answers) : new Map<number, number>();
    formOf(p, rule.target)?.items.forEach((item, index) => {
      if (!skip.has(item.n)) questions.push({ instrument: rule.target, index });
    });
  }
  return questions;
}

export function screenOf(p: Progress, engine: StepUpEngine | null): Screen {
  const questions = questionsOf(p, engine);
  if (!questions) return { kind: 'waiting' };
  const position = Math.min(Math.max(p.position, 0), questions.length);
  const question = questions[position];
  if (question) {
    return {
      kind: 'question',
      question,
      number: position + 1,
      total: questions.length,
      firstOfInstrument: questions[position - 1]?.instrument !== question.instrument,
    };
  }
  const offered = offers(p, engine);
  if (!offered) return { kind: 'waiting' };
  const decided = new Set(p.decisions.map((d) => d.target));
  const next = offered.find((rule) => !decided.has(rule.target));
  if (!next) return { kind: 'done' };
  const reason = p.checkup.stepUps.find((s) => s.instrument === next.target)?.reason ?? '';
  return { kind: 'offer', rule: next, reason };
}

export const answerAt = (p: Progress, q: Question): number | null =>
  p.answers[q.instrument]?.[q.index] ?? null;

/**
 * Records an answer and moves on. `crisis` says the answer met a critical item's threshold (its form's
 * criticalItems: PHQ-9 item 9 above 0): the crisis screen opens before anything else, with no server.
 */
export function answer(
  p: Progress,
  value: number,
  engine: StepUpEngine | null,
): { progress: Progress; crisis: boolean } {
  const screen = screenOf(p, engine);
  if (screen.kind !== 'question') return { progress: p, crisis: false };
  const { instrument, index } = screen.question;
  const form = formOf(p, instrument) as Form;
  const values = [...(p.answers[instrument] ?? form.items.map(() => null))];
  values[index] = value;
  // The rule of the core's crisisOfAnswer (at or above the item's threshold), read from the form's
  // criticalItems here so the first question's download carries none of the scoring module.
  const critical = form.criticalItems.find((c) => c.n === form.items[index]?.n);
  const crisis = critical !== undefined && value >= critical.threshold;
  const progress: Progress = {
    ...p,
    answers: { ...p.answers, [instrument]: values },
    position: screen.number,
    crisisOpen: p.crisisOpen || crisis,
  };
  return { progress, crisis };
}

/** Accepting a step-up adds its remaining questions; declining moves to the next offer or the end. */
export function decide(p: Progress, target: string, yes: boolean, engine: StepUpEngine | null): Progress {
  const decisions = [...p.decisions.filter((d) => d.target !== target), { target, accepted: yes }];
  const position = questionsOf(p, engine)?.length ?? p.position;
  return { ...p, decisions, position };
}

/**
 * One step back, or null at the first question (back to the start screen). Back from a step-up's first
 * question withdraws that decision, so its offer shows again rather than being skipped silently.
 */
export function back(p: Progress, engine: StepUpEngine | null): Progress | null {
  const questions = questionsOf(p, engine);
  if (!questions) return p.position > 0 ? { ...p, position: p.position - 1 } : null;
  const position = Math.min(p.position, questions.length);
  const here = questions[position];
  const isStepUp = here && !p.checkup.instruments.includes(here.instrument);
  if (isStepUp && questions[position - 1]?.instrument !== here.instrument) {
    const at = p.decisions.findIndex((d) => d.target === here.instrument);
    return { ...p, decisions: at >= 0 ? p.decisions.slice(0, at) : p.decisions, position };
  }
  if (position === 0) return null;
  return { ...p, position: position - 1 };
}

/** The answers to send: every battery instrument, and each accepted step-up with its carried-over items. */
export function payloadAnswers(p: Progress, engine: StepUpEngine): Answers | null {
  const answers = battery(p);
  if (!answers) return null;
  const out: Answers = { ...answers };
  for (const rule of accepted(p, engine) ?? []) {
    const form = formOf(p, rule.target) as Form;
    const carried = engine.carried(rule, answers);
    const values = form.items.map((item, i) => carried.get(item.n) ?? p.answers[rule.target]?.[i] ?? null);
    if (complete(values)) out[rule.target] = values;
  }
  return out;
}
