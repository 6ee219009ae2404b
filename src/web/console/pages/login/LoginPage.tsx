import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { AuthFrame } from '../../components/AuthFrame';
import { ErrorAlert } from '../../components/ErrorAlert';
import { call } from '../../lib/call';
import { hasCode } from '../../lib/errors';
import type { Session } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { pathForStage, useSession } from '../../session/context';
import { SecondFactorForm } from './SecondFactorForm';

interface Credentials {
  login: string;
  password: string;
}

/** Sign-in: login name and password, then a TOTP or recovery code when the account has a second factor. */
export function LoginPage() {
  const { t } = useTranslation();
  const { session, setSession, notice, clearNotice } = useSession();
  const location = useLocation();
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const {
    busy,
    error,
    submit: signIn,
    setError,
  } = useSubmit(async (c: Credentials, totp?: string) => {
    try {
      const s = await call<Session>('POST', '/api/v1/auth/session', {
        login: c.login,
        password: c.password,
        totp,
      });
      clearNotice();
      setSession(s);
    } catch (e) {
      // The password was right: this is the second step, not an error.
      if (hasCode(e, 'totp_required')) setCredentials(c);
      else throw e;
    }
  });

  if (session) {
    const from = (location.state as { from?: string } | null)?.from;
    const target = session.stage === 'full' && from && from !== '/login' ? from : pathForStage(session.stage);
    return <Navigate to={target} replace />;
  }

  const noticeText =
    notice === 'expired' ? t('login.expired') : notice === 'signed_out' ? t('login.signedOut') : null;

  return (
    <AuthFrame title={credentials ? t('login.totpTitle') : t('login.title')}>
      {noticeText && !error ? (
        <Alert
          type={notice === 'expired' ? 'warning' : 'success'}
          title={noticeText}
          showIcon
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <ErrorAlert error={error} />
      {credentials ? (
        <SecondFactorForm
          login={credentials.login}
          busy={busy}
          onSubmit={(code) => signIn(credentials, code)}
          onBack={() => {
            setCredentials(null);
            setError(null);
          }}
        />
      ) : (
        <Form<Credentials> layout="vertical" name="sign-in" requiredMark={false} onFinish={(v) => signIn(v)}>
          <Form.Item
            name="login"
            label={t('login.login')}
            rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}
          >
            <Input size="large" autoComplete="username" placeholder={t('login.loginPlaceholder')} autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              size="large"
              autoComplete="current-password"
              placeholder={t('login.passwordPlaceholder')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 20, marginBottom: 0, fontSize: 12 }}>
        {t('login.privacy')}
      </Typography.Paragraph>
    </AuthFrame>
  );
}
