import { Alert, Button, Col, Flex, Form, Input, Modal, Row, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { type OrgNode, orgOptions } from '../../lib/org-tree';
import type { User, UserWithPassword } from '../../lib/types';
import { useCurrentSession } from '../../session/context';
import { roleOptions } from './role-options';

interface Values {
  login: string;
  displayName: string;
  email?: string;
  organisationId: string;
  roles: { role?: string; organisationId?: string }[];
}

interface Props {
  forest: OrgNode[];
  onClose: () => void;
  onCreated: (user: User, temporaryPassword: string) => void;
}

/** A new staff account with its roles; the server answers with a temporary password shown next, once. */
export function CreateUserModal({ forest, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const orgTree = orgOptions(forest, i18n.language, (o) => !o.active);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const created = await call<UserWithPassword>('POST', '/api/v1/users', {
        login: v.login.trim(),
        displayName: v.displayName.trim(),
        ...(v.email?.trim() ? { email: v.email.trim() } : {}),
        organisationId: v.organisationId,
        roles: v.roles.map((r) => ({ role: r.role, organisationId: r.organisationId ?? v.organisationId })),
      });
      onCreated(created.user, created.temporaryPassword);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  // Roles default to the home organisation: most people work where their account sits.
  const homeChanged = (organisationId: string) => {
    const roles = form.getFieldValue('roles') as Values['roles'];
    form.setFieldValue(
      'roles',
      roles.map((r) => (r.organisationId ? r : { ...r, organisationId })),
    );
  };

  const orgSelect = (onChange?: (id: string) => void) => (
    <TreeSelect
      treeData={orgTree}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      onChange={onChange}
    />
  );

  return (
    <Modal
      open
      width={680}
      title={t('users.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        name="create-user"
        initialValues={{ roles: [{}] }}
        onFinish={save}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="login"
              label={t('users.login')}
              extra={t('users.loginHint')}
              rules={[
                {
                  required: true,
                  pattern: /^\s*[A-Za-z0-9._@-]{3,64}\s*$/,
                  message: t('users.loginInvalid'),
                },
              ]}
            >
              <Input autoComplete="off" maxLength={64} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="displayName"
              label={t('users.displayName')}
              rules={[{ required: true, whitespace: true, max: 100, message: t('common.required') }]}
            >
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="email"
              label={t('common.optional', { label: t('users.email') })}
              rules={[{ type: 'email', message: t('users.emailInvalid') }]}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="organisationId"
              label={t('users.organisation')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              {orgSelect(homeChanged)}
            </Form.Item>
          </Col>
        </Row>
        <Form.List
          name="roles"
          rules={[
            {
              validator: (_, roles: unknown[]) =>
                roles?.length ? Promise.resolve() : Promise.reject(new Error(t('users.rolesRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={12} align="start">
                  <Form.Item
                    name={[field.name, 'role']}
                    label={t('users.role')}
                    style={{ width: 200 }}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <Select options={roleOptions(session, i18n.language)} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'organisationId']}
                    label={t('users.roleOrganisation')}
                    style={{ flex: 1 }}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    {orgSelect()}
                  </Form.Item>
                  <Button
                    style={{ marginTop: 30 }}
                    disabled={fields.length < 2}
                    onClick={() => remove(field.name)}
                  >
                    {t('users.removeRole')}
                  </Button>
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                onClick={() => add({ organisationId: form.getFieldValue('organisationId') })}
              >
                {t('users.addRole')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
