import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** An account's e-mail address: optional, but checked when given. */
export function EmailField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="email"
      label={t('common.optional', { label: t('users.email') })}
      rules={[{ type: 'email', message: t('users.emailInvalid') }]}
    >
      <Input maxLength={200} autoComplete="off" />
    </Form.Item>
  );
}
