import { newKey } from '../app/new-key';
import { payloadAnswers } from './flow';
import { localResults } from './local-results';
import { enqueue, type OutboxEntry } from './outbox';
import { metaOf, type ReportRecord, saveReport } from './report-store';
import { normaliseCode } from './retrieval-code';
import { engine } from './step-ups';
import type { Progress, SubmissionBody } from './types';

export { engine, newKey };

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
