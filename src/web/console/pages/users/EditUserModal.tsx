import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import type { User } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { EmailField } from './EmailField';

interface Values {
  displayName: string;
  email?: string | null;
}

export function EditUserModal({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call('PATCH', `/api/v1/users/${user.id}`, {
        displayName: v.displayName.trim(),
        email: v.email?.trim() || null,
      }),
    {
      onDone: () => {
        void message.success(t('users.saved'));
        onSaved();
      },
    },
  );

  return (
    <FormModal
      title={t('users.editTitle', { name: user.displayName })}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="edit-user"
      initialValues={user}
      onFinish={submit}
    >
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[{ required: true, whitespace: true, max: 100, message: t('common.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <EmailField />
    </FormModal>
  );
}
