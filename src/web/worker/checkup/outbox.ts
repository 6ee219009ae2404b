import { ApiError } from '../../shared/api';
import { announceChange, KEYS, readJson, writeJson } from './storage';
import type { SubmissionBody, SubmissionResponse } from './types';

/**
 * Finished check-ups wait here, on the phone, until the server has them. Each is written BEFORE it is sent,
 * under an Idempotency-Key made once, and sent again with the same key after any failure that may have
 * left it unstored (no network, a timeout, a 5xx), so the server stores it exactly once. It leaves the
 * outbox only when the server answered with its result.
 */
export interface OutboxEntry {
  key: string;
  body: SubmissionBody;
  createdAt: string;
  attempts: number;
  /** The code the worker gave was not known: sent without it, so a new code was made. */
  codeDropped?: boolean;
  /** A refusal that no retry can change (e.g. invalid_answers): kept for the report, not sent again. */
  failed?: string;
}

export type Sender = (body: SubmissionBody, key: string) => Promise<SubmissionResponse>;

export type Outcome =
  | { kind: 'sent'; entry: OutboxEntry; response: SubmissionResponse }
  | { kind: 'waiting'; entry: OutboxEntry; reason: string }
  | { kind: 'failed'; entry: OutboxEntry; reason: string };

export const outboxEntries = (): OutboxEntry[] => readJson<OutboxEntry[]>(KEYS.outbox) ?? [];

function save(entries: OutboxEntry[]): boolean {
  const ok = writeJson(KEYS.outbox, entries);
  announceChange();
  return ok;
}

/** Puts a finished check-up in the outbox; false if the phone would not keep it (then send it at once). */
export const enqueue = (entry: OutboxEntry): boolean =>
  save([...outboxEntries().filter((e) => e.key !== entry.key), entry]);

const replace = (entry: OutboxEntry) => save(outboxEntries().map((e) => (e.key === entry.key ? entry : e)));
const drop = (key: string) => save(outboxEntries().filter((e) => e.key !== key));

/** No answer, a timeout, a cut-off body, an overloaded or failing server: the submission may be retried. */
export const isTransient = (err: unknown): boolean =>
  !(err instanceof ApiError) ||
  err.status === 0 ||
  err.status >= 500 ||
  err.status === 408 ||
  err.status === 429 ||
  err.code === 'bad_response';

/**
 * Sends one entry, repairing what the worker cannot: a campaign link that has ended is dropped (the check-up
 * still counts, just without attribution) and an unknown code is dropped (a new one is made). Both are
 * refused before anything is stored, so the same key stays right for the changed body.
 */
export async function sendEntry(start: OutboxEntry, send: Sender): Promise<Outcome> {
  let entry: OutboxEntry = { ...start, attempts: start.attempts + 1 };
  for (;;) {
    try {
      const response = await send(entry.body, entry.key);
      drop(entry.key);
      return { kind: 'sent', entry, response };
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'network';
      if (code === 'unknown_campaign' && entry.body.campaign !== undefined) {
        const { campaign: _gone, ...body } = entry.body;
        entry = { ...entry, body };
        continue;
      }
      if (code === 'unknown_retrieval_code' && entry.body.retrievalCode !== undefined) {
        const { retrievalCode: _gone, ...body } = entry.body;
        entry = { ...entry, body, codeDropped: true };
        continue;
      }
      if (isTransient(err)) {
        replace(entry);
        return { kind: 'waiting', entry, reason: code };
      }
      entry = { ...entry, failed: code };
      replace(entry);
      return { kind: 'failed', entry, reason: code };
    }
  }
}

/** Sends every entry still waiting, oldest first; stops at the first that must wait for the network. */
export async function flushOutbox(send: Sender): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const waiting = outboxEntries()
    .filter((e) => !e.failed)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const entry of waiting) {
    const outcome = await sendEntry(entry, send);
    outcomes.push(outcome);
    if (outcome.kind === 'waiting') break;
  }
  return outcomes;
}

/** Removes a refused entry once its report has been left (nothing more can be done with it). */
export const discardEntry = (key: string): void => {
  if (outboxEntries().some((e) => e.key === key)) drop(key);
};
