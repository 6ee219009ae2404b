import { Alert, App, Form, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { type OrgNode, orgOptions } from '../../lib/org-tree';
import type { User } from '../../lib/types';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await call('POST', `/api/v1/users/${user.id}/roles`, {
        role: v.role,
        organisationId: v.organisationId,
      });
      void message.success(t('users.roleGranted'));
      onSaved();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('users.grantTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="grant-role"
        initialValues={{ organisationId: user.organisationId }}
        onFinish={save}
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
      </Form>
    </Modal>
  );
}
