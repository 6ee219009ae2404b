import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Stage } from '../../../core/access/policy';
import { pathForStage, useSession } from './context';

/**
 * Lets a page render only in its stage: no session goes to sign-in (remembering where the user wanted to
 * go), a session in another stage goes to the step it still has to finish.
 */
export function RequireStage({ stage, children }: { stage: Stage; children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (session.stage !== stage) return <Navigate to={pathForStage(session.stage)} replace />;
  return children;
}
