import { policy } from '../../../core/access/policy';
import { isStaffRole } from '../../../core/access/roles';
import { type Dimension, dimensions } from '../../../core/statistics/metrics';
import { can } from './access';
import type { Session } from './types';

/**
 * Whether every role that lets this user read statistics is an enterprise officer's: then they see their
 * enterprise's aggregates only, broken down by organisation and nothing else (the server refuses the rest).
 */
export function officerOnly(session: Session): boolean {
  const readers = session.roles.filter(
    (r) => isStaffRole(r.role) && policy['statistics.read'][r.role] !== undefined,
  );
  return readers.length > 0 && readers.every((r) => r.role === 'enterprise_officer');
}

/** The breakdown tabs this user is offered: counsellors' workload only with `statistics.workload`. */
export function dimensionTabs(session: Session): Dimension[] {
  if (officerOnly(session)) return ['organisation'];
  return dimensions.filter((d) => d !== 'counsellor' || can(session, 'statistics.workload'));
}
