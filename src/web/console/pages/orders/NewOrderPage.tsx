import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Row,
  TimePicker,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AudienceSelect } from '../../components/AudienceSelect';
import { errorText } from '../../lib/errors';
import { type MenuItem, ordersApi } from '../../lib/order-api';
import { useLoad } from '../../lib/use-load';
import { useOrdersTranslation } from './orders-ns';

interface Values {
  dates: { date?: Dayjs; time?: Dayjs | null }[];
  headcount: number;
  siteName: string;
  siteAddress: string;
  audiences: string[];
  note?: string;
}

/** 我要下单: an enterprise officer picks a service from the menu, then says when, how many and where. */
export function NewOrderPage() {
  const { t, i18n } = useOrdersTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const zh = i18n.language.startsWith('zh');
  const menu = useLoad(() => ordersApi.menu(), 'menu');
  const [chosen, setChosen] = useState<MenuItem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const order = await ordersApi.place({
        menuItemId: chosen.id,
        preferredDates: v.dates
          .filter((d) => d.date)
          .map((d) => ({
            date: (d.date as Dayjs).format('YYYY-MM-DD'),
            ...(d.time ? { time: d.time.format('HH:mm') } : {}),
          })),
        headcount: v.headcount,
        site: { name: v.siteName, address: v.siteAddress },
        audiences: v.audiences ?? [],
        note: v.note ?? '',
      });
      void message.success(t('form.placed'));
      navigate(`/orders?open=${order.id}`);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('form.title')}
      </Typography.Title>
      <Typography.Title level={5}>{t('form.chooseService')}</Typography.Title>
      {menu.data && menu.data.length === 0 ? <Empty description={t('form.noMenu')} /> : null}
      <Row gutter={[16, 16]}>
        {(menu.data ?? []).map((m) => (
          <Col key={m.id} xs={24} md={12} xl={8}>
            <Card
              hoverable
              onClick={() => setChosen(m)}
              style={
                chosen?.id === m.id ? { borderColor: '#c2185b', boxShadow: '0 0 0 2px #f8bbd0' } : undefined
              }
              title={zh ? m.title : m.titleEn}
              extra={
                <Typography.Text type="secondary">
                  {t(`kinds.${m.kind}`, { defaultValue: m.kind })}
                </Typography.Text>
              }
            >
              <Typography.Paragraph ellipsis={{ rows: 3 }}>
                {zh ? m.description : m.descriptionEn}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {t('form.perSession', { minutes: m.durationMinutes, max: m.maxHeadcount })}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      {chosen ? (
        <Card style={{ marginTop: 24, maxWidth: 760 }} title={t('form.details')}>
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => void submit(v)}
            initialValues={{ dates: [{}], headcount: Math.min(50, chosen.maxHeadcount), audiences: [] }}
          >
            <Form.List name="dates">
              {(fields, { add }) => (
                <>
                  <Typography.Text type="secondary">{t('form.datesHint')}</Typography.Text>
                  {fields.map((f) => (
                    <Row key={f.key} gutter={12} style={{ marginTop: 8 }}>
                      <Col>
                        <Form.Item
                          name={[f.name, 'date']}
                          label={t('fields.date')}
                          rules={[{ required: true }]}
                        >
                          <DatePicker />
                        </Form.Item>
                      </Col>
                      <Col>
                        <Form.Item name={[f.name, 'time']} label={t('fields.time')}>
                          <TimePicker format="HH:mm" minuteStep={15} />
                        </Form.Item>
                      </Col>
                    </Row>
                  ))}
                  {fields.length < 3 ? (
                    <Button type="dashed" onClick={() => add({})} style={{ marginBottom: 16 }}>
                      {t('fields.addDate')}
                    </Button>
                  ) : null}
                </>
              )}
            </Form.List>
            <Form.Item name="headcount" label={t('fields.headcount')} rules={[{ required: true }]}>
              <InputNumber min={1} max={chosen.maxHeadcount} />
            </Form.Item>
            <Form.Item name="siteName" label={t('fields.siteName')} rules={[{ required: true }]}>
              <Input maxLength={120} placeholder={t('placeholders.siteName')} />
            </Form.Item>
            <Form.Item name="siteAddress" label={t('fields.siteAddress')} rules={[{ required: true }]}>
              <Input maxLength={300} placeholder={t('placeholders.siteAddress')} />
            </Form.Item>
            <Form.Item name="audiences" label={t('fields.audiences')}>
              <AudienceSelect lang={zh ? 'zh-CN' : 'en'} />
            </Form.Item>
            <Form.Item name="note" label={t('fields.orderNote')}>
              <Input.TextArea rows={3} maxLength={2000} placeholder={t('placeholders.orderNote')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" loading={busy}>
              {t('form.submit')}
            </Button>{' '}
            <Button onClick={() => navigate('/orders')}>{t('form.back')}</Button>
          </Form>
        </Card>
      ) : null}
    </>
  );
}
