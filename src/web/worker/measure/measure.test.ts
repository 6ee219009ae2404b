import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { wireForm } from '../checkup/test-fixtures';
import type { MeasureAnswer } from './api';
import {
  answerMeasure,
  backMeasure,
  completeAnswers,
  crisisOfAnswers,
  isCriticalAnswer,
  startMeasure,
} from './flow';
import { measureHeaders, parseMeasureHash } from './link';
import { createSender, failureOf } from './sender';

const token = 'Ab3_kT9-xYz0LmNoPqRs1w';

describe('the questionnaire link', () => {
  it('reads the token from the fragment, and only from a t= that can be one', () => {
    expect(parseMeasureHash(`#t=${token}`)).toBe(token);
    expect(parseMeasureHash(`#t=${token}。`)).toBe(token);
    expect(parseMeasureHash(`#t=${token})`)).toBe(token);
    expect(parseMeasureHash('#t=short')).toBe('broken');
    expect(parseMeasureHash('#t=')).toBe('broken');
    expect(parseMeasureHash('#t=<script>alert(1)</script>xxxxxxxxxxxx')).toBe('broken');
    expect(parseMeasureHash('')).toBeNull();
    expect(parseMeasureHash('#p=1&c=2')).toBeNull();
  });

  it('sends the token in a header, never in the address', () => {
    expect(measureHeaders(token)).toEqual({ 'x-measure-token': token });
  });
});

describe('answering a PHQ-9 sent by a counsellor', () => {
  const form = wireForm('phq9', 'zh-CN');
  const answerAll = (values: number[]) => {
    let p = startMeasure(form);
    for (const v of values) p = answerMeasure({ ...p, crisisOpen: false }, form, v);
    return p;
  };

  it('goes one question at a time and gives the answers in item order once all are in', () => {
    let p = startMeasure(form);
    expect(completeAnswers(p)).toBeNull();
    p = answerMeasure(p, form, 1);
    p = answerMeasure(p, form, 2);
    expect(p.position).toBe(2);
    expect(p.answers.slice(0, 3)).toEqual([1, 2, null]);
    const back = backMeasure(p);
    expect(back?.position).toBe(1);
    expect(backMeasure(startMeasure(form))).toBeNull();
    const done = answerAll([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(completeAnswers(done)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(done.crisisSeen).toBe(false);
  });

  it('opens crisis help the moment item 9 is above 0, by the core’s rule, before any network', () => {
    expect(isCriticalAnswer(form, 8, 0)).toBe(false);
    expect(isCriticalAnswer(form, 8, 1)).toBe(true);
    expect(isCriticalAnswer(form, 0, 3)).toBe(false);
    const p = answerAll([0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(p.crisisOpen).toBe(true);
    expect(p.crisisSeen).toBe(true);
    expect(crisisOfAnswers(form, [0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe('urgent');
    expect(crisisOfAnswers(form, [0, 0, 0, 0, 0, 0, 0, 0, 0])).toBeNull();
    // A very high score without item 9: crisis help beside the thank-you (the core's 'elevated').
    expect(crisisOfAnswers(form, [3, 3, 3, 3, 3, 3, 2, 0, 0])).toBe('elevated');
    // Back from the crisis screen returns to the question just answered.
    expect(backMeasure(p)).toMatchObject({ crisisOpen: false, position: 8 });
  });

  it('never opens crisis help for a questionnaire without critical items', () => {
    const gad7 = wireForm('gad7', 'zh-CN');
    expect(gad7.items.some((_, i) => isCriticalAnswer(gad7, i, 3))).toBe(false);
    expect(crisisOfAnswers(gad7, [3, 3, 3, 3, 3, 3, 3])).toBeNull();
  });
});

describe('sending the answers on a weak signal', () => {
  const answer: MeasureAnswer = {
    score: 9,
    percentage: null,
    band: { code: 'mild', label: '轻度', level: 1 },
    crisis: { triggered: false, level: null, resources: [] },
  };
  const offline = new ApiError(0, 'network', 'network');
  const job = { token, answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], lang: 'zh-CN' as const };

  function fake(outcomes: (MeasureAnswer | Error)[]) {
    const sent: (readonly number[])[] = [];
    const waits: number[] = [];
    const sender = createSender({
      post: async (_t, answers) => {
        sent.push(answers);
        const next = outcomes.shift();
        if (!next || next instanceof Error) throw next ?? offline;
        return next;
      },
      wait: async (ms) => {
        waits.push(ms);
      },
      delays: [10, 20],
    });
    return { sender, sent, waits };
  }

  it('tries again with the same answers, then waits for the network or a tap', async () => {
    const { sender, sent, waits } = fake([offline, new ApiError(503, 'internal', 'x'), offline]);
    await sender.send(job);
    expect(sent).toHaveLength(3);
    expect(sent.every((a) => a.join() === job.answers.join())).toBe(true);
    expect(waits).toEqual([10, 20]);
    expect(sender.get()).toEqual({ status: 'waiting' });
  });

  it('is through after a retry, and a tap or "online" afterwards sends nothing more', async () => {
    const { sender, sent } = fake([offline, offline, offline, answer]);
    await sender.send(job);
    expect(sender.get().status).toBe('waiting');
    await sender.retry();
    expect(sender.get()).toEqual({ status: 'sent', answer });
    await sender.retry();
    await sender.send(job);
    expect(sent).toHaveLength(4);
  });

  it('does not send the same answers twice while they are on their way', async () => {
    const { sender, sent } = fake([answer]);
    await Promise.all([sender.send(job), sender.send({ ...job, answers: [...job.answers] })]);
    expect(sent).toHaveLength(1);
  });

  it('stops at a link that is closed, and says why', async () => {
    const closed = (status: string) => new ApiError(409, 'measure_closed', 'closed', { status });
    for (const [err, why] of [
      [closed('expired'), 'expired'],
      [closed('cancelled'), 'cancelled'],
      [closed('completed'), 'completed'],
      [new ApiError(400, 'invalid_measure_token', 'x'), 'invalid'],
    ] as const) {
      const { sender, sent } = fake([err]);
      await sender.send(job);
      expect(sender.get()).toEqual({ status: 'closed', why });
      expect(sent).toHaveLength(1);
    }
    expect(failureOf(new ApiError(400, 'invalid_answers', 'x'))).toEqual({ kind: 'refused' });
    expect(failureOf(new ApiError(429, 'rate_limited', 'x'))).toEqual({ kind: 'retry' });
    expect(failureOf(new TypeError('boom'))).toEqual({ kind: 'retry' });
  });
});
