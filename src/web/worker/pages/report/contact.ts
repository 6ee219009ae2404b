import { api } from '../../../shared/api';
import type { ReportRecord } from '../../checkup/report-store';
import { normaliseCode } from '../../checkup/retrieval-code';

/** A mainland mobile or a landline with its area code, as the server accepts it (spaces, dashes, +86 allowed). */
export function isPhone(input: string): boolean {
  const p = input
    .trim()
    .replace(/[\s-]/g, '')
    .replace(/^\+?86/, '');
  return /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}\d{7,8}$/.test(p);
}

export interface ContactInput {
  phone: string;
  preferredTime: string;
  message: string;
  share: boolean;
}

/**
 * The request as the API takes it. The results go with it only when the worker ticked "share" and the
 * check-up reached the server (its id and the code that proves it is theirs); consent is the ticked box.
 */
export function contactBody(input: ContactInput, report: ReportRecord | null) {
  const shared = input.share && report?.response ? report.response : null;
  return {
    phone: input.phone.trim(),
    preferredTime: input.preferredTime.trim(),
    ...(input.message.trim() ? { message: input.message.trim() } : {}),
    consent: true as const,
    ...(shared
      ? {
          submissionId: shared.id,
          retrievalCode: normaliseCode(shared.retrievalCode),
          shareResults: true,
        }
      : {}),
  };
}

export const sendContact = (body: ReturnType<typeof contactBody>) =>
  api<{ id: string; priority: string }>('POST', '/api/v1/contact-requests', body, { timeoutMs: 20_000 });
