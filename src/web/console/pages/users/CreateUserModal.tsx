import { Button, Col, Flex, Form, Input, Row, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { type OrgNode, orgOptions } from '../../lib/org-tree';
import type { User, UserWithPassword } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { useCurrentSession } from '../../session/context';
import { EmailField } from './EmailField';
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
  const orgTree = orgOptions(forest, i18n.language, (o) => !o.active);
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call<UserWithPassword>('POST', '/api/v1/users', {
        login: v.login.trim(),
        displayName: v.displayName.trim(),
        ...(v.email?.trim() ? { email: v.email.trim() } : {}),
        organisationId: v.organisationId,
        roles: v.roles.map((r) => ({ role: r.role, organisationId: r.organisationId ?? v.organisationId })),
      }),
    { onDone: (created) => onCreated(created.user, created.temporaryPassword) },
  );

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
    <FormModal
      width={680}
      title={t('users.createTitle')}
      okText={t('common.create')}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="create-user"
      initialValues={{ roles: [{}] }}
      onFinish={submit}
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
          <EmailField />
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
    </FormModal>
  );
}
