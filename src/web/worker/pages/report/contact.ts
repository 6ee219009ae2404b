import { ApiError, api } from '../../../shared/api';
import type { ReportRecord } from '../../checkup/report-store';
import { isCode, normaliseCode } from '../../checkup/retrieval-code';

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
 * The retrieval code of this check-up, to go with a request for contact: the finished check-up's (the
 * server's own), or, from the crisis screen mid-check-up, the code the worker gave at its start. With it the
 * server records whom the request is about, so the worker can later see who read it (我的数据与隐私).
 */
export function codeOfThisCheckup(
  report: ReportRecord | null,
  fromCrisis: boolean,
  progressCode: unknown,
): string | null {
  const code = fromCrisis ? progressCode : report?.response?.retrievalCode;
  return typeof code === 'string' && isCode(code) ? normaliseCode(code) : null;
}

/**
 * The request as the API takes it. `report` is this visit's finished check-up, if any: its id goes along so
 * its urgency sets the request's priority (the server links its results only when the worker ticked
 * "share", proved by its code). The check-up's code goes along when there is one: whom the request is about.
 * Consent is the ticked box. From the crisis screen (a critical answer, before the check-up was sent) the
 * request says so, so it reaches the counsellors as a crisis.
 */
export function contactBody(
  input: ContactInput,
  report: ReportRecord | null,
  code: string | null = null,
  fromCrisis = false,
) {
  const response = report?.response ?? null;
  const shared = input.share && response !== null;
  const retrievalCode = response ? normaliseCode(response.retrievalCode) : code;
  return {
    phone: input.phone.trim(),
    preferredTime: input.preferredTime.trim(),
    ...(input.message.trim() ? { message: input.message.trim() } : {}),
    consent: true as const,
    ...(response ? { submissionId: response.id } : {}),
    ...(shared ? { shareResults: true } : {}),
    ...(retrievalCode ? { retrievalCode } : {}),
    ...(fromCrisis ? { crisisLevel: 'urgent' as const } : {}),
  };
}

type ContactBody = ReturnType<typeof contactBody>;

const post = (body: ContactBody) =>
  api<{ id: string; priority: string }>('POST', '/api/v1/contact-requests', body, { timeoutMs: 20_000 });

/**
 * Sends the request. A code the server does not know (a mistyped one from the start of the check-up, or
 * deleted since) never stops a request for help: it is sent again without the code.
 */
export async function sendContact(body: ContactBody, send: typeof post = post) {
  try {
    return await send(body);
  } catch (err) {
    const withoutCode =
      err instanceof ApiError && err.code === 'unknown_retrieval_code' && !body.shareResults;
    if (!withoutCode || !body.retrievalCode) throw err;
    const { retrievalCode: _code, submissionId: _id, ...rest } = body;
    return send(rest);
  }
}
