import { createContext, useContext } from 'react';
import type { Stage } from '../../../core/access/policy';
import type { Session } from '../lib/types';

export type Notice = 'expired' | 'signed_out' | null;

export interface SessionState {
  session: Session | null;
  notice: Notice;
  /** Keep a Session answer from the server (and its CSRF token, which later writes must send). */
  setSession: (session: Session | null) => void;
  signOut: () => Promise<void>;
  clearNotice: () => void;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in session, for pages behind a stage gate (which guarantees there is one). */
export function useCurrentSession() {
  const { session } = useSession();
  if (!session) throw new Error('useCurrentSession outside a stage gate');
  return session;
}

/** Where each stage of a fresh sign-in belongs. */
export const pathForStage = (stage: Stage): string =>
  stage === 'password_change' ? '/setup/password' : stage === 'totp_enrolment' ? '/setup/totp' : '/';
