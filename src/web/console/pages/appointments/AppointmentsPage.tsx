import { LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { appointmentsOf, counsellorName, entryState, ownOnly } from '../../lib/appointments';
import { call } from '../../lib/call';
import { loadCalendar, loadCounsellors, loadServicePoints, placeName } from '../../lib/counselling-api';
import { errorText } from '../../lib/errors';
import type { BookingStatus, CalendarEntry } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import {
  type CalendarView,
  groupByDay,
  localDateOf,
  localTimeOf,
  minutesBetween,
  nextStep,
  periodLabel,
  shiftDate,
  viewDays,
  viewRange,
} from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import { CalendarFeedCard } from './CalendarFeedCard';
import { DayAgenda, WeekGrid } from './CalendarViews';
import { EntryDetails } from './EntryDetails';
import type { EntryActions } from './entry-parts';
import { timeSpan } from './entry-parts';
import { type TimeKind, TimeModal, type TimeStart } from './TimeModal';

const isDate = (s: string | null): s is string => Boolean(s && /^\d{4}-\d{2}-\d{2}$/.test(s));

/**
 * The appointment calendar by day or week, in the service point's zone: open slots, appointments, walk-ins
 * and blocked time. A counsellor sees their own, with what workers chose to share; a station manager the
 * stations in scope. Attendance, walk-ins and blocked time for those allowed; the counsellor's calendar feed.
 */
export function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message } = App.useApp();
  const session = useCurrentSession();
  const own = ownOnly(session, 'appointment.read');
  const canManage = can(session, 'appointment.manage');
  const [params, setParams] = useSearchParams();

  const points = useLoad(loadServicePoints, 'points');
  const counsellors = useLoad(loadCounsellors, 'counsellors');
  const pointId = params.get('point') ?? '';
  const counsellorId = own ? '' : (params.get('counsellor') ?? '');
  const point = points.data?.find((p) => p.id === pointId);
  const zone = point?.timeZone ?? session.tenant.timeZone;
  const now = new Date();
  const today = localDateOf(now, zone);
  const view: CalendarView = params.get('view') === 'day' ? 'day' : 'week';
  const date = isDate(params.get('date')) ? (params.get('date') as string) : today;

  const set = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const range = viewRange(view, date, zone);
  // The answer carries the query it answers, so a new day or week never shows the last one's entries as its own.
  const query = `${range.from}|${range.to}|${pointId}|${counsellorId}`;
  const calendar = useLoad(
    async () => ({
      query,
      entries: await loadCalendar({
        ...range,
        servicePoint: pointId || undefined,
        counsellor: counsellorId || undefined,
      }),
    }),
    query,
  );
  const current = calendar.data?.query === query;

  const [busyId, setBusyId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [modal, setModal] = useState<{ kind: TimeKind; start: TimeStart } | null>(null);

  const names = useMemo(
    () => new Map((counsellors.data ?? []).map((c) => [c.id, counsellorName(c, lang)])),
    [counsellors.data, lang],
  );
  const counsellorOf = (e: CalendarEntry) => names.get(e.counsellor.id) ?? e.counsellor.name;
  const days = viewDays(view, date);
  const entries = current ? (calendar.data?.entries ?? []) : [];
  const groups = groupByDay(entries, days, (e) => e.servicePoint.timeZone);

  const run = async (e: CalendarEntry, work: () => Promise<string>) => {
    setBusyId(e.slot.id);
    try {
      void message.success(await work());
    } catch (err) {
      void message.error(errorText(t, err));
    } finally {
      setBusyId(null);
      calendar.reload();
    }
  };
  const actions: EntryActions = {
    canManage,
    busyId,
    now,
    onMark: (e, status: BookingStatus) =>
      void run(e, async () => {
        await call('POST', `/api/v1/appointments/${e.booking?.id}/attendance`, { status });
        return t(`appointments.marked.${status as 'attended'}`);
      }),
    onFree: (e) =>
      void run(e, async () => {
        const r = await call<{ slotsCreated: number }>('DELETE', `/api/v1/time-blocks/${e.slot.id}`);
        setOpenId(null);
        return t('appointments.freed', { count: r.slotsCreated });
      }),
    onBlock: (e) => {
      setOpenId(null);
      setModal({
        kind: 'block',
        start: {
          servicePointId: e.servicePoint.id,
          counsellorId: e.counsellor.id,
          date: localDateOf(e.slot.startsAt, e.servicePoint.timeZone),
          time: localTimeOf(e.slot.startsAt, e.servicePoint.timeZone),
          minutes: minutesBetween(e.slot.startsAt, e.slot.endsAt),
        },
      });
    },
  };

  // Where a new walk-in or blocked time goes unless the user says otherwise: the station chosen above, or
  // for a counsellor the one they are on duty at in this view; someone walking in needs a place to walk into.
  const activePoints = (points.data ?? []).filter((p) => p.active);
  const defaultPoint = (kind: TimeKind) => {
    const fits = (id: string) =>
      kind === 'block' || activePoints.some((p) => p.id === id && p.kind !== 'remote');
    const onDuty = entries.filter((e) => e.counsellor.id === session.user.id).map((e) => e.servicePoint.id);
    return [pointId, ...onDuty, ...activePoints.map((p) => p.id)].find((id) => id && fits(id));
  };
  const openModal = (kind: TimeKind) => {
    const soon = nextStep(now, kind === 'walk_in' ? 5 : 30, zone);
    const onToday = kind === 'walk_in' || date === today || view === 'week';
    setModal({
      kind,
      start: {
        servicePointId: defaultPoint(kind),
        counsellorId: counsellorId || undefined,
        date: onToday ? soon.date : date,
        time: onToday ? soon.time : '09:00',
        minutes: kind === 'walk_in' ? 50 : 60,
      },
    });
  };

  if (calendar.error && !calendar.data)
    return <LoadError error={calendar.error} retry={calendar.reload} action="appointment.read" />;

  const selected = entries.find((e) => e.slot.id === openId) ?? null;
  const counts = {
    appointments: appointmentsOf(entries).length,
    open: entries.filter((e) => entryState(e) === 'open').length,
    blocked: entries.filter((e) => entryState(e) === 'blocked').length,
  };
  const zoneText = zone === 'Asia/Shanghai' ? t('counselling.beijingTime') : zone;
  const viewProps = {
    days,
    groups,
    today,
    counsellorOf,
    showCounsellor: !own,
    viewerId: session.user.id,
    actions,
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('appointments.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t(own ? 'appointments.introOwn' : 'appointments.introManager')}
      </Typography.Paragraph>

      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Segmented<CalendarView>
          value={view}
          onChange={(v) => set({ view: v === 'week' ? null : v })}
          options={[
            { value: 'day', label: t('appointments.day') },
            { value: 'week', label: t('appointments.week') },
          ]}
        />
        <Space.Compact>
          <Button
            icon={<LeftOutlined />}
            aria-label={t(view === 'week' ? 'appointments.previousWeek' : 'appointments.previousDay')}
            title={t(view === 'week' ? 'appointments.previousWeek' : 'appointments.previousDay')}
            onClick={() => set({ date: shiftDate(view, date, -1) })}
          />
          <Button onClick={() => set({ date: null })}>{t('appointments.today')}</Button>
          <Button
            icon={<RightOutlined />}
            aria-label={t(view === 'week' ? 'appointments.nextWeek' : 'appointments.nextDay')}
            title={t(view === 'week' ? 'appointments.nextWeek' : 'appointments.nextDay')}
            onClick={() => set({ date: shiftDate(view, date, 1) })}
          />
        </Space.Compact>
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          aria-label={t('appointments.pickDate')}
          onChange={(d) => d && set({ date: d.format('YYYY-MM-DD') })}
          style={{ width: 130 }}
        />
        <Flex vertical>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="period">
            {periodLabel(view, date, lang)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('counselling.zoneNote', { zone: zoneText })}
          </Typography.Text>
        </Flex>
        <span style={{ flex: 1 }} />
        <Select
          value={pointId}
          onChange={(v) => set({ point: v })}
          style={{ width: 240 }}
          aria-label={t('counselling.servicePoint')}
          options={[
            { value: '', label: t('counselling.allPoints') },
            ...(points.data ?? []).map((p) => ({ value: p.id, label: placeName(p, lang) })),
          ]}
        />
        {own ? null : (
          <Select
            value={counsellorId}
            onChange={(v) => set({ counsellor: v })}
            style={{ width: 160 }}
            aria-label={t('counselling.counsellor')}
            showSearch
            optionFilterProp="label"
            options={[
              { value: '', label: t('counselling.allCounsellors') },
              ...(counsellors.data ?? []).map((c) => ({ value: c.id, label: counsellorName(c, lang) })),
            ]}
          />
        )}
      </Flex>

      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <Flex gap={6} wrap data-testid="summary">
          <Tag color="magenta">{t('appointments.summary.appointments', { count: counts.appointments })}</Tag>
          <Tag>{t('appointments.summary.open', { count: counts.open })}</Tag>
          <Tag>{t('appointments.summary.blocked', { count: counts.blocked })}</Tag>
        </Flex>
        <span style={{ flex: 1 }} />
        <Button
          icon={<ReloadOutlined />}
          loading={calendar.loading && Boolean(calendar.data)}
          onClick={calendar.reload}
        >
          {t('common.refresh')}
        </Button>
        {canManage ? (
          <>
            <Button onClick={() => openModal('block')} disabled={!activePoints.length}>
              {t('appointments.blockTime')}
            </Button>
            <Button type="primary" onClick={() => openModal('walk_in')} disabled={!activePoints.length}>
              {t('appointments.addWalkIn')}
            </Button>
          </>
        ) : null}
      </Flex>

      {calendar.error ? (
        <Alert type="error" showIcon title={errorText(t, calendar.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <div
        data-testid="calendar"
        aria-busy={calendar.loading || !current}
        style={{ opacity: current ? 1 : 0.5 }}
      >
        {view === 'week' ? (
          <WeekGrid {...viewProps} onOpen={(e) => setOpenId(e.slot.id)} />
        ) : (
          <DayAgenda {...viewProps} />
        )}
      </div>

      {own ? <CalendarFeedCard timeZone={zone} /> : null}

      {selected ? (
        <Drawer
          open
          size={480}
          title={`${periodLabel('day', localDateOf(selected.slot.startsAt, selected.servicePoint.timeZone), lang)} ${timeSpan(selected)}`}
          onClose={() => setOpenId(null)}
        >
          <EntryDetails
            entry={selected}
            counsellor={counsellorOf(selected)}
            mine={selected.counsellor.id === session.user.id}
            actions={actions}
          />
        </Drawer>
      ) : null}

      {modal ? (
        <TimeModal
          kind={modal.kind}
          start={modal.start}
          points={activePoints}
          counsellors={
            own
              ? null
              : (counsellors.data ?? [])
                  .filter((c) => c.active)
                  .map((c) => ({ id: c.id, label: counsellorName(c, lang) }))
          }
          onClose={() => setModal(null)}
          onDone={(d) => {
            setModal(null);
            if (d !== date && !(view === 'week' && days.includes(d))) set({ date: d });
            calendar.reload();
          }}
        />
      ) : null}
    </>
  );
}
