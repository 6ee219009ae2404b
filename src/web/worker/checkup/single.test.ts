import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../core/instruments/catalogue';
import { stepUpsApplicableTo } from '../../../core/instruments/checkups';
import { evaluateSubmission, singleInstrumentCheckup } from '../../../core/instruments/evaluate';
import { finishCheckup } from './finish';
import { answer, decide, payloadAnswers, screenOf, startProgress } from './flow';
import { checkupUrl, choicesOf, meantForMe } from './lists';
import { loadProgress, saveProgress } from './progress-store';
import { engine } from './step-ups';
import { forms, single, summary, useMemoryStorage } from './test-fixtures';
import { checkupTitle } from './texts';
import { seriesOf } from './trend';
import type { HistoryEntry, Progress } from './types';

/** Answers every question on screen with `value` until the check-up offers a step-up or is done. */
function answerAll(p: Progress, value: number | ((instrument: string) => number)): Progress {
  let next = p;
  for (let s = screenOf(next, engine); s.kind === 'question'; s = screenOf(next, engine)) {
    const v = typeof value === 'number' ? value : value(s.question.instrument);
    next = answer(next, v, engine).progress;
  }
  return next;
}

// The calmest answer of each instrument of the default check-up (UCLA-3 options run 1–3).
const calm = (id: string) => ({ who5: 5, ucla3: 1 })[id] ?? 0;

const serverDefinition = (id: string) =>
  singleInstrumentCheckup(catalogue.get(id) as never, stepUpsApplicableTo([id]));

