/**
 * The browser's API client: JSON in and out, the CSRF token on every write, and errors as ApiError with
 * the server's stable code so screens can say something specific.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remember the token from a session response; every later write sends it as x-csrf-token. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** Extra headers (e.g. Idempotency-Key), and a time limit after which a hanging request counts as failed. */
export interface RequestOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  // A Blob (an uploaded image) goes as the raw body with its own type; anything else as JSON.
  const blob = typeof Blob !== 'undefined' && body instanceof Blob ? body : null;
  if (body !== undefined) headers['content-type'] = blob ? blob.type : 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  // On weak signal a request can hang for minutes; after the limit it fails as 'timeout' (status 0).
  const abort = options.timeoutMs ? new AbortController() : undefined;
  const timer = abort ? setTimeout(() => abort.abort(), options.timeoutMs) : undefined;
  let response: Response;
  let text: string;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : (blob ?? JSON.stringify(body)),
      credentials: 'same-origin',
      signal: abort?.signal,
    });
    text = await response.text();
  } catch {
    throw abort?.signal.aborted
      ? new ApiError(0, 'timeout', 'timeout')
      : new ApiError(0, 'network', 'network');
  } finally {
    clearTimeout(timer);
  }
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page, or a cut-off answer on a weak signal.
    throw new ApiError(response.status || 0, response.ok ? 'bad_response' : 'network', response.statusText);
  }
  if (!response.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error;
    throw new ApiError(
      response.status,
      err?.code ?? 'internal',
      err?.message ?? response.statusText,
      err?.details,
    );
  }
  return data as T;
}

/** Query string from an object, leaving out empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
