import { App, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { placeName } from '../../lib/counselling-api';
import type { ConsultMode, ManagedServicePoint, Topic } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { instantOf } from '../../lib/zoned-calendar';

export type TimeKind = 'walk_in' | 'block';

/** Where the form starts: the page's station and counsellor, a date and a start time on the local clock. */
export interface TimeStart {
  servicePointId?: string;
  counsellorId?: string;
  date: string;
  time: string;
  minutes: number;
}

interface Values {
  servicePointId: string;
  counsellorId?: string;
  roomId?: string | null;
  date: Dayjs;
  time: Dayjs;
  minutes: number;
  topic: Topic;
  mode: ConsultMode;
  note?: string;
}

interface Props {
  kind: TimeKind;
  start: TimeStart;
  points: ManagedServicePoint[];
  /** For a manager, whose time it is; a counsellor's own time needs no choice. */
  counsellors: { id: string; label: string }[] | null;
  onClose: () => void;
  /** The local date the new entry is on, so the calendar can show it. */
  onDone: (date: string) => void;
}

const topics: Topic[] = ['work', 'family', 'relationships', 'other'];
const modes: ConsultMode[] = ['in_person', 'phone', 'video'];

/** A walk-in (someone came without an appointment) or blocked time (training, leave) in a counsellor's day. */
export function TimeModal({ kind, start, points, counsellors, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const pointId = Form.useWatch('servicePointId', form);
  const point = points.find((p) => p.id === pointId);
  const walkIn = kind === 'walk_in';

  const { busy, error, submit } = useSubmit(
    async (v: Values) => {
      const zone = points.find((p) => p.id === v.servicePointId)?.timeZone ?? 'Asia/Shanghai';
      const date = v.date.format('YYYY-MM-DD');
      const startsAt = instantOf(date, v.time.format('HH:mm'), zone);
      const base = {
        servicePointId: v.servicePointId,
        ...(v.counsellorId ? { counsellorId: v.counsellorId } : {}),
        startsAt,
        minutes: v.minutes,
      };
      const result = walkIn
        ? await call<{ status: 'booked' | 'attended' }>('POST', '/api/v1/walk-ins', {
            ...base,
            roomId: v.roomId ?? null,
            topic: v.topic,
            mode: v.mode,
          })
        : await call('POST', '/api/v1/time-blocks', { ...base, note: v.note?.trim() ?? '' });
      return { date, attended: (result as { status?: string }).status === 'attended' };
    },
    {
      onDone: ({ date, attended }) => {
        void message.success(
          walkIn
            ? t(attended ? 'appointments.walkIn.savedAttended' : 'appointments.walkIn.saved')
            : t('appointments.block.saved'),
        );
        onDone(date);
      },
    },
  );

  return (
    <FormModal<Values>
      title={t(walkIn ? 'appointments.walkIn.title' : 'appointments.block.title')}
      okText={t('common.save')}
      width={620}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name={walkIn ? 'walk-in' : 'block-time'}
      intro={
        <p style={{ marginTop: 0, color: 'rgba(0, 0, 0, 0.65)' }}>
          {t(walkIn ? 'appointments.walkIn.intro' : 'appointments.block.intro')}
        </p>
      }
      initialValues={{
        servicePointId: start.servicePointId,
        counsellorId: start.counsellorId,
        roomId: null,
        date: dayjs(start.date),
        time: dayjs(`${start.date}T${start.time}`),
        minutes: start.minutes,
        topic: 'other',
        mode: 'in_person',
      }}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col span={counsellors ? 12 : 24}>
          <Form.Item
            name="servicePointId"
            label={t('counselling.servicePoint')}
            rules={[{ required: true, message: t('appointments.walkIn.pointRequired') }]}
          >
            <Select
              options={points.map((p) => ({ value: p.id, label: placeName(p, i18n.language) }))}
              onChange={() => form.setFieldValue('roomId', null)}
            />
          </Form.Item>
        </Col>
        {counsellors ? (
          <Col span={12}>
            <Form.Item
              name="counsellorId"
              label={t('counselling.counsellor')}
              rules={[{ required: true, message: t('appointments.walkIn.counsellorRequired') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={counsellors.map((c) => ({ value: c.id, label: c.label }))}
              />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="date" label={t('appointments.walkIn.date')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="time"
            label={t('appointments.walkIn.start')}
            rules={[{ required: true, message: t('appointments.walkIn.startRequired') }]}
          >
            <TimePicker
              format="HH:mm"
              minuteStep={5}
              needConfirm={false}
              allowClear={false}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="minutes" label={t('appointments.walkIn.minutes')} rules={[{ required: true }]}>
            <InputNumber
              min={10}
              max={480}
              step={5}
              suffix={t('counselling.minutes')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      {walkIn ? (
        <>
          <Form.Item name="roomId" label={t('common.optional', { label: t('counselling.room') })}>
            <Select
              allowClear
              placeholder={t('counselling.noRoom')}
              options={(point?.rooms ?? [])
                .filter((r) => r.active)
                .map((r) => ({ value: r.id, label: placeName(r, i18n.language) }))}
            />
          </Form.Item>
          <Form.Item name="topic" label={t('appointments.walkIn.topic')}>
            <Radio.Group
              optionType="button"
              options={topics.map((x) => ({ value: x, label: t(`counselling.topics.${x}`) }))}
            />
          </Form.Item>
          <Form.Item name="mode" label={t('appointments.walkIn.mode')} style={{ marginBottom: 0 }}>
            <Radio.Group
              optionType="button"
              options={modes.map((x) => ({ value: x, label: t(`counselling.modes.${x}`) }))}
            />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="note" label={t('appointments.block.note')} style={{ marginBottom: 0 }}>
          <Input maxLength={200} placeholder={t('appointments.block.notePlaceholder')} />
        </Form.Item>
      )}
    </FormModal>
  );
}
