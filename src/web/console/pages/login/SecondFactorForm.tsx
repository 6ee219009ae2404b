import { Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TotpCodeField } from '../../components/TotpCodeField';

interface Props {
  login: string;
  busy: boolean;
  onSubmit: (code: string) => Promise<void>;
  onBack: () => void;
}

/** The second step of sign-in: a 6-digit code, or one of the recovery codes saved at enrolment. */
export function SecondFactorForm({ login, busy, onSubmit, onBack }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const [recovery, setRecovery] = useState(false);

  const submit = async ({ code }: { code: string }) => {
    await onSubmit(code.replace(/\s/g, ''));
    form.resetFields();
  };

  return (
    <Form form={form} layout="vertical" name="second-factor" requiredMark={false} onFinish={submit}>
      <Typography.Paragraph>{recovery ? t('login.recoveryHint') : t('login.totpHint')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('login.signingInAs', { login })}</Typography.Paragraph>
      {recovery ? (
        <Form.Item
          key="recovery"
          name="code"
          label={t('login.recoveryLabel')}
          rules={[{ required: true, whitespace: true, message: t('login.recoveryRequired') }]}
        >
          <Input
            size="large"
            autoComplete="off"
            className="console-mono"
            placeholder="xxxx-xxxx-xxxx-xxxx"
            autoFocus
          />
        </Form.Item>
      ) : (
        <TotpCodeField key="totp" name="code" label={t('login.totpLabel')} large autoFocus />
      )}
      <Button type="primary" htmlType="submit" size="large" block loading={busy}>
        {t('login.verify')}
      </Button>
      <Flex justify="space-between" style={{ marginTop: 12 }}>
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          onClick={() => {
            setRecovery(!recovery);
            form.resetFields();
          }}
        >
          {recovery ? t('login.useTotp') : t('login.useRecovery')}
        </Button>
        <Button type="link" style={{ paddingInline: 0 }} onClick={onBack}>
          {t('login.back')}
        </Button>
      </Flex>
    </Form>
  );
}
