import { policy } from '../../../core/access/policy';
import type { StaffRole } from '../../../core/access/roles';
import type { Session } from './types';

/**
 * Who works on the content library, read off the policy table the server enforces (content.edit: draft and
 * edit; content.review: approve; content.read: open the library), so the menu and the server never disagree.
 */
const rolesOf = (action: 'content.read' | 'content.edit' | 'content.review') =>
  Object.keys(policy[action]) as StaffRole[];
export const contentEditorRoles: readonly StaffRole[] = rolesOf('content.edit');
export const contentReviewerRoles: readonly StaffRole[] = rolesOf('content.review');
export const contentRoles: readonly StaffRole[] = rolesOf('content.read');

export interface ContentPowers {
  editor: boolean;
  reviewer: boolean;
}

const holdsAny = (session: Session | null, roles: readonly StaffRole[]) =>
  session?.stage === 'full' && session.roles.some((r) => (roles as readonly string[]).includes(r.role));

export const contentPowers = (session: Session | null): ContentPowers => ({
  editor: holdsAny(session, contentEditorRoles),
  reviewer: holdsAny(session, contentReviewerRoles),
});

export const mayOpenContent = (session: Session | null): boolean => holdsAny(session, contentRoles);
