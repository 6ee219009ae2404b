/**
 * Who may read a case's confidential records (session notes, contact details, questionnaires, tasks' words):
 * the assigned counsellor; a supervisor while the case is escalated to them; a supervisor who broke the glass
 * (an emergency, with a reason, for a limited time). Nobody else — not federation or platform administrators.
 * Case metadata (number, status, priority, who is assigned, dates) is also visible to supervisors, so they can
 * oversee, reassign and decide to break the glass.
 */
export type RecordBasis = 'assigned' | 'escalated' | 'break_glass';

export interface CaseFacts {
  counsellorId: string;
  escalatedTo: string | null;
}

export interface Viewer {
  userId: string;
  /** Holds the supervisor role in the case's federation. */
  supervisor: boolean;
  /** Holds the counsellor role in the case's federation. */
  counsellor: boolean;
}

export interface BreakGlass {
  userId: string;
  expiresAt: Date;
}

/** How long a break-glass grant lasts: long enough for an emergency call, short enough to be an exception. */
export const BREAK_GLASS_MINUTES = 60;

export function recordBasis(
  viewer: Viewer,
  c: CaseFacts,
  grants: readonly BreakGlass[],
  now: Date,
): RecordBasis | null {
  if (viewer.counsellor && c.counsellorId === viewer.userId) return 'assigned';
  if (viewer.supervisor && c.escalatedTo === viewer.userId) return 'escalated';
  if (
    viewer.supervisor &&
    grants.some((g) => g.userId === viewer.userId && g.expiresAt.getTime() > now.getTime())
  )
    return 'break_glass';
  return null;
}

/** May the viewer see that the case exists, and its metadata? */
export const maySeeCase = (viewer: Viewer, c: CaseFacts): boolean =>
  viewer.supervisor || (viewer.counsellor && c.counsellorId === viewer.userId);
