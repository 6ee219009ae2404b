import type { StaffRole } from '../../../core/access/roles';
import type { Session } from './types';

/**
 * Who works on the content library, by the issue 6 contract: editors draft and edit, reviewers approve. The
 * policy table has no content actions on this branch yet, so the console decides by role; the server makes
 * the real check on every request either way.
 */
export const contentEditorRoles: readonly StaffRole[] = ['federation_admin', 'counsellor'];
export const contentReviewerRoles: readonly StaffRole[] = ['supervisor', 'federation_admin'];
export const contentRoles: readonly StaffRole[] = [
  ...new Set([...contentEditorRoles, ...contentReviewerRoles]),
];

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
