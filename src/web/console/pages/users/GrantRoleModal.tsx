import { App, Form, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { type OrgNode, orgOptions } from '../../lib/org-tree';
import type { User } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { useCurrentSession } from '../../session/context';
import { roleOptions } from './role-options';

interface Values {
  role: string;
  organisationId: string;
}

/** A role over an organisation and everything below it, inside the account's own federation. */
export function GrantRoleModal({
  user,
  forest,
  onClose,
  onSaved,
}: {
  user: User;
  forest: OrgNode[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call('POST', `/api/v1/users/${user.id}/roles`, {
        role: v.role,
        organisationId: v.organisationId,
      }),
    {
      onDone: () => {
        void message.success(t('users.roleGranted'));
        onSaved();
      },
    },
  );

  return (
    <FormModal
      title={t('users.grantTitle', { name: user.displayName })}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="grant-role"
      initialValues={{ organisationId: user.organisationId }}
      onFinish={submit}
    >
      <Form.Item
        name="role"
        label={t('users.role')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select options={roleOptions(session, i18n.language)} />
      </Form.Item>
      <Form.Item
        name="organisationId"
        label={t('users.roleOrganisation')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <TreeSelect
          treeData={orgOptions(forest, i18n.language, (o) => !o.active || o.tenantId !== user.tenantId)}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
        />
      </Form.Item>
    </FormModal>
  );
}
