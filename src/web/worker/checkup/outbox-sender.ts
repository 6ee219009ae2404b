import { api } from '../../shared/api';
import { flushOutbox, type Outcome } from './outbox';
import { updateReport } from './report-store';
import type { SubmissionBody, SubmissionResponse } from './types';

/** On a weak signal a submission may hang; after this it counts as not sent (and is sent again later). */
const SEND_TIMEOUT_MS = 20_000;

const send = (body: SubmissionBody, key: string) =>
  api<SubmissionResponse>('POST', '/api/v1/submissions', body, {
    headers: { 'Idempotency-Key': key },
    timeoutMs: SEND_TIMEOUT_MS,
  });

let running: Promise<Outcome[]> | null = null;

/**
 * Sends what waits in the outbox and files each answer into the report it belongs to. One run at a time
 * (app start, `online`, the report's retry button may all ask at once); a second caller shares the first run.
 */
export function flushNow(): Promise<Outcome[]> {
  running ??= flushOutbox(send)
    .then((outcomes) => {
      for (const o of outcomes) {
        if (o.kind === 'sent')
          updateReport(o.entry.key, {
            response: o.response,
            codeDropped: o.entry.codeDropped,
            failed: undefined,
          });
        if (o.kind === 'failed') updateReport(o.entry.key, { failed: o.reason });
      }
      return outcomes;
    })
    .finally(() => {
      running = null;
    });
  return running;
}
