import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { enqueue, flushOutbox, type OutboxEntry, outboxEntries, sendEntry } from './outbox';
import { useMemoryStorage } from './test-fixtures';
import type { SubmissionBody, SubmissionResponse } from './types';

const body: SubmissionBody = {
  checkup: 'default',
  answers: { phq4: [0, 0, 0, 0] },
  lang: 'zh-CN',
  campaign: 'demo-shunda',
  retrievalCode: 'ABCDEFGH23456JKL',
};
const entry = (key: string, createdAt = '2026-11-30T08:00:00.000Z'): OutboxEntry => ({
  key,
  body,
  createdAt,
  attempts: 0,
});
const response = { id: 'x', retrievalCode: 'ABCD-EFGH-2345-6JKL' } as SubmissionResponse;

/** A server that answers with the listed outcomes in turn, recording what it was sent. */
function server(...outcomes: (SubmissionResponse | ApiError)[]) {
  const calls: { body: SubmissionBody; key: string }[] = [];
  const send = async (b: SubmissionBody, key: string) => {
    calls.push({ body: b, key });
    const next = outcomes.shift();
    if (!next || next instanceof ApiError) throw next ?? new ApiError(0, 'network', 'network');
    return next;
  };
  return { calls, send };
}

describe('the outbox on the phone', () => {
  beforeEach(() => {
    useMemoryStorage();
  });

  it('keeps a check-up until the server has answered, under one key for every attempt', async () => {
    expect(enqueue(entry('k1'))).toBe(true);
    const s = server(new ApiError(0, 'network', 'network'), new ApiError(503, 'internal', 'x'), response);
    expect((await flushOutbox(s.send))[0]?.kind).toBe('waiting');
    expect(outboxEntries()).toMatchObject([{ key: 'k1', attempts: 1 }]);
    expect((await flushOutbox(s.send))[0]?.kind).toBe('waiting');
    const [sent] = await flushOutbox(s.send);
    expect(sent).toMatchObject({ kind: 'sent', response });
    expect(outboxEntries()).toEqual([]);
    expect(s.calls.map((c) => c.key)).toEqual(['k1', 'k1', 'k1']);
    for (const c of s.calls) expect(c.body).toEqual(body);
  });

  it('treats a timeout, a cut-off answer and a rate limit as "try again later"', async () => {
    for (const err of [
      new ApiError(0, 'timeout', 'timeout'),
      new ApiError(200, 'bad_response', 'x'),
      new ApiError(429, 'rate_limited', 'x'),
    ]) {
      enqueue(entry('k2'));
      const outcome = await sendEntry(entry('k2'), server(err).send);
      expect(outcome.kind).toBe('waiting');
      expect(outboxEntries()).toHaveLength(1);
    }
  });

  it('sends again without the campaign when its link has ended, with the same key', async () => {
    enqueue(entry('k3'));
    const s = server(new ApiError(400, 'unknown_campaign', 'x'), response);
    const outcome = await sendEntry(entry('k3'), s.send);
    expect(outcome.kind).toBe('sent');
    expect(s.calls[1]?.body.campaign).toBeUndefined();
    expect(s.calls[1]?.body.answers).toEqual(body.answers);
    expect(s.calls.map((c) => c.key)).toEqual(['k3', 'k3']);
  });

  it('sends again without an unknown retrieval code, and says a new code was made', async () => {
    enqueue(entry('k4'));
    const s = server(new ApiError(404, 'unknown_retrieval_code', 'x'), response);
    const outcome = await sendEntry(entry('k4'), s.send);
    expect(outcome).toMatchObject({ kind: 'sent', entry: { codeDropped: true } });
    expect(s.calls[1]?.body.retrievalCode).toBeUndefined();
  });

  it('stops sending a check-up the server refused for good, and keeps it for the report', async () => {
    enqueue(entry('k5'));
    const s = server(new ApiError(400, 'invalid_answers', 'x'));
    expect(await sendEntry(entry('k5'), s.send)).toMatchObject({ kind: 'failed', reason: 'invalid_answers' });
    expect(outboxEntries()).toMatchObject([{ key: 'k5', failed: 'invalid_answers' }]);
    expect(await flushOutbox(server(response).send)).toEqual([]);
  });

  it('sends the oldest first and stops at the first that must wait', async () => {
    enqueue(entry('new', '2026-11-30T09:00:00.000Z'));
    enqueue(entry('old', '2026-11-30T08:00:00.000Z'));
    const s = server(new ApiError(0, 'network', 'network'));
    const outcomes = await flushOutbox(s.send);
    expect(outcomes).toHaveLength(1);
    expect(s.calls.map((c) => c.key)).toEqual(['old']);
  });
});
