import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Rate,
  Select,
  TimePicker,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { OrderStep } from '../../../../core/orders/workflow';
import { errorText, hasCode } from '../../lib/errors';
import { hostClashes, onlyDuty } from '../../lib/event-form';
import { type Order, ordersApi } from '../../lib/order-api';
import { useLoad } from '../../lib/use-load';
import { instantOf } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import { useOrdersTranslation } from './orders-ns';

interface Values {
  message?: string;
  reason?: string;
  summary?: string;
  comment?: string;
  note?: string;
  attendance?: number;
  rating?: number;
  dates?: Dayjs[];
  time?: Dayjs | null;
  day?: Dayjs;
  start?: Dayjs;
  end?: Dayjs;
  /** Later sessions of the same service, each its own event. */
  more?: { day: Dayjs; start: Dayjs; end: Dayjs }[];
  hostUserIds?: string[];
  blockDutySlots?: boolean;
}

/** The dialog of one step: review (accept, propose, decline), schedule and assign, delivery, rating, cancel. */
export function StepModal({
  order,
  step,
  label,
  onClose,
  onDone,
}: {
  order: Order;
  step: OrderStep;
  label: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useOrdersTranslation();
  const zh = i18n.language.startsWith('zh');
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hosts = useLoad(
    () => (step === 'schedule' ? ordersApi.hosts() : Promise.resolve([])),
    `hosts-${step}`,
  );
  const first = order.proposal?.dates[0] ?? order.preferredDates[0];

  const bodyOf = (v: Values): Record<string, unknown> => {
    switch (step) {
      case 'accept':
        return v.message ? { message: v.message } : {};
      case 'propose':
        return {
          message: v.message,
          dates: (v.dates ?? []).map((d) => ({
            date: d.format('YYYY-MM-DD'),
            ...(v.time ? { time: v.time.format('HH:mm') } : {}),
          })),
        };
      case 'decline':
      case 'cancel':
        return { reason: v.reason };
      case 'schedule': {
        const day = (v.day as Dayjs).format('YYYY-MM-DD');
        // Later sessions (a workshop over two days): each is its own event at the site, with the same hosts.
        const more = (v.more ?? []).map((m) => ({
          startsAt: instantOf(m.day.format('YYYY-MM-DD'), m.start.format('HH:mm'), zone),
          endsAt: instantOf(m.day.format('YYYY-MM-DD'), m.end.format('HH:mm'), zone),
        }));
        return {
          startsAt: instantOf(day, (v.start as Dayjs).format('HH:mm'), zone),
          endsAt: instantOf(day, (v.end as Dayjs).format('HH:mm'), zone),
          ...(more.length ? { furtherSessions: more } : {}),
          hostUserIds: v.hostUserIds,
          ...(v.blockDutySlots ? { blockDutySlots: true } : {}),
        };
      }
      case 'deliver':
        return { attendance: v.attendance, summary: v.summary };
      case 'rate':
        return { rating: v.rating, ...(v.comment ? { comment: v.comment } : {}) };
      case 'close':
        return v.note ? { note: v.note } : {};
      case 'confirm':
        return {};
    }
  };

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await ordersApi.step(order.id, step, bodyOf(v));
      onDone();
    } catch (e) {
      // A host on duty at a station can be sent anyway by taking their open slots; say so plainly.
      if (hasCode(e, 'host_busy') && onlyDuty(hostClashes(e.details))) {
        const names = [...new Set(hostClashes(e.details).map((c) => c.host))].join('、');
        setError(t('dialog.hostOnDuty', { names }));
      } else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true }];
  return (
    <Modal
      open
      title={label}
      okText={label}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          day: first ? dayjs(first.date) : undefined,
          start: dayjs(`2000-01-01T${first?.time ?? '14:00'}`),
          end: dayjs(`2000-01-01T${first?.time ?? '14:00'}`).add(90, 'minute'),
          attendance: order.headcount,
          rating: 5,
        }}
      >
        {step === 'accept' || step === 'propose' ? (
          <Form.Item name="message" label={t('fields.message')} rules={step === 'propose' ? required : []}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        ) : null}
        {step === 'propose' ? (
          <>
            <Form.Item name="dates" label={t('fields.proposedDates')} rules={required}>
              <DatePicker multiple maxTagCount={3} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="time" label={t('fields.time')}>
              <TimePicker format="HH:mm" minuteStep={15} />
            </Form.Item>
          </>
        ) : null}
        {step === 'decline' || step === 'cancel' ? (
          <Form.Item name="reason" label={t('fields.reason')} rules={required}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        ) : null}
        {step === 'schedule' ? (
          <>
            <Form.Item name="day" label={t('fields.startDate')} rules={required}>
              <DatePicker />
            </Form.Item>
            <Form.Item label={`${t('fields.startTime')} – ${t('fields.endTime')}`} required>
              <Form.Item name="start" noStyle rules={required}>
                <TimePicker format="HH:mm" minuteStep={15} />
              </Form.Item>{' '}
              –{' '}
              <Form.Item name="end" noStyle rules={required}>
                <TimePicker format="HH:mm" minuteStep={15} />
              </Form.Item>
            </Form.Item>
            <Form.List name="more">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Form.Item key={f.key} label={t('fields.session', { n: i + 2 })} required>
                      <Form.Item name={[f.name, 'day']} noStyle rules={required}>
                        <DatePicker aria-label={t('fields.startDate')} />
                      </Form.Item>{' '}
                      <Form.Item name={[f.name, 'start']} noStyle rules={required}>
                        <TimePicker format="HH:mm" minuteStep={15} aria-label={t('fields.startTime')} />
                      </Form.Item>{' '}
                      –{' '}
                      <Form.Item name={[f.name, 'end']} noStyle rules={required}>
                        <TimePicker format="HH:mm" minuteStep={15} aria-label={t('fields.endTime')} />
                      </Form.Item>{' '}
                      <Button type="link" onClick={() => remove(f.name)}>
                        {t('dialog.removeSession')}
                      </Button>
                    </Form.Item>
                  ))}
                  {fields.length < 9 ? (
                    <Form.Item extra={t('dialog.addSessionHint')}>
                      <Button onClick={() => add()}>{t('dialog.addSession')}</Button>
                    </Form.Item>
                  ) : null}
                </>
              )}
            </Form.List>
            <Form.Item name="hostUserIds" label={t('fields.hosts')} rules={required}>
              <Select
                mode="multiple"
                // Typing a name finds the counsellor (antd would otherwise search the hidden user ids).
                optionFilterProp="label"
                placeholder={t('placeholders.hosts')}
                loading={hosts.loading}
                options={(hosts.data ?? []).map((h) => ({
                  value: h.id,
                  label: zh || !h.nameEn ? h.name : h.nameEn,
                }))}
              />
            </Form.Item>
            <Form.Item name="blockDutySlots" valuePropName="checked" extra={t('dialog.blockDutySlotsHint')}>
              <Checkbox>{t('dialog.blockDutySlots')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
        {step === 'deliver' ? (
          <>
            <Form.Item name="attendance" label={t('fields.attendance')} rules={required}>
              <InputNumber min={0} max={5000} />
            </Form.Item>
            <Form.Item name="summary" label={t('fields.summary')} rules={required}>
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
          </>
        ) : null}
        {step === 'rate' ? (
          <>
            <Form.Item name="rating" label={t('fields.rating')} rules={required}>
              <Rate />
            </Form.Item>
            <Form.Item name="comment" label={t('fields.comment')}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          </>
        ) : null}
        {step === 'close' ? (
          <Form.Item name="note" label={t('fields.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        ) : null}
        {step === 'confirm' ? <p>{t('dialog.confirmTitle', { step: label })}</p> : null}
      </Form>
    </Modal>
  );
}
