import { Alert, App, Checkbox, Col, DatePicker, Form, InputNumber, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isoWeekday } from '../../../../core/booking/recurrence';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { placeName } from '../../lib/counselling-api';
import {
  emptyRuleForm,
  formFromRule,
  nextDates,
  type RuleForm,
  ruleFromForm,
  ruleSummary,
  slotsPerDuty,
} from '../../lib/roster-rule';
import type { ConsultMode, DutyRoster, ManagedServicePoint, RosterChange } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';
import { dateLabel } from '../../lib/zoned-calendar';
import { RuleFields } from './RuleFields';

interface Values extends Omit<RuleForm, 'date'> {
  counsellorId: string;
  roomId: string | null;
  date: Dayjs | null;
  start: Dayjs;
  end: Dayjs;
  slotMinutes: number;
  bufferMinutes: number;
  validFrom: Dayjs;
  validUntil: Dayjs | null;
  modes: ConsultMode[];
}

interface Props {
  point: ManagedServicePoint;
  /** The roster being changed; none for a new one. */
  roster: DutyRoster | null;
  counsellors: { id: string; label: string }[];
  today: string;
  onClose: () => void;
  onSaved: (change: RosterChange, created: boolean) => void;
}

const modes: ConsultMode[] = ['in_person', 'phone', 'video'];
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

function ruleFormOf(v: Partial<Values>): RuleForm {
  return {
    freq: v.freq ?? 'weekly',
    weekdays: v.weekdays ?? [],
    intervalWeeks: v.intervalWeeks ?? 1,
    weekday: v.weekday ?? 1,
    nths: v.nths ?? [],
    days: v.days ?? [],
    date: v.date ? day(v.date) : null,
  };
}

/** What the duty will look like: its description, slots per duty and the next few dates. */
function Preview({ zone, today }: { zone: string; today: string }) {
  const { t, i18n } = useTranslation();
  const v = (Form.useWatch((values: Values) => values, Form.useFormInstance()) ?? {}) as Partial<Values>;
  const rule = ruleFromForm(ruleFormOf(v));
  if (!rule || !v.start || !v.end || !v.validFrom) return null;
  const [start, end] = [v.start.format('HH:mm'), v.end.format('HH:mm')];
  const count = slotsPerDuty(start, end, v.slotMinutes ?? 0, v.bufferMinutes ?? 0);
  const dates = nextDates(rule, day(v.validFrom), v.validUntil ? day(v.validUntil) : null, today);
  const separator = i18n.language === 'en' ? ', ' : '、';
  return (
    <Alert
      type={count ? 'info' : 'warning'}
      showIcon
      data-testid="roster-preview"
      title={
        count
          ? t('rosters.form.previewLine', { rule: ruleSummary(rule, i18n.language), start, end, count })
          : t('rosters.form.noSlot')
      }
      description={
        <>
          <div>
            {dates.length
              ? t('rosters.form.nextDates', {
                  dates: dates
                    .map((d) => dateLabel(d, i18n.language, d.slice(0, 4) !== today.slice(0, 4)))
                    .join(separator),
                })
              : t('rosters.form.noDates')}
          </div>
          <div>{t('rosters.form.zoneHint', { zone })}</div>
        </>
      }
    />
  );
}

