import { SafetyOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Radio,
  Result,
  Row,
  TreeSelect,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadError } from '../../components/LoadError';
import { type ReferralInput, referWorker } from '../../lib/care-api';
import { careErrorText } from '../../lib/care-errors';
import { contactPhone } from '../../lib/contact-phone';
import { formatShort } from '../../lib/format-time';
import { buildOrgForest, orgOptions } from '../../lib/org-tree';
import { loadOrganisations } from '../../lib/organisations';
import { organisationsAllowed } from '../../lib/reach';
import { useLoad } from '../../lib/use-load';
import { useCareTranslation } from '../../live/texts';
import { useCurrentSession } from '../../session/context';

interface Values {
  organisationId: string;
  name?: string;
  phone: string;
  preferredTime?: string;
  message?: string;
  priority: ReferralInput['priority'];
  consent?: boolean;
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/**
 * An enterprise union officer passes on a worker of their organisation who agreed to it. The officer gets a
 * receipt and nothing afterwards: what happens between the worker and the counsellor stays between them.
 */
export function ReferPage() {
  const { t, i18n } = useCareTranslation();
  const session = useCurrentSession();
  const [form] = Form.useForm<Values>();
  const orgs = useLoad(() => loadOrganisations(), 'orgs');
  const allowed = useMemo(
    () => organisationsAllowed(session, 'alert.refer', orgs.data ?? []),
    [session, orgs.data],
  );
  const options = useMemo(() => orgOptions(buildOrgForest(allowed), i18n.language), [allowed, i18n.language]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const only = allowed.length === 1 ? allowed[0]?.id : undefined;

  // One organisation to choose from (the officer's own): chosen already, also after sending one.
  useEffect(() => {
    if (only && !sent && !form.getFieldValue('organisationId')) form.setFieldValue('organisationId', only);
  }, [only, sent, form]);

  const send = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const receipt = await referWorker({
        organisationId: v.organisationId,
        contact: {
          name: trimmed(v.name),
          phone: contactPhone(v.phone) ?? v.phone.trim(),
          preferredTime: trimmed(v.preferredTime),
        },
        message: trimmed(v.message),
        priority: v.priority,
        consent: true,
      });
      // Nothing of the person stays in this page once it is sent.
      form.resetFields();
      setSent(receipt.receivedAt);
    } catch (e) {
      setError(careErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (orgs.error && !orgs.data)
    return <LoadError error={orgs.error} retry={orgs.reload} action="alert.refer" />;

  const title = (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('refer.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>
        {t('refer.intro')}
      </Typography.Paragraph>
    </>
  );

  if (sent)
    return (
      <>
        {title}
        <Card style={{ maxWidth: 860 }}>
          <Result
            status="success"
            title={t('refer.sentTitle')}
            subTitle={
              <>
                {t('refer.sent')}
                <br />
                {t('refer.receivedAt', { time: formatShort(sent, session.tenant.timeZone) })}
              </>
            }
            extra={
              <Button type="primary" onClick={() => setSent(null)}>
                {t('refer.another')}
              </Button>
            }
          />
        </Card>
      </>
    );

  return (
    <>
      {title}
      <Alert
        type="warning"
        showIcon
        title={t('refer.dangerTitle')}
        description={t('refer.danger')}
        style={{ marginBottom: 16, maxWidth: 860 }}
      />
      <Card style={{ maxWidth: 860 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          name="refer-worker"
          initialValues={{
            priority: 'normal',
            organisationId: allowed.length === 1 ? allowed[0]?.id : undefined,
          }}
          key={allowed.length === 1 ? allowed[0]?.id : 'choose'}
          onFinish={(v) => void send(v)}
        >
          <ErrorAlert error={error} />
          <Form.Item
            name="organisationId"
            label={t('refer.organisation')}
            rules={[{ required: true, message: t('refer.organisationRequired') }]}
          >
            <TreeSelect
              treeData={options}
              treeDefaultExpandAll
              showSearch
              treeNodeFilterProp="title"
              loading={orgs.loading}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('common.optional', { label: t('refer.name') })}
                extra={t('refer.nameHint')}
              >
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="phone"
                label={t('drawer.phone')}
                rules={[
                  { required: true, message: t('refer.phoneRequired') },
                  {
                    validator: (_, v: string | undefined) =>
                      !v?.trim() || contactPhone(v)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('enter.phoneInvalid'))),
                  },
                ]}
              >
                <Input inputMode="tel" autoComplete="off" maxLength={20} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="preferredTime" label={t('common.optional', { label: t('drawer.preferredTime') })}>
            <Input maxLength={100} placeholder={t('enter.timePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="message"
            label={t('common.optional', { label: t('refer.message') })}
            extra={t('refer.messageHint')}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Form.Item name="priority" label={t('refer.priority')}>
            <Radio.Group
              options={(['normal', 'high'] as const).map((p) => ({
                value: p,
                label: t(`refer.priorities.${p}`),
              }))}
            />
          </Form.Item>
          <Alert
            type="info"
            icon={<SafetyOutlined />}
            showIcon
            title={t('refer.consentTitle')}
            description={t('refer.consentBody')}
            style={{ marginBottom: 12 }}
          />
          <Form.Item
            name="consent"
            valuePropName="checked"
            rules={[
              {
                validator: (_, v: boolean | undefined) =>
                  v ? Promise.resolve() : Promise.reject(new Error(t('refer.consentRequired'))),
              },
            ]}
          >
            <Checkbox>{t('refer.consent')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('refer.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
