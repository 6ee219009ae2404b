import { Button, Result, Spin } from 'antd';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, api, setCsrfToken } from '../../shared/api';
import { onSessionLost } from '../lib/call';
import type { Session } from '../lib/types';
import { type Notice, SessionContext, type SessionState } from './context';

type Boot = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; network: boolean };

/** Loads who is signed in, keeps it, and sends the user back to sign-in when the server says the session ended. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [session, setSessionState] = useState<Session | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const current = useRef<Session | null>(null);
  const here = useRef(location.pathname);
  here.current = location.pathname;

  const setSession = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    current.current = next;
    setSessionState(next);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry button's reason to load again
  useEffect(() => {
    let live = true;
    setBoot({ status: 'loading' });
    api<Session>('GET', '/api/v1/auth/session').then(
      (s) => {
        if (!live) return;
        setSession(s);
        setBoot({ status: 'ready' });
      },
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 401) {
          setSession(null);
          if (e.code === 'session_expired') setNotice('expired');
          setBoot({ status: 'ready' });
        } else setBoot({ status: 'failed', network: e instanceof ApiError && e.code === 'network' });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, setSession]);

  useEffect(() => {
    onSessionLost(() => {
      if (!current.current) return;
      setSession(null);
      setNotice('expired');
      navigate('/login', { replace: true, state: { from: here.current } });
    });
    return () => onSessionLost(null);
  }, [navigate, setSession]);

  const signOut = useCallback(async () => {
    // Even when the server cannot be reached the browser forgets the session; the cookie ends with its idle time-out.
    await api('DELETE', '/api/v1/auth/session').catch(() => undefined);
    setSession(null);
    setNotice('signed_out');
    navigate('/login', { replace: true });
  }, [navigate, setSession]);

  const clearNotice = useCallback(() => setNotice(null), []);

  const value = useMemo<SessionState>(
    () => ({ session, notice, setSession, signOut, clearNotice }),
    [session, notice, setSession, signOut, clearNotice],
  );

  if (boot.status === 'loading') {
    return (
      <div className="console-centre">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (boot.status === 'failed') {
    return (
      <div className="console-centre">
        <Result
          status="warning"
          title={t(boot.network ? 'errorPage.networkTitle' : 'errorPage.title')}
          subTitle={t(boot.network ? 'errors.network' : 'errors.internal')}
          extra={
            <Button type="primary" onClick={() => setAttempt((a) => a + 1)}>
              {t('common.retry')}
            </Button>
          }
        />
      </div>
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
