import { ApiError, api, query } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { type Credential, credentialHeaders } from '../counselling/credential';
import type { AccessEntry, Deletion, ExportFormat, MyData, Withdrawable, Withdrawal } from './types';

/**
 * The worker's rights over their data, as the worker app calls them. Who they are (the check-up code, or the
 * phone and the code texted to it) travels in headers only, never in a URL; the language in the query.
 */
const WAIT = 20_000;
const options = (c: Credential) => ({ timeoutMs: WAIT, headers: credentialHeaders(c) });

export const fetchMyData = (c: Credential, lang: Language) =>
  api<MyData>('GET', `/api/v1/my-data${query({ lang })}`, undefined, options(c));

export const fetchAccessLog = (c: Credential, lang: Language) =>
  api<{ entries: AccessEntry[] }>(
    'GET',
    `/api/v1/my-data/access-log${query({ lang })}`,
    undefined,
    options(c),
  ).then((r) => r.entries);

export const withdrawConsent = (c: Credential, consent: Withdrawable, lang: Language) =>
  api<Withdrawal>('POST', '/api/v1/my-data/consent-withdrawal', { consent, lang }, options(c));

export const deleteMyData = (c: Credential, lang: Language) =>
  api<Deletion>('POST', '/api/v1/my-data/deletion', { confirm: true, lang }, options(c));

/** The download's request: the format and language in the address, the credential in headers only. */
export function exportRequest(c: Credential, format: ExportFormat, lang: Language) {
  return {
    url: `/api/v1/my-data/export${query({ format, lang })}`,
    headers: { accept: format === 'json' ? 'application/json' : 'text/html', ...credentialHeaders(c) },
  };
}

/** The file's name from the server's Content-Disposition, kept to safe characters; else a plain default. */
export function filenameOf(disposition: string | null, format: ExportFormat): string {
  const name = /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1]?.trim() ?? '';
  return /^[\w.-]{1,80}$/.test(name) && name.endsWith(`.${format}`) ? name : `carnation-my-data.${format}`;
}

/** Fetches the download as a file (a Blob), or fails with the server's error as ApiError. */
export async function fetchExport(
  c: Credential,
  format: ExportFormat,
  lang: Language,
): Promise<{ blob: Blob; filename: string }> {
  const { url, headers } = exportRequest(c, format, lang);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 60_000);
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers, credentials: 'same-origin', signal: abort.signal });
    } catch {
      throw new ApiError(0, abort.signal.aborted ? 'timeout' : 'network', 'network');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as {
        error?: { code?: string; message?: string; details?: unknown };
      } | null;
      throw new ApiError(
        response.status,
        body?.error?.code ?? 'internal',
        body?.error?.message ?? response.statusText,
        body?.error?.details,
      );
    }
    const blob = await response.blob().catch(() => {
      throw new ApiError(0, 'network', 'network');
    });
    return { blob, filename: filenameOf(response.headers.get('content-disposition'), format) };
  } finally {
    clearTimeout(timer);
  }
}
