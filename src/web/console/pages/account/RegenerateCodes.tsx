import { Button, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecoveryCodes } from '../../components/RecoveryCodes';
import { TotpCodeField } from '../../components/TotpCodeField';
import { call } from '../../lib/call';
import type { Session } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { useCurrentSession, useSession } from '../../session/context';

/** New recovery codes for a current TOTP code; shown once, then the count on the account page is refreshed. */
export function RegenerateCodes() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const { setSession } = useSession();
  const [form] = Form.useForm<{ totp: string }>();
  const [codes, setCodes] = useState<string[] | null>(null);
  const { busy, error, submit } = useSubmit(
    ({ totp }: { totp: string }) =>
      call<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/recovery-codes', { totp: totp.trim() }),
    {
      onDone: (r) => {
        form.resetFields();
        setCodes(r.recoveryCodes);
      },
    },
  );

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
    <Form form={form} layout="vertical" name="recovery-codes" requiredMark={false} onFinish={submit}>
      <Typography.Paragraph>{t('account.recoveryIntro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <TotpCodeField name="totp" label={t('totp.code')} maxWidth={200} />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('account.regenerate')}
      </Button>
    </Form>
  );
}
