import type { ReactNode } from 'react';
import { type ActionNeed, can } from '../lib/access';
import { useSession } from '../session/context';
import { Denied } from './Denied';

/** A page the user's roles cannot use shows the permission message instead of an empty or failing page. */
export function RequireAction({ action, children }: { action: ActionNeed; children: ReactNode }) {
  const { session } = useSession();
  return can(session, action) ? children : <Denied action={action} />;
}
