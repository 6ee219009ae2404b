/**
 * A questionnaire a counsellor sent by text message opens /measure#t=<token>. The token rides in the
 * fragment, which the browser never sends to a server; the page reads it, takes it off the address bar,
 * and sends it only in the X-Measure-Token header. The shape is the server's (measures/link.ts).
 */
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** The token as read from `location.hash`; 'broken' when the link has a t= that cannot be a token. */
export function parseMeasureHash(hash: string): string | 'broken' | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('t')) return null;
  // A text message app may wrap the link or add punctuation after it: trailing dots, brackets, spaces.
  const token = (params.get('t') ?? '').trim().replace(/[.,;:!?)）。，]+$/u, '');
  return TOKEN.test(token) ? token : 'broken';
}

/** The header the token travels in (never a URL path or query). */
export const measureHeaders = (token: string): Record<string, string> => ({ 'x-measure-token': token });
