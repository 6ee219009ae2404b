import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../core/instruments/catalogue';
import { defaultCheckup } from '../../../core/instruments/checkups';
import { evaluateSubmission } from '../../../core/instruments/evaluate';
import { crisisOfAnswer } from '../../../core/instruments/scoring';
import { answer, back, decide, payloadAnswers, questionsOf, screenOf, startProgress } from './flow';
import { localResults } from './local-results';
import { engine } from './step-ups';
import { forms, summary } from './test-fixtures';
import type { Progress } from './types';

const start = () => startProgress(summary(), forms(), { lang: 'en' });

/** Answers every battery question in order with the value `pick` gives (item instrument, index). */
function answerBattery(p: Progress, pick: (instrument: string, index: number) => number): Progress {
  let next = p;
  for (let i = 0; i < 19; i++) {
    const s = screenOf(next, engine);
    if (s.kind !== 'question') throw new Error(`expected a question, got ${s.kind}`);
    next = answer(next, pick(s.question.instrument, s.question.index), engine).progress;
  }
  return next;
}

// Lowest-risk answers: no symptoms, full well-being (WHO-5 options run 5 → 0), no burnout, not lonely.
const calm = (id: string) => ({ phq4: 0, who5: 5, cbi_work: 0, ucla3: 1 })[id] ?? 0;
// PHQ-4 depression items (3, 4) at "more than half the days": PHQ-2 = 4, positive; the rest calm.
const low = (id: string, i: number) => (id === 'phq4' && i >= 2 ? 2 : calm(id));

