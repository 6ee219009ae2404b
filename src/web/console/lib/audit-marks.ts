import type { AuditEvent } from './types';

/** The audit action of a supervisor's emergency access to a case's records (care-spec B, break-glass). */
export const BREAK_GLASS_ACTION = 'case.break_glass';

/** A supervisor's emergency access to a case, or a read made under it: it must stand out in the trail. */
export const isBreakGlass = (e: Pick<AuditEvent, 'action' | 'details'>): boolean =>
  e.action === BREAK_GLASS_ACTION || e.details.breakGlass === true;
