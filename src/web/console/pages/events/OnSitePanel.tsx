import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { audienceGroups } from '../../../../core/content/audiences';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEventsTranslation } from '../../i18n/events-ns';
import { addCarePackages, addWalkIns, saveMaterials } from '../../lib/event-api';
import type { ManagedEvent } from '../../lib/event-types';
import { useSubmit } from '../../lib/use-submit';

/** What happened on the day that no registration shows: people who walked in, care packages handed out. */
export function OnSitePanel({ event, onChanged }: { event: ManagedEvent; onChanged: () => void }) {
  const { t, i18n } = useEventsTranslation();
  const { message } = App.useApp();
  const [walkForm] = Form.useForm<{ count: number; note?: string }>();
  const [careForm] = Form.useForm<{ audienceGroup: string; count: number }>();
  const walk = useSubmit(
    (v: { count: number; note?: string }) => addWalkIns(event.id, v.count, v.note?.trim() || undefined),
    {
      onDone: () => {
        void message.success(t('onsite.walkInsAdded'));
        walkForm.resetFields();
        onChanged();
      },
    },
  );
  const care = useSubmit(
    (v: { audienceGroup: string; count: number }) => addCarePackages(event.id, v.audienceGroup, v.count),
    {
      onDone: () => {
        void message.success(t('onsite.careAdded'));
        careForm.resetFields();
        onChanged();
      },
    },
  );
  const groups = [
    { value: 'general', label: t('onsite.general') },
    ...audienceGroups.map((g) => ({ value: g.id, label: i18n.language === 'en' ? g.en : g.zh })),
  ];
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('onsite.walkIns', { count: event.walkIns })} style={{ marginBottom: 16 }}>
          <ErrorAlert error={walk.error} />
          <Form form={walkForm} layout="vertical" initialValues={{ count: 1 }} onFinish={walk.submit}>
            <Form.Item name="count" label={t('onsite.walkInCount')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1000} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="note" label={t('onsite.note')}>
              <Input maxLength={200} placeholder={t('onsite.noteHint')} />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={walk.busy}>
              {t('onsite.addWalkIns')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('onsite.care')} style={{ marginBottom: 16 }}>
          <ErrorAlert error={care.error} />
          <Form
            form={careForm}
            layout="vertical"
            initialValues={{ audienceGroup: 'general', count: 1 }}
            onFinish={care.submit}
          >
            <Form.Item name="audienceGroup" label={t('onsite.careGroup')}>
              <Select showSearch optionFilterProp="label" options={groups} />
            </Form.Item>
            <Form.Item name="count" label={t('onsite.careCount')} rules={[{ required: true }]}>
              <InputNumber min={1} max={10000} style={{ width: 140 }} />
            </Form.Item>
            <Button htmlType="submit" type="primary" loading={care.busy}>
              {t('onsite.addCare')}
            </Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}

/** After the event: a replay link and a short summary in both languages, which workers then see. */
export function MaterialsCard({ event, onChanged }: { event: ManagedEvent; onChanged: () => void }) {
  const { t } = useEventsTranslation();
  const { message } = App.useApp();
  type Values = { replayUrl?: string; summary?: string; summaryEn?: string };
  const save = useSubmit(
    (v: Values) =>
      saveMaterials(event.id, {
        replayUrl: v.replayUrl?.trim() || null,
        summary: v.summary?.trim() || null,
        summaryEn: v.summaryEn?.trim() || null,
      }),
    {
      onDone: () => {
        void message.success(t('materials.saved'));
        onChanged();
      },
    },
  );
  return (
    <Card size="small" title={t('materials.title')} style={{ maxWidth: 820 }}>
      <ErrorAlert error={save.error} />
      <Form<Values>
        layout="vertical"
        initialValues={{
          replayUrl: event.replayUrl ?? '',
          summary: event.summary ?? '',
          summaryEn: event.summaryEn ?? '',
        }}
        onFinish={save.submit}
      >
        <Form.Item
          name="replayUrl"
          label={t('materials.replayUrl')}
          extra={t('materials.replayHint')}
          rules={[{ type: 'url', message: t('editor.badUrl') }]}
        >
          <Input maxLength={500} placeholder="https://" />
        </Form.Item>
        <Form.Item name="summary" label={t('materials.summary')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="summaryEn" label={t('materials.summaryEn')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={3000} lang="en" />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={save.busy}>
          {t('materials.save')}
        </Button>
      </Form>
    </Card>
  );
}
