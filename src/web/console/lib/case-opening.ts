import { ApiError } from '../../shared/api';

/**
 * What became of "open a case" from a request (POST /api/v1/cases), for the drawer to say: opened (go to it),
 * one is already open for it (go there instead), someone else is following it up, or the server does not
 * offer cases yet (the route is missing: an older server).
 */
export type CaseOpening =
  | { outcome: 'opened'; caseId: string }
  | { outcome: 'exists'; caseId: string }
  | { outcome: 'taken' }
  | { outcome: 'unavailable' }
  | { outcome: 'failed'; error: unknown };

function caseIdIn(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const id = (details as { caseId?: unknown }).caseId;
  return typeof id === 'string' && id ? id : null;
}

export function caseOpeningOf(result: { id: string } | null, error: unknown): CaseOpening {
  if (result) return { outcome: 'opened', caseId: result.id };
  if (error instanceof ApiError) {
    if (error.code === 'conflict') {
      const caseId = caseIdIn(error.details);
      if (caseId) return { outcome: 'exists', caseId };
    }
    if (error.code === 'already_taken') return { outcome: 'taken' };
    // The server's answer to a route it does not have ("No route POST /api/v1/cases").
    if (error.status === 404 && error.message.startsWith('No route')) return { outcome: 'unavailable' };
  }
  return { outcome: 'failed', error };
}
