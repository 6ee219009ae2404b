import { type Action, policy } from '../../../core/access/policy';
import { isStaffRole, roleLabels, type StaffRole } from '../../../core/access/roles';
import type { Session } from './types';

/** Actions whose grants come from the policy table (the rest are open to any signed-in staff member). */
export type PolicyAction = Exclude<Action, 'public' | 'session.self'>;

/** One action, or several of which any one will do (a page that serves two jobs). */
export type ActionNeed = PolicyAction | readonly PolicyAction[];

const each = (need: ActionNeed): readonly PolicyAction[] => (typeof need === 'string' ? [need] : need);

/**
 * Whether the signed-in user holds a role that the policy grants this action (or any of these actions) to.
 * Only decides what the console offers; the server makes the real check on every request.
 */
export function can(session: Session | null, need: ActionNeed): boolean {
  if (session?.stage !== 'full') return false;
  return each(need).some((action) =>
    session.roles.some((r) => isStaffRole(r.role) && policy[action][r.role] !== undefined),
  );
}

/** The roles that may perform an action (or any of several), for telling a denied user whom to ask. */
export const rolesFor = (need: ActionNeed): StaffRole[] => [
  ...new Set(each(need).flatMap((action) => Object.keys(policy[action]).filter(isStaffRole))),
];

export function roleLabel(role: string, lang: string): string {
  if (!isStaffRole(role) && role !== 'worker') return role;
  const label = roleLabels[role as keyof typeof roleLabels];
  return lang === 'en' ? label.en : label.zh;
}

export const holdsRole = (session: Session | null, role: StaffRole): boolean =>
  Boolean(session?.roles.some((r) => r.role === role));