/** A new duty roster at a service point, or a change to one; the rule is built from plain choices. */
export function RosterFormModal({ point, roster, counsellors, today, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const firstDay = roster?.validFrom ?? today;
  const weekday = isoWeekday(firstDay);
  const rule = roster ? formFromRule(roster.rule, firstDay, weekday) : emptyRuleForm(firstDay, weekday);

  const { busy, error, submit } = useSubmit(
    (v: Values) => {
      const built = ruleFromForm(ruleFormOf(v));
      const body = {
        counsellorId: v.counsellorId,
        roomId: v.roomId ?? null,
        rule: built,
        startTime: v.start.format('HH:mm'),
        endTime: v.end.format('HH:mm'),
        validFrom: day(v.validFrom),
        validUntil: v.validUntil ? day(v.validUntil) : null,
        slotMinutes: v.slotMinutes,
        bufferMinutes: v.bufferMinutes,
        modes: modes.filter((m) => v.modes.includes(m)),
      };
      return roster
        ? call<RosterChange>('PATCH', `/api/v1/rosters/${roster.id}`, body)
        : call<RosterChange>('POST', '/api/v1/rosters', { servicePointId: point.id, ...body });
    },
    {
      onDone: (change) => {
        void message.success(t(roster ? 'rosters.saved' : 'rosters.created', { count: change.slotsCreated }));
        onSaved(change, !roster);
      },
    },
  );

  return (
    <FormModal<Values>
      title={`${t(roster ? 'rosters.form.editTitle' : 'rosters.form.createTitle')} · ${placeName(point, i18n.language)}`}
      okText={t(roster ? 'common.save' : 'common.create')}
      width={760}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="roster"
      initialValues={{
        counsellorId: roster?.counsellorId,
        roomId: roster?.roomId ?? null,
        ...rule,
        date: rule.date ? dayjs(rule.date) : null,
        start: dayjs(`2000-01-01T${roster?.startTime ?? '14:00'}`),
        end: dayjs(`2000-01-01T${roster?.endTime ?? '17:00'}`),
        slotMinutes: roster?.slotMinutes ?? 50,
        bufferMinutes: roster?.bufferMinutes ?? 10,
        validFrom: dayjs(firstDay),
        validUntil: roster?.validUntil ? dayjs(roster.validUntil) : null,
        modes: roster?.modes ?? ['in_person'],
      }}
      onFinish={submit}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="counsellorId"
            label={t('counselling.counsellor')}
            rules={[{ required: true, message: t('rosters.form.counsellorRequired') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={counsellors.map((c) => ({ value: c.id, label: c.label }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="roomId" label={t('common.optional', { label: t('counselling.room') })}>
            <Select
              allowClear
              placeholder={t('counselling.noRoom')}
              options={point.rooms
                .filter((r) => r.active || r.id === roster?.roomId)
                .map((r) => ({ value: r.id, label: placeName(r, i18n.language) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <RuleFields />
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item
            name="start"
            label={t('rosters.form.start')}
            rules={[{ required: true, message: t('rosters.form.timeRequired') }]}
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
        <Col span={6}>
          <Form.Item
            name="end"
            label={t('rosters.form.end')}
            dependencies={['start']}
            rules={[
              { required: true, message: t('rosters.form.timeRequired') },
              ({ getFieldValue }) => ({
                validator: (_, end?: Dayjs) => {
                  const start = getFieldValue('start') as Dayjs | undefined;
                  return !end || !start || end.format('HH:mm') > start.format('HH:mm')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('rosters.form.endAfterStart')));
                },
              }),
            ]}
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
        <Col span={6}>
          <Form.Item name="slotMinutes" label={t('rosters.form.slotMinutes')} rules={[{ required: true }]}>
            <InputNumber
              min={15}
              max={240}
              step={5}
              suffix={t('counselling.minutes')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="bufferMinutes"
            label={t('rosters.form.bufferMinutes')}
            rules={[{ required: true }]}
          >
            <InputNumber
              min={0}
              max={120}
              step={5}
              suffix={t('counselling.minutes')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="validFrom" label={t('rosters.form.validFrom')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="validUntil"
            label={t('common.optional', { label: t('rosters.form.validUntil') })}
            tooltip={t('rosters.form.validUntilHint')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, until?: Dayjs | null) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  return !until || !from || !until.isBefore(from, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('rosters.form.untilBeforeFrom')));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="modes"
            label={t('rosters.form.modes')}
            rules={[{ required: true, type: 'array', min: 1, message: t('rosters.form.modesRequired') }]}
          >
            <Checkbox.Group options={modes.map((m) => ({ value: m, label: t(`counselling.modes.${m}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Preview zone={point.timeZone} today={today} />
    </FormModal>
  );
}
