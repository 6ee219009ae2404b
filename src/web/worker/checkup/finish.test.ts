import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../core/instruments/catalogue';
import { scoreAnswers } from '../../../core/instruments/scoring';
import { finishCheckup, newKey } from './finish';
import { answer, decide, screenOf, startProgress } from './flow';
import { isStale, type ReportRecord } from './report-store';
import { formatCode, isCode, normaliseCode } from './retrieval-code';
import { engine } from './step-ups';
import { forms, summary, useMemoryStorage, wireForm } from './test-fixtures';
import type { Progress, SubmissionResponse } from './types';

function finished(options: { code?: string; campaign?: string; item9?: number }): Progress {
  let p = startProgress(summary('zh-CN'), forms('zh-CN'), {
    lang: 'zh-CN',
    retrievalCode: options.code ?? null,
    campaign: options.campaign ?? null,
  });
  const pick: Record<string, number> = { phq4: 2, who5: 2, cbi_work: 50, ucla3: 2 };
  for (let i = 0; i < 19; i++) {
    const s = screenOf(p, engine);
    if (s.kind === 'question') p = answer(p, pick[s.question.instrument] ?? 0, engine).progress;
  }
  if (options.item9 === undefined) return decide(decide(p, 'phq9', false, engine), 'gad7', false, engine);
  p = decide(p, 'phq9', true, engine);
  for (let i = 0; i < 7; i++) p = answer(p, i === 6 ? options.item9 : 1, engine).progress;
  return decide(p, 'gad7', false, engine);
}

describe('a finished check-up', () => {
  beforeEach(() => {
    useMemoryStorage();
  });

  it('becomes the exact body to send, under a fresh key, with the code and campaign it began with', () => {
    const done = finishCheckup(
      finished({ code: 'abcd efgh 2345 6jkl', campaign: 'demo-shunda' }),
      'zh-CN',
      'key-1',
    );
    expect(done?.entry).toMatchObject({
      key: 'key-1',
      attempts: 0,
      body: { checkup: 'default', lang: 'zh-CN', retrievalCode: 'ABCDEFGH23456JKL', campaign: 'demo-shunda' },
    });
    expect(Object.keys(done?.entry.body.answers ?? {})).toEqual(['phq4', 'who5', 'cbi_work', 'ucla3']);
    expect(done?.report).toMatchObject({ key: 'key-1', sentCode: true, lang: 'zh-CN' });
    expect(done?.report.meta.map((m) => m.id)).toEqual(['phq4', 'who5', 'cbi_work', 'ucla3']);
    expect(newKey()).toMatch(/^[0-9a-f-]{36}$/);
    expect(newKey()).not.toBe(newKey());
  });

  it('carries the crisis level the phone computed, for the report before the server answers', () => {
    const urgent = finishCheckup(finished({ item9: 1 }), 'zh-CN');
    expect(urgent?.report.local.crisis).toMatchObject({ triggered: true, level: 'urgent' });
    expect(urgent?.entry.body.answers.phq9).toEqual([2, 2, 1, 1, 1, 1, 1, 1, 1]);
    const calm = finishCheckup(finished({}), 'zh-CN');
    expect(calm?.report.local.crisis.triggered).toBe(false);
    expect(calm?.report.sentCode).toBe(false);
  });
});

describe('forms as the API sends them', () => {
  it('score CBI item 7 from the other end, as the server does', () => {
    const cbi = wireForm('cbi_work');
    expect(cbi.items.filter((i) => i.reverse).map((i) => i.n)).toEqual([7]);
    const answers = [100, 100, 100, 100, 100, 100, 100];
    const server = scoreAnswers(catalogue.get('cbi_work') as never, answers);
    expect(scoreAnswers(cbi, answers).score).toBe(server.score);
  });
});

describe('retrieval codes typed on a phone', () => {
  it('read forgivingly and show in groups of four', () => {
    expect(normaliseCode(' abcd-efgh 2345-6jk1 ')).toBe('ABCDEFGH23456JKI');
    expect(formatCode('abcdefgh23456jkl')).toBe('ABCD-EFGH-2345-6JKL');
    expect(isCode('ABCD-EFGH-2345-6JKL')).toBe(true);
    expect(isCode('ABCD-EFGH-2345')).toBe(false);
    expect(isCode('ABCD-EFGH-2345-6JK9')).toBe(false);
  });
});

describe('a report kept on the phone', () => {
  const base = finishCheckup(finished({}), 'zh-CN', 'k', new Date('2026-11-30T08:00:00Z'))?.report;
  const saved = { ...(base as ReportRecord), response: { id: 'x' } as SubmissionResponse };
  const later = new Date('2026-12-01T09:00:00Z');

  it('is forgotten a day after it was saved and its code seen', () => {
    expect(isStale({ ...saved, codeAcknowledged: true }, later)).toBe(true);
    expect(isStale({ ...saved, codeAcknowledged: true }, new Date('2026-11-30T20:00:00Z'))).toBe(false);
  });

  it('is kept while unsent, or while its new code was never seen', () => {
    expect(isStale(base as ReportRecord, later)).toBe(false);
    expect(isStale(saved, later)).toBe(false);
    expect(isStale({ ...saved, sentCode: true }, later)).toBe(true);
    expect(isStale({ ...saved, sentCode: true, codeDropped: true }, later)).toBe(false);
  });
});
