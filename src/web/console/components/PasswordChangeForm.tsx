import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../lib/call';
import { hasCode, weakPasswordText } from '../lib/errors';
import type { Session } from '../lib/types';
import { useSubmit } from '../lib/use-submit';
import { ErrorAlert } from './ErrorAlert';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

const MIN = 8;
const MAX = 128;

/**
 * Current, new and repeated password. Length and "contains the login" are checked here for a quick answer;
 * the common-password list lives on the server, whose weak_password answer is shown under the field.
 */
export function PasswordChangeForm({
  login,
  temporary,
  onChanged,
}: {
  login: string;
  temporary?: boolean;
  onChanged: (session: Session) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit(async (v: Values) => {
    try {
      const s = await call<Session>('POST', '/api/v1/auth/password', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      });
      form.resetFields();
      onChanged(s);
    } catch (e) {
      // A weak or wrong password is said under its own field rather than above the form.
      if (hasCode(e, 'weak_password')) {
        form.setFields([{ name: 'newPassword', errors: [weakPasswordText(t, e)] }]);
      } else if (hasCode(e, 'invalid_credentials')) {
        form.setFields([{ name: 'currentPassword', errors: [t('password.currentWrong')] }]);
      } else throw e;
    }
  });

  const newPasswordRule = () => ({
    validator(_: unknown, value: string | undefined) {
      const v = value ?? '';
      const length = [...v].length;
      if (!v) return Promise.reject(new Error(t('common.required')));
      if (length < MIN) return Promise.reject(new Error(t('password.problem.too_short')));
      if (length > MAX) return Promise.reject(new Error(t('password.problem.too_long')));
      if (login.length >= 3 && v.toLowerCase().includes(login.toLowerCase())) {
        return Promise.reject(new Error(t('password.problem.contains_login')));
      }
      return Promise.resolve();
    },
  });

  return (
    <Form form={form} layout="vertical" name="change-password" requiredMark={false} onFinish={submit}>
      <ErrorAlert error={error} />
      <Form.Item
        name="currentPassword"
        label={temporary ? t('password.currentTemporary') : t('password.current')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={t('password.rules')}
        rules={[newPasswordRule]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('password.repeat')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block={temporary}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
