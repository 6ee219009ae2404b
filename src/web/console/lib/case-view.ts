import type { CaseDetail, RecordBasis } from './case-types';
import type { Session } from './types';

/**
 * What the viewer of a case may do and why they see what they see. The server decides (and records every
 * read); this only chooses what the page offers, so a button never leads to a refusal it could foresee.
 */

export interface CaseViewer {
  userId: string;
  name: string;
  counsellor: boolean;
  supervisor: boolean;
}

export const caseViewerOf = (session: Session): CaseViewer => ({
  userId: session.user.id,
  name: session.user.displayName,
  counsellor: session.roles.some((r) => r.role === 'counsellor'),
  supervisor: session.roles.some((r) => r.role === 'supervisor'),
});

export type CaseAction =
  | 'note'
  | 'contact'
  | 'measure'
  | 'task'
  | 'refer'
  | 'escalate'
  | 'deEscalate'
  | 'reassign'
  | 'breakGlass'
  | 'close'
  | 'reopen';

type Facts = Pick<CaseDetail, 'status' | 'basis' | 'escalatedTo' | 'counsellor'> & {
  records: Pick<NonNullable<CaseDetail['records']>, 'contactWithdrawn'> | null;
};

export function caseActions(c: Facts, v: CaseViewer): Set<CaseAction> {
  const actions = new Set<CaseAction>();
  const open = c.status === 'open';
  const reads = c.basis !== null && c.records !== null;
  if (reads && open) {
    actions.add('note').add('measure').add('task').add('refer').add('close');
    if (!c.records?.contactWithdrawn) actions.add('contact');
  }
  if (reads && !open) actions.add('reopen');
  // Only the case's own counsellor asks a supervisor in; either of them ends it.
  if (open && c.basis === 'assigned') actions.add('escalate');
  if (c.escalatedTo && (c.basis === 'assigned' || c.basis === 'escalated')) actions.add('deEscalate');
  if (v.supervisor && open) actions.add('reassign');
  if (v.supervisor && c.basis === null) actions.add('breakGlass');
  return actions;
}

export type BasisView =
  | { kind: 'assigned' }
  | { kind: 'escalated'; by: string }
  | { kind: 'break_glass'; expiresAt: string | null }
  | { kind: 'metadata'; canBreakGlass: boolean };

export function basisView(
  c: Pick<CaseDetail, 'basis' | 'counsellor' | 'breakGlassUntil'>,
  v: CaseViewer,
): BasisView {
  const basis: RecordBasis | null = c.basis;
  if (basis === 'assigned') return { kind: 'assigned' };
  if (basis === 'escalated') return { kind: 'escalated', by: c.counsellor.name };
  if (basis === 'break_glass') return { kind: 'break_glass', expiresAt: c.breakGlassUntil };
  return { kind: 'metadata', canBreakGlass: v.supervisor };
}

/** Whole minutes left until an instant (at least 0), for "ends in 42 minutes". */
export const minutesLeft = (iso: string, now: Date): number =>
  Math.max(0, Math.ceil((Date.parse(iso) - now.getTime()) / 60_000));
