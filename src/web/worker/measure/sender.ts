import { ApiError } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { type MeasureAnswer, postMeasureAnswers } from './api';

/**
 * Sending the finished questionnaire on a weak signal. The server answers a retry with the same answers
 * exactly as the first time (and tells the counsellor once), so a failed or unanswered send is simply sent
 * again: at once, then after a few seconds, then whenever the phone is back online or the worker taps
 * "send again". The sender lives outside the page, so a visit to the crisis page does not stop it.
 */
export interface SendJob {
  token: string;
  answers: readonly number[];
  lang: Language;
}

export type ClosedWhy = 'completed' | 'cancelled' | 'expired' | 'invalid';

export type SendState =
  | { status: 'idle' }
  | { status: 'sending'; attempt: number }
  /** Not through yet (no network, a timeout, a server error): kept, and sent again on "online" or a tap. */
  | { status: 'waiting' }
  | { status: 'sent'; answer: MeasureAnswer }
  /** The link can no longer take answers: said kindly, with where to go on. */
  | { status: 'closed'; why: ClosedWhy }
  /** The server refused these answers (never from the form's own buttons). */
  | { status: 'refused' };

export type Failure = { kind: 'retry' } | { kind: 'closed'; why: ClosedWhy } | { kind: 'refused' };

/** What a failed send means: try again, the link is closed (and why), or the answers were refused. */
export function failureOf(err: unknown): Failure {
  if (!(err instanceof ApiError)) return { kind: 'retry' };
  if (err.code === 'invalid_measure_token') return { kind: 'closed', why: 'invalid' };
  if (err.code === 'measure_closed') {
    const status = (err.details as { status?: unknown } | undefined)?.status;
    const why: ClosedWhy = status === 'cancelled' || status === 'expired' ? status : 'completed';
    return { kind: 'closed', why };
  }
  // No answer, a timeout, a cut-off or proxy page, too many tries, or the server failing: all worth again.
  if (err.status === 0 || err.status === 429 || err.status >= 500) return { kind: 'retry' };
  return { kind: 'refused' };
}

/** Waits before the 2nd and 3rd tries; after those, the next try waits for "online" or a tap. */
export const RETRY_DELAYS_MS = [2_000, 6_000];

export interface SenderDeps {
  post: (token: string, answers: readonly number[], lang: Language) => Promise<MeasureAnswer>;
  wait: (ms: number) => Promise<void>;
  delays?: readonly number[];
}

const sameJob = (a: SendJob | null, b: SendJob) =>
  a !== null &&
  a.token === b.token &&
  a.answers.length === b.answers.length &&
  a.answers.every((v, i) => v === b.answers[i]);

export function createSender({ post, wait, delays = RETRY_DELAYS_MS }: SenderDeps) {
  let job: SendJob | null = null;
  let state: SendState = { status: 'idle' };
  /** The job a loop is sending now; a loop for an older job stops at its next step, ignoring answers. */
  let running: SendJob | null = null;
  const listeners = new Set<() => void>();
  const set = (next: SendState) => {
    state = next;
    for (const l of listeners) l();
  };

  async function run(current: SendJob) {
    if (running === current) return;
    running = current;
    try {
      for (let attempt = 1; ; attempt++) {
        if (job !== current) return;
        set({ status: 'sending', attempt });
        try {
          const answer = await post(current.token, current.answers, current.lang);
          if (job === current) set({ status: 'sent', answer });
          return;
        } catch (err) {
          if (job !== current) return;
          const failure = failureOf(err);
          if (failure.kind === 'closed') return set({ status: 'closed', why: failure.why });
          if (failure.kind === 'refused') return set({ status: 'refused' });
          const delay = delays[attempt - 1];
          if (delay === undefined) return set({ status: 'waiting' });
          await wait(delay);
        }
      }
    } finally {
      if (running === current) running = null;
    }
  }

  return {
    get: (): SendState => state,
    /** Whose answers the state is about (a second link opened in the same visit starts afresh). */
    token: (): string | null => job?.token ?? null,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Sends these answers (again, after a change); the same answers already on their way are not doubled. */
    send(next: SendJob): Promise<void> {
      if (sameJob(job, next) && state.status !== 'idle') return Promise.resolve();
      job = { ...next, answers: [...next.answers] };
      return run(job);
    },
    /** "Send again", or the phone came back online: only when a send is waiting. */
    retry(): Promise<void> {
      if (!job || state.status !== 'waiting') return Promise.resolve();
      return run(job);
    },
    /** Another questionnaire opened: forget this one. */
    reset(): void {
      job = null;
      set({ status: 'idle' });
    },
  };
}

export type Sender = ReturnType<typeof createSender>;

/** The page's sender: one per app, so it keeps going while the worker looks at the crisis page. */
export const measureSender = createSender({
  post: postMeasureAnswers,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});
