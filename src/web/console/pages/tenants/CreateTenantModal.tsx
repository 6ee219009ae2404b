import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import type { Tenant } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

interface Values {
  kind: 'national' | 'province' | 'city';
  slug: string;
  name: string;
  nameEn: string;
  timeZone: string;
  parentTenantId?: string;
}

// Chinese federations keep Beijing time; the others are offered for deployments abroad.
const zones = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'UTC'];

/** A new federation: the server creates the tenant with its root organisation. */
export function CreateTenantModal({
  tenants,
  onClose,
  onCreated,
}: {
  tenants: Tenant[];
  onClose: () => void;
  onCreated: (t: Tenant) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const parents = tenants.filter((x) => x.kind !== 'platform' && x.kind !== 'city');
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call<{ tenant: Tenant }>('POST', '/api/v1/tenants', {
        kind: v.kind,
        slug: v.slug.trim(),
        name: v.name.trim(),
        nameEn: v.nameEn.trim(),
        timeZone: v.timeZone,
        ...(v.parentTenantId ? { parentTenantId: v.parentTenantId } : {}),
      }),
    { onDone: (r) => onCreated(r.tenant) },
  );

  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <FormModal
      width={620}
      title={t('tenants.create')}
      okText={t('common.create')}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="create-tenant"
      initialValues={{ kind: 'city', timeZone: 'Asia/Shanghai' }}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="kind" label={t('tenants.kind')} rules={[required]}>
            <Select
              options={(['national', 'province', 'city'] as const).map((k) => ({
                value: k,
                label: t(`tenants.kinds.${k}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="slug"
            label={t('tenants.slug')}
            extra={t('tenants.slugHint')}
            rules={[
              {
                required: true,
                pattern: /^\s*[a-z0-9][a-z0-9-]{1,39}\s*$/,
                message: t('tenants.slugInvalid'),
              },
            ]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="name" label={t('tenants.name')} rules={[required, { max: 120 }]}>
        <Input maxLength={120} placeholder="××市总工会" />
      </Form.Item>
      <Form.Item name="nameEn" label={t('tenants.nameEn')} rules={[required, { max: 160 }]}>
        <Input maxLength={160} placeholder="×× City Federation of Trade Unions" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="timeZone" label={t('tenants.timeZone')} rules={[required]}>
            <Select options={zones.map((z) => ({ value: z, label: z }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="parentTenantId" label={t('common.optional', { label: t('tenants.parent') })}>
            <Select
              allowClear
              options={parents.map((p) => ({
                value: p.id,
                label: i18n.language === 'en' ? p.nameEn : p.name,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
