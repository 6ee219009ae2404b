import { App, AutoComplete, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { organisationKinds } from '../../../../core/organisations/tree';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { industries, industryLabel } from '../../lib/industries';
import { orgName } from '../../lib/org-tree';
import type { Organisation } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

interface Values {
  kind: string;
  name: string;
  nameEn?: string | null;
  industry?: string | null;
  memberCount?: number | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

const optionalText = ['nameEn', 'industry', 'address'] as const;
const optionalNumber = ['memberCount', 'latitude', 'longitude'] as const;

/** Only documented fields, blanks as null (edit clears them) or left out (create). */
function bodyOf(v: Values, mode: 'create' | 'edit'): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: v.kind, name: v.name.trim() };
  for (const k of optionalText) {
    const text = v[k]?.trim();
    if (text) body[k] = text;
    else if (mode === 'edit') body[k] = null;
  }
  for (const k of optionalNumber) {
    const n = v[k];
    if (typeof n === 'number') body[k] = n;
    else if (mode === 'edit') body[k] = null;
  }
  return body;
}

interface Props {
  mode: 'create' | 'edit';
  /** The parent when creating, the organisation itself when editing. */
  org: Organisation;
  onClose: () => void;
  onSaved: (saved: Organisation) => void;
}

export function OrganisationFormModal({ mode, org, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const isRoot = mode === 'edit' && org.parentId === null;
  const kinds = organisationKinds.filter((k) => (isRoot ? k === 'federation' : k !== 'federation'));
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      mode === 'create'
        ? call<Organisation>('POST', '/api/v1/organisations', { parentId: org.id, ...bodyOf(v, mode) })
        : call<Organisation>('PATCH', `/api/v1/organisations/${org.id}`, bodyOf(v, mode)),
    {
      onDone: (saved) => {
        void message.success(t(mode === 'create' ? 'org.created' : 'org.updated'));
        onSaved(saved);
      },
    },
  );

  const name = orgName(org, i18n.language);
  return (
    <FormModal
      width={640}
      title={mode === 'create' ? t('org.createTitle', { parent: name }) : t('org.editTitle', { name })}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="organisation"
      initialValues={mode === 'edit' ? org : { kind: 'enterprise_union' }}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item
            name="kind"
            label={t('org.kind')}
            rules={[{ required: true, message: t('org.kindRequired') }]}
          >
            <Select disabled={isRoot} options={kinds.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="name"
            label={t('org.name')}
            rules={[{ required: true, whitespace: true, max: 120, message: t('org.nameRequired') }]}
          >
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="nameEn" label={t('org.nameEn')}>
            <Input maxLength={160} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="industry" label={t('org.industry')} tooltip={t('org.industryHint')}>
            <AutoComplete
              maxLength={60}
              options={industries.map((code) => ({
                value: code,
                label: `${industryLabel(t, code)} (${code})`,
              }))}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label={t('org.address')}>
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="memberCount" label={t('org.memberCount')}>
            <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="latitude" label={t('org.latitude')}>
            <InputNumber min={-90} max={90} step={0.001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="longitude" label={t('org.longitude')}>
            <InputNumber min={-180} max={180} step={0.001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
