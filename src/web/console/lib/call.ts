import { ApiError, api, setCsrfToken } from '../../shared/api';
import type { Session } from './types';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let sessionLost: ((code: string) => void) | null = null;

/** The session context registers here so that a 401 from any page sends the user back to sign-in. */
export const onSessionLost = (listener: ((code: string) => void) | null): void => {
  sessionLost = listener;
};

const isLost = (e: unknown): e is ApiError =>
  e instanceof ApiError && e.status === 401 && (e.code === 'unauthenticated' || e.code === 'session_expired');

/**
 * Every console request goes through here. A stale CSRF token (another tab rotated the session) is renewed
 * from GET session and the write retried once; a lost session is reported before the error is rethrown.
 */
export async function call<T>(method: Method, path: string, body?: unknown): Promise<T> {
  try {
    return await api<T>(method, path, body);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'csrf_failed' && method !== 'GET') {
      const fresh = await api<Session>('GET', '/api/v1/auth/session').catch(() => null);
      if (fresh) {
        setCsrfToken(fresh.csrfToken);
        return api<T>(method, path, body);
      }
    }
    if (isLost(e)) sessionLost?.(e.code);
    throw e;
  }
}
