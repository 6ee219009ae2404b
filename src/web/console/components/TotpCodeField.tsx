import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  label: string;
  /** The sign-in and enrolment size, with a sample code as placeholder. */
  large?: boolean;
  maxWidth?: number;
  autoFocus?: boolean;
}

/** The 6-digit code from the authenticator app; spaces around it are allowed, the caller trims them. */
export function TotpCodeField({ name, label, large, maxWidth, autoFocus }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('login.totpRequired') }]}
    >
      <Input
        size={large ? 'large' : undefined}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        placeholder={large ? '123456' : undefined}
        className="console-mono"
        style={{ letterSpacing: '0.3em', fontSize: large ? 20 : undefined, maxWidth }}
        autoFocus={autoFocus}
      />
    </Form.Item>
  );
}
