import type { ReactNode } from 'react';
import type { StaffRole } from '../../../core/access/roles';
import { type ActionNeed, can } from '../lib/access';
import { useSession } from '../session/context';
import { Denied } from './Denied';

/** A page the user's roles cannot use shows the permission message instead of an empty or failing page. */
export function RequireAction({ action, children }: { action: ActionNeed; children: ReactNode }) {
  const { session } = useSession();
  return can(session, action) ? children : <Denied action={action} />;
}

/** The same for a part decided by role while the policy table has no action for it (the content library). */
export function RequireRole({ roles, children }: { roles: readonly StaffRole[]; children: ReactNode }) {
  const { session } = useSession();
  const holds =
    session?.stage === 'full' && session.roles.some((r) => (roles as readonly string[]).includes(r.role));
  return holds ? children : <Denied roles={roles} />;
}
