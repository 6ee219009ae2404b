import { payloadAnswers } from './flow';
import { localResults } from './local-results';
import { enqueue, type OutboxEntry } from './outbox';
import { metaOf, type ReportRecord, saveReport } from './report-store';
import { normaliseCode } from './retrieval-code';
import { engine } from './step-ups';
import type { Progress, SubmissionBody } from './types';

export { engine };

/** A fresh Idempotency-Key: a UUID, also where randomUUID is missing (it needs HTTPS or localhost). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A finished check-up as what goes to the outbox (the exact body to send, under one key for every retry)
 * and the report shown at once from the phone's own scoring. Null while answers are missing.
 */
export function finishCheckup(
  p: Progress,
  lang: Progress['lang'],
  key: string = newKey(),
  now: Date = new Date(),
): { entry: OutboxEntry; report: ReportRecord } | null {
  const answers = payloadAnswers(p, engine);
  if (!answers) return null;
  const body: SubmissionBody = {
    checkup: p.checkup.id,
    answers,
    lang,
    ...(p.retrievalCode ? { retrievalCode: normaliseCode(p.retrievalCode) } : {}),
    ...(p.campaign ? { campaign: p.campaign } : {}),
    ...(p.campaign && p.tenant ? { tenant: p.tenant } : {}),
  };
  const createdAt = now.toISOString();
  const taken = p.forms.filter((f) => f.id in answers);
  return {
    entry: { key, body, createdAt, attempts: 0 },
    report: {
      key,
      createdAt,
      lang,
      checkup: { id: p.checkup.id, name: p.checkup.name, instruments: p.checkup.instruments },
      ...(p.campaign && p.campaignName ? { campaignName: p.campaignName } : {}),
      meta: taken.map(metaOf),
      local: localResults(taken, answers),
      sentCode: Boolean(p.retrievalCode),
    },
  };
}

/** The report first, then the outbox entry (before any sending): false if answers are missing. */
export function finishAndQueue(p: Progress, lang: Progress['lang']): boolean {
  const done = finishCheckup(p, lang);
  if (!done) return false;
  saveReport(done.report);
  enqueue(done.entry);
  return true;
}