describe('an instrument taken alone', () => {
  beforeEach(() => {
    useMemoryStorage();
  });

  it('asks its own questions, and is sent and reported as that instrument', () => {
    const { checkup, forms: f } = single('phq9', 'zh-CN');
    let p = startProgress(checkup, f, { lang: 'zh-CN' });
    expect(screenOf(p, engine)).toMatchObject({ kind: 'question', number: 1, total: 9 });
    p = answer(p, 0, engine).progress;
    // Kept on the phone as that check-up, and resumed at the same question.
    saveProgress(p);
    expect(loadProgress()).toMatchObject({ checkup: { id: 'phq9' }, position: 1 });
    p = answerAll(p, 0);
    expect(screenOf(p, engine)).toEqual({ kind: 'done' });
    const done = finishCheckup(p, 'zh-CN', 'key-9');
    expect(done?.entry.body).toMatchObject({
      checkup: 'phq9',
      answers: { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
    });
    expect(done?.report.checkup).toEqual({ id: 'phq9', name: checkup.name, instruments: ['phq9'] });
    expect(
      evaluateSubmission(serverDefinition('phq9'), catalogue, done?.entry.body.answers ?? {}),
    ).toMatchObject({
      ok: true,
    });
  });

  it('can lead to its step-up (PHQ-2 → PHQ-9), carrying over the two answers it shares', () => {
    const { checkup, forms: f } = single('phq2');
    expect(checkup.stepUps.map((s) => s.instrument)).toEqual(['phq9']);
    let p = answerAll(startProgress(checkup, f, { lang: 'en' }), 2);
    expect(screenOf(p, engine)).toMatchObject({ kind: 'offer', rule: { target: 'phq9' } });
    p = decide(p, 'phq9', true, engine);
    expect(screenOf(p, engine)).toMatchObject({ kind: 'question', number: 3, total: 9 });
    p = answerAll(p, 0);
    const answers = payloadAnswers(p, engine);
    expect(answers).toEqual({ phq2: [2, 2], phq9: [2, 2, 0, 0, 0, 0, 0, 0, 0] });
    expect(evaluateSubmission(serverDefinition('phq2'), catalogue, answers ?? {})).toMatchObject({
      ok: true,
    });
  });

  it('sends a campaign’s federation with its code, and keeps the campaign’s name for the report', () => {
    let p = startProgress(summary(), forms(), {
      lang: 'zh-CN',
      campaign: 'demo-shunda',
      campaignName: '顺达物流体检活动',
      tenant: 'demo-city',
    });
    p = answerAll(p, calm);
    const done = finishCheckup(p, 'zh-CN');
    expect(done?.entry.body).toMatchObject({
      checkup: 'default',
      campaign: 'demo-shunda',
      tenant: 'demo-city',
    });
    expect(done?.report.campaignName).toBe('顺达物流体检活动');
    const plain = finishCheckup({ ...p, campaign: null }, 'zh-CN');
    expect(plain?.entry.body).not.toHaveProperty('tenant');
    expect(plain?.report).not.toHaveProperty('campaignName');
  });
});

describe('the trend of an instrument taken alone', () => {
  const result = (instrument: string, score: number) => ({
    instrument,
    name: instrument,
    score,
    range: [0, 27] as [number, number],
    direction: 'higher_is_worse' as const,
    band: { code: 'x', label: 'x', level: 0 },
    flags: [],
  });
  const entry = (createdAt: string, checkup: string, results: HistoryEntry['results']): HistoryEntry => ({
    id: createdAt,
    checkup,
    createdAt,
    results,
  });

  it('joins the same instrument from earlier full check-ups (PHQ-9 as a step-up there)', () => {
    const history = [
      entry('2026-12-01T08:00:00Z', 'phq9', [result('phq9', 4)]),
      entry('2026-11-01T08:00:00Z', 'default', [result('phq4', 5), result('phq9', 11)]),
      entry('2026-10-01T08:00:00Z', 'default', [result('phq4', 2)]),
    ];
    const phq9 = seriesOf(history).find((s) => s.instrument === 'phq9');
    expect(phq9?.points.map((p) => p.value)).toEqual([11, 4]);
  });
});

describe('the choice on the start screen', () => {
  const lists = {
    checkups: [
      summary(),
      {
        ...summary(),
        id: 'drivers-uuid',
        name: 'Quick check for drivers',
        audiences: ['truck_driver' as const],
      },
    ],
    instruments: [
      { id: 'phq9', version: 'v', name: 'PHQ-9', shortName: 'PHQ-9', minutes: 2, itemCount: 9 },
      { id: 'gad7', version: 'v', name: 'GAD-7', shortName: 'GAD-7', minutes: 1.5, itemCount: 7 },
    ],
  };

  it('offers every other check-up and questionnaire, never the one on screen', () => {
    const onDefault = choicesOf(lists, 'default');
    expect(onDefault.others.map((c) => c.id)).toEqual(['drivers-uuid']);
    expect(onDefault.singles.map((i) => i.id)).toEqual(['phq9', 'gad7']);
    const onPhq9 = choicesOf(lists, 'phq9');
    expect(onPhq9.others.map((c) => c.id)).toEqual(['default', 'drivers-uuid']);
    expect(onPhq9.singles.map((i) => i.id)).toEqual(['gad7']);
    expect(checkupUrl('phq9')).toBe('/checkup?id=phq9');
  });

  it('lists the check-ups meant for the worker’s groups first, hiding none', () => {
    const onPhq9 = choicesOf(lists, 'phq9', ['truck_driver']);
    expect(onPhq9.others.map((c) => c.id)).toEqual(['drivers-uuid', 'default']);
    expect(choicesOf(lists, 'phq9', ['office_staff']).others.map((c) => c.id)).toEqual([
      'default',
      'drivers-uuid',
    ]);
    expect(meantForMe(lists.checkups[1] as (typeof lists.checkups)[number], ['truck_driver'])).toBe(true);
    expect(meantForMe(lists.checkups[0] as (typeof lists.checkups)[number], ['truck_driver'])).toBe(false);
  });

  it('names each as workers read it: the default’s title, an instrument by its everyday topic', () => {
    const t = (key: string, o?: Record<string, string>) => (o ? `${key}(${o.topic},${o.short})` : key);
    expect(checkupTitle(t, summary())).toBe('checkup:title');
    expect(checkupTitle(t, single('phq9').checkup, 'PHQ-9')).toBe(
      'checkup:single(checkup:topics.phq9,PHQ-9)',
    );
    expect(checkupTitle(t, single('phq9').checkup)).toBe('checkup:topics.phq9');
    expect(checkupTitle(t, { id: 'drivers-uuid', name: '司机快速体检', instruments: ['phq2', 'who5'] })).toBe(
      '司机快速体检',
    );
  });
});
