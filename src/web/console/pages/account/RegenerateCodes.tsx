import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryCodes } from '../../components/RecoveryCodes';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import type { Session } from '../../lib/types';
import { useCurrentSession, useSession } from '../../session/context';

/** New recovery codes for a current TOTP code; shown once, then the count on the account page is refreshed. */
export function RegenerateCodes() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const { setSession } = useSession();
  const [form] = Form.useForm<{ totp: string }>();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const regenerate = async ({ totp }: { totp: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await call<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/recovery-codes', {
        totp: totp.trim(),
      });
      form.resetFields();
      setCodes(r.recoveryCodes);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const done = async () => {
    setCodes(null);
    // The session knows how many codes are left; read it again rather than guess.
    setSession(await call<Session>('GET', '/api/v1/auth/session').catch(() => session));
  };

  if (codes)
    return (
      <RecoveryCodes codes={codes} login={session.user.login} onDone={done} doneLabel={t('common.close')} />
    );

  return (
    <Form form={form} layout="vertical" name="recovery-codes" requiredMark={false} onFinish={regenerate}>
      <Typography.Paragraph>{t('account.recoveryIntro')}</Typography.Paragraph>
      {error ? <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="totp"
        label={t('totp.code')}
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('login.totpRequired') }]}
      >
        <Input
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          className="console-mono"
          style={{ letterSpacing: '0.3em', maxWidth: 200 }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('account.regenerate')}
      </Button>
    </Form>
  );
}
