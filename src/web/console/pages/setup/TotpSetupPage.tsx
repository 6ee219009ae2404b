import { Alert, Button, Result, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setCsrfToken } from '../../../shared/api';
import { AuthFrame } from '../../components/AuthFrame';
import { RecoveryCodes } from '../../components/RecoveryCodes';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import type { Session } from '../../lib/types';
import { useCurrentSession, useSession } from '../../session/context';
import { type Enrolment, EnrolmentForm } from './EnrolmentForm';

type Confirmed = Session & { recoveryCodes: string[] };

/** Second-factor enrolment: scan, confirm with a code, then save the recovery codes (shown once). */
export function TotpSetupPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const { setSession } = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const [attempt, setAttempt] = useState(0);
  const started = useRef(-1);

  useEffect(() => {
    // Each start makes a new secret on the server; start once per attempt so the QR code shown stays valid.
    if (started.current === attempt) return;
    started.current = attempt;
    setStartError(null);
    call<Enrolment>('POST', '/api/v1/auth/totp/enrolment').then(setEnrolment, setStartError);
  }, [attempt]);

  const onConfirmed = (done: Confirmed) => {
    // The session was renewed: later writes need its token even before the user moves on.
    setCsrfToken(done.csrfToken);
    setConfirmed(done);
  };

  if (confirmed) {
    return (
      <AuthFrame title={t('recovery.title')} width={600}>
        <Alert type="success" showIcon title={t('totp.done')} style={{ marginBottom: 16 }} />
        <RecoveryCodes
          codes={confirmed.recoveryCodes}
          login={session.user.login}
          onDone={() => {
            const { recoveryCodes: _shownOnce, ...next } = confirmed;
            setSession(next);
          }}
        />
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('totp.title')} width={600}>
      <Typography.Paragraph>{t('totp.intro')}</Typography.Paragraph>
      {startError ? (
        <Result
          status="warning"
          title={t('totp.startFailed')}
          subTitle={errorText(t, startError)}
          extra={
            <Button type="primary" onClick={() => setAttempt((a) => a + 1)}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : enrolment ? (
        <EnrolmentForm enrolment={enrolment} onConfirmed={onConfirmed} />
      ) : (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin description={t('totp.preparing')} />
        </div>
      )}
    </AuthFrame>
  );
}
