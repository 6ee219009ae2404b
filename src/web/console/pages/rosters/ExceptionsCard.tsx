import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../core/booking/recurrence';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { loadExceptions } from '../../lib/counselling-api';
import { errorText } from '../../lib/errors';
import type { DutyRoster, ManagedServicePoint, RosterException } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useSubmit } from '../../lib/use-submit';
import { dateLabel, weekdayLabel } from '../../lib/zoned-calendar';

interface Props {
  point: ManagedServicePoint;
  rosters: DutyRoster[];
  rosterLabel: (r: DutyRoster) => string;
  canManage: boolean;
  today: string;
  /** Tells the page how many booked appointments stand on the day (to warn about them). */
  onKept: (count: number) => void;
}

interface Values {
  date: Dayjs;
  scope: 'point' | 'roster';
  rosterId?: string;
  reason?: string;
}

function AddExceptionModal({
  point,
  rosters,
  rosterLabel,
  onClose,
  onAdded,
}: Pick<Props, 'point' | 'rosters' | 'rosterLabel'> & {
  onClose: () => void;
  onAdded: (withdrawn: number, kept: number) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form);
  const { busy, error, submit } = useSubmit(
    (v: Values) =>
      call<{ slotsWithdrawn: number; bookingsKept: number }>('POST', '/api/v1/roster-exceptions', {
        servicePointId: point.id,
        rosterId: v.scope === 'roster' ? v.rosterId : null,
        date: v.date.format('YYYY-MM-DD'),
        reason: v.reason?.trim() ?? '',
      }),
    { onDone: (r) => onAdded(r.slotsWithdrawn, r.bookingsKept) },
  );
  return (
    <FormModal<Values>
      title={t('rosters.exceptions.addTitle')}
      okText={t('common.save')}
      width={560}
      busy={busy}
      error={error}
      onClose={onClose}
      form={form}
      name="roster-exception"
      initialValues={{ scope: 'point' }}
      onFinish={submit}
    >
      <Form.Item
        name="date"
        label={t('rosters.exceptions.date')}
        rules={[{ required: true, message: t('rosters.exceptions.dateRequired') }]}
      >
        <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="scope" label={t('rosters.exceptions.scope')}>
        <Radio.Group
          options={[
            { value: 'point', label: t('rosters.exceptions.wholePoint') },
            { value: 'roster', label: t('rosters.exceptions.oneRoster'), disabled: !rosters.length },
          ]}
        />
      </Form.Item>
      {scope === 'roster' ? (
        <Form.Item
          name="rosterId"
          label={t('rosters.exceptions.oneRoster')}
          rules={[{ required: true, message: t('rosters.exceptions.rosterRequired') }]}
        >
          <Select options={rosters.map((r) => ({ value: r.id, label: rosterLabel(r) }))} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="reason"
        label={t('common.optional', { label: t('rosters.exceptions.reason') })}
        style={{ marginBottom: 0 }}
      >
        <Input maxLength={200} placeholder={t('rosters.exceptions.reasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

/** Days off and holidays at a station from today on; adding one withdraws that day's open slots. */
export function ExceptionsCard({ point, rosters, rosterLabel, canManage, today, onKept }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const to = addDays(today, 366);
  const list = useLoad(() => loadExceptions(point.id, today, to), `${point.id}|${today}`);
  const [adding, setAdding] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);

  const remove = async (e: RosterException) => {
    setBusyId(e.id);
    try {
      const r = await call<{ slotsCreated: number }>('DELETE', `/api/v1/roster-exceptions/${e.id}`);
      void message.success(t('rosters.exceptions.removed', { count: r.slotsCreated }));
      list.reload();
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setBusyId(null);
    }
  };

  const rows = [...(list.data ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Card
      title={t('rosters.exceptions.title')}
      extra={
        canManage ? <Button onClick={() => setAdding(true)}>{t('rosters.exceptions.add')}</Button> : null
      }
      style={{ marginTop: 24 }}
      data-testid="exceptions"
    >
      <Typography.Paragraph type="secondary">{t('rosters.exceptions.intro')}</Typography.Paragraph>
      {list.error ? (
        <Typography.Text type="danger">{errorText(t, list.error)}</Typography.Text>
      ) : (
        <Table<RosterException>
          rowKey="id"
          size="small"
          loading={list.loading && !list.data}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('rosters.exceptions.empty') }}
          columns={[
            {
              title: t('rosters.exceptions.date'),
              dataIndex: 'date',
              width: 180,
              render: (d: string) => `${dateLabel(d, i18n.language, true)} ${weekdayLabel(d, i18n.language)}`,
            },
            {
              title: t('rosters.exceptions.scope'),
              key: 'scope',
              render: (_, e) => {
                if (!e.rosterId) return <Tag color="volcano">{t('rosters.exceptions.wholePoint')}</Tag>;
                const r = rosters.find((x) => x.id === e.rosterId);
                return r ? rosterLabel(r) : t('rosters.exceptions.oneRoster');
              },
            },
            {
              title: t('rosters.exceptions.reason'),
              dataIndex: 'reason',
              render: (reason: string) => reason || t('rosters.exceptions.reasonNone'),
            },
            ...(canManage
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 120,
                    render: (_: unknown, e: RosterException) => (
                      <Popconfirm
                        title={t('rosters.exceptions.removeConfirm')}
                        okText={t('rosters.exceptions.remove')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => void remove(e)}
                      >
                        <Button size="small" loading={busyId === e.id}>
                          {t('rosters.exceptions.remove')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {adding ? (
        <AddExceptionModal
          point={point}
          rosters={rosters}
          rosterLabel={rosterLabel}
          onClose={() => setAdding(false)}
          onAdded={(withdrawn, kept) => {
            setAdding(false);
            void message.success(t('rosters.exceptions.added', { count: withdrawn }));
            list.reload();
            onKept(kept);
          }}
        />
      ) : null}
    </Card>
  );
}
