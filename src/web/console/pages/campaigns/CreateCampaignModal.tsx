import { App, Col, DatePicker, Form, Input, Row, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayEnd, dayStart } from '../../../../core/time';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { buildOrgForest, orgOptions } from '../../lib/org-tree';
import type { Campaign, Organisation } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

interface Values {
  organisationId: string;
  name: string;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
}

interface Props {
  /** Only the organisations the user may manage campaigns for. */
  allowed: Organisation[];
  timeZone: string;
  onClose: () => void;
  onCreated: (c: Campaign) => void;
}

/** A new campaign link for an organisation; whole days in the federation's zone, both ends optional. */
export function CreateCampaignModal({ allowed, timeZone, onClose, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const options = useMemo(() => orgOptions(buildOrgForest(allowed), i18n.language), [allowed, i18n.language]);
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call<Campaign>('POST', '/api/v1/campaigns', {
        organisationId: v.organisationId,
        name: v.name.trim(),
        ...(v.startsAt
          ? { startsAt: dayStart(v.startsAt.format('YYYY-MM-DD'), timeZone).toISOString() }
          : {}),
        ...(v.endsAt ? { endsAt: dayEnd(v.endsAt.format('YYYY-MM-DD'), timeZone).toISOString() } : {}),
      }),
    {
      onDone: (c) => {
        void message.success(t('campaigns.created'));
        onCreated(c);
      },
    },
  );

  return (
    <FormModal<Values>
      title={t('campaigns.createTitle')}
      okText={t('common.create')}
      width={640}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="create-campaign"
      // One organisation to choose from (an enterprise officer's own): chosen already.
      initialValues={allowed.length === 1 ? { organisationId: allowed[0]?.id } : {}}
      onFinish={submit}
    >
      <Form.Item
        name="organisationId"
        label={t('campaigns.organisation')}
        extra={t('campaigns.organisationHint')}
        rules={[{ required: true, message: t('campaigns.organisationRequired') }]}
      >
        <TreeSelect
          treeData={options}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('campaigns.name')}
        rules={[{ required: true, whitespace: true, max: 120, message: t('campaigns.nameRequired') }]}
      >
        <Input maxLength={120} placeholder={t('campaigns.nameHint')} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="startsAt" label={t('common.optional', { label: t('campaigns.startsAt') })}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="endsAt"
            label={t('common.optional', { label: t('campaigns.endsAt') })}
            dependencies={['startsAt']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, end?: Dayjs | null) => {
                  const start = getFieldValue('startsAt') as Dayjs | null | undefined;
                  return !end || !start || !end.isBefore(start, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('campaigns.endBeforeStart')));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('campaigns.datesHint', { zone: timeZone })}
      </Typography.Paragraph>
    </FormModal>
  );
}