describe('the check-up, one question at a time', () => {
  it('asks the 19 questions of the battery and, with nothing to step up, is done', () => {
    let p = start();
    expect(questionsOf(p, engine)).toHaveLength(19);
    const first = screenOf(p, engine);
    expect(first).toMatchObject({ kind: 'question', number: 1, total: 19, firstOfInstrument: true });
    p = answerBattery(p, calm);
    expect(screenOf(p, engine)).toEqual({ kind: 'done' });
    const answers = payloadAnswers(p, engine);
    const server = evaluateSubmission(defaultCheckup, catalogue, answers ?? {});
    expect(server).toMatchObject({ ok: true, stepUps: [] });
  });

  it('offers PHQ-9 with the API’s reason, and asks only items 3–9, carrying over items 1–2', () => {
    let p = answerBattery(start(), low);
    const offer = screenOf(p, engine);
    expect(offer).toMatchObject({ kind: 'offer', reason: summary().stepUps[0]?.reason });
    p = decide(p, 'phq9', true, engine);
    const s = screenOf(p, engine);
    expect(s).toMatchObject({ kind: 'question', number: 20, total: 26, firstOfInstrument: true });
    expect(
      questionsOf(p, engine)
        ?.slice(19)
        .map((q) => q.index),
    ).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (let i = 0; i < 7; i++) p = answer(p, 0, engine).progress;
    expect(screenOf(p, engine)).toEqual({ kind: 'done' });
    const answers = payloadAnswers(p, engine);
    expect(answers?.phq9).toEqual([2, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(evaluateSubmission(defaultCheckup, catalogue, answers ?? {})).toMatchObject({ ok: true });
  });

  it('never forces a step-up: declining ends the check-up without it', () => {
    let p = answerBattery(start(), low);
    p = decide(p, 'phq9', false, engine);
    expect(screenOf(p, engine)).toEqual({ kind: 'done' });
    expect(Object.keys(payloadAnswers(p, engine) ?? {})).toEqual(['phq4', 'who5', 'cbi_work', 'ucla3']);
  });

  it('offers PHQ-9 and then GAD-7 one after the other; GAD-7 asks items 3–7 only', () => {
    let p = answerBattery(start(), (id) => (id === 'phq4' ? 3 : calm(id)));
    expect(screenOf(p, engine)).toMatchObject({ kind: 'offer', rule: { target: 'phq9' } });
    p = decide(p, 'phq9', true, engine);
    for (let i = 0; i < 7; i++) p = answer(p, 1, engine).progress;
    expect(screenOf(p, engine)).toMatchObject({ kind: 'offer', rule: { target: 'gad7' } });
    p = decide(p, 'gad7', true, engine);
    expect(screenOf(p, engine)).toMatchObject({ kind: 'question', number: 27, total: 31 });
    for (let i = 0; i < 5; i++) p = answer(p, 0, engine).progress;
    const answers = payloadAnswers(p, engine);
    expect(answers?.gad7).toEqual([3, 3, 0, 0, 0, 0, 0]);
    expect(evaluateSubmission(defaultCheckup, catalogue, answers ?? {})).toMatchObject({ ok: true });
  });

  it('opens the crisis screen the moment PHQ-9 item 9 is above 0, by the core’s rule', () => {
    let p = decide(answerBattery(start(), low), 'phq9', true, engine);
    for (let i = 0; i < 6; i++) p = answer(p, 0, engine).progress;
    expect(screenOf(p, engine)).toMatchObject({ question: { instrument: 'phq9', index: 8 } });
    const item9 = catalogue.get('phq9')?.items[8] ?? { critical: undefined };
    for (const value of [0, 1, 2, 3]) {
      const { progress, crisis } = answer(p, value, engine);
      expect(crisis).toBe(crisisOfAnswer(item9, value).triggered);
      expect(progress.crisisOpen).toBe(value > 0);
    }
    // No other item of the check-up opens it.
    let calmRun = start();
    for (let i = 0; i < 19; i++) {
      const r = answer(calmRun, 3, engine);
      expect(r.crisis).toBe(false);
      calmRun = r.progress;
    }
  });

  it('goes back one question, and back from a step-up’s first question shows its offer again', () => {
    let p = answerBattery(start(), low);
    p = decide(p, 'phq9', true, engine);
    const offerAgain = back(p, engine) as Progress;
    expect(offerAgain.decisions).toEqual([]);
    expect(screenOf(offerAgain, engine)).toMatchObject({ kind: 'offer' });
    const lastBattery = back(offerAgain, engine) as Progress;
    expect(screenOf(lastBattery, engine)).toMatchObject({ kind: 'question', number: 19 });
    expect(back(start(), engine)).toBeNull();
  });

  it('drops an accepted step-up when a changed answer no longer calls for it', () => {
    let p = decide(answerBattery(start(), low), 'phq9', true, engine);
    p = { ...p, position: 2 };
    p = answer(p, 0, engine).progress; // PHQ-4 item 3 back to "not at all": PHQ-2 = 2
    p = { ...p, answers: { ...p.answers, phq4: [0, 0, 0, 0] } };
    expect(questionsOf(p, engine)).toHaveLength(19);
    expect(payloadAnswers(p, engine)?.phq9).toBeUndefined();
  });

  it('asks the battery without the step-up engine, and waits for it only at the end', () => {
    let p = start();
    for (let i = 0; i < 19; i++) {
      const s = screenOf(p, null);
      if (s.kind !== 'question') throw new Error(`question ${i + 1} needed the engine`);
      p = answer(p, calm(s.question.instrument), null).progress;
    }
    expect(screenOf(p, null)).toEqual({ kind: 'waiting' });
    expect(screenOf(p, engine).kind).not.toBe('waiting');
  });

  it('decides step-ups and scores exactly as the server does, for any battery answers', () => {
    const values = (n: number, options: number[]) =>
      fc.array(fc.constantFrom(...options), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        values(4, [0, 1, 2, 3]),
        values(5, [0, 1, 2, 3, 4, 5]),
        values(7, [0, 25, 50, 75, 100]),
        values(3, [1, 2, 3]),
        (phq4, who5, cbi_work, ucla3) => {
          const battery = { phq4, who5, cbi_work, ucla3 };
          const p = { ...start(), answers: { ...start().answers, ...battery }, position: 19 };
          const server = evaluateSubmission(defaultCheckup, catalogue, battery);
          if (!server.ok) throw new Error('server refused');
          const offered = engine.offers(p.checkup, p.forms, battery).map((r) => r.target);
          expect(offered).toEqual(server.stepUps);
          const local = localResults(p.forms, battery);
          expect(local.results.map((r) => [r.instrument, r.score, r.band.code, r.flags])).toEqual(
            server.results.map((r) => [r.instrument, r.score, r.band.code, r.flags.map((f) => f.code)]),
          );
          expect(local.crisis).toEqual(server.crisis);
        },
      ),
    );
  });
});
