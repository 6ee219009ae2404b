import { Alert, App, Button, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { counsellorName, ownOnly } from '../../lib/appointments';
import { call } from '../../lib/call';
import { loadCounsellors, loadRosters, loadServicePoints, placeName } from '../../lib/counselling-api';
import { errorText } from '../../lib/errors';
import { loadOrganisations } from '../../lib/organisations';
import { organisationsAllowed } from '../../lib/reach';
import { slotsPerDuty } from '../../lib/roster-rule';
import type { DutyRoster, RosterChange } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { localDateOf } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import { ExceptionsCard } from './ExceptionsCard';
import { RosterFormModal } from './RosterFormModal';

/**
 * Duty rosters per service point: who is on duty when, in which room and how; new, changed and ended
 * rosters for those who manage them, and the station's days off and holidays.
 */
export function RostersPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { message, modal } = App.useApp();
  const session = useCurrentSession();
  const own = ownOnly(session, 'roster.read');
  const [params, setParams] = useSearchParams();

  const points = useLoad(loadServicePoints, 'points');
  const counsellors = useLoad(loadCounsellors, 'counsellors');
  const orgs = useLoad(() => loadOrganisations(), 'orgs');
  const chosen = params.get('point');
  // A manager works on one station at a time; a counsellor first sees all of their own duty.
  const pointId = chosen ?? (own ? '' : (points.data?.[0]?.id ?? ''));
  const point = points.data?.find((p) => p.id === pointId) ?? null;
  const rosters = useLoad(() => loadRosters(pointId || undefined), `rosters|${pointId}`);
  const [editing, setEditing] = useState<DutyRoster | 'new' | null>(null);
  const [endingId, setEndingId] = useState<string | null>(null);

  const manageable = useMemo(() => {
    const allowed = new Set(organisationsAllowed(session, 'roster.manage', orgs.data ?? []).map((o) => o.id));
    return new Set((points.data ?? []).filter((p) => allowed.has(p.organisationId)).map((p) => p.id));
  }, [session, orgs.data, points.data]);
  const canManage = can(session, 'roster.manage') && point !== null && manageable.has(point.id);

  const names = useMemo(
    () => new Map((counsellors.data ?? []).map((c) => [c.id, counsellorName(c, lang)])),
    [counsellors.data, lang],
  );
  const nameOf = (id: string) => names.get(id) ?? '—';
  const today = localDateOf(new Date(), point?.timeZone ?? session.tenant.timeZone);
  const description = (r: DutyRoster) => (lang === 'en' ? r.description.en : r.description['zh-CN']);
  const rosterLabel = (r: DutyRoster) =>
    `${nameOf(r.counsellorId)} · ${description(r)} ${r.startTime}–${r.endTime}`;

  const warnKept = (count: number) => {
    if (count > 0)
      modal.warning({
        title: t('rosters.keptTitle', { count }),
        content: t('rosters.keptBody'),
        okText: t('common.confirm'),
      });
  };
  const end = async (r: DutyRoster) => {
    setEndingId(r.id);
    try {
      const change = await call<RosterChange>('PATCH', `/api/v1/rosters/${r.id}`, { active: false });
      void message.success(t('rosters.ended'));
      rosters.reload();
      warnKept(change.bookingsKept);
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setEndingId(null);
    }
  };

  if (points.error && !points.data)
    return <LoadError error={points.error} retry={points.reload} action="servicepoint.read" />;
  if (rosters.error && !rosters.data)
    return <LoadError error={rosters.error} retry={rosters.reload} action="roster.read" />;

  const pointOf = (r: DutyRoster) => points.data?.find((p) => p.id === r.servicePointId);
  const roomOf = (r: DutyRoster) => pointOf(r)?.rooms.find((x) => x.id === r.roomId);
  const rows = rosters.data ?? [];

  return (
    <>
      <Flex justify="space-between" align="start" gap={16}>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('rosters.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
            {t(own ? 'rosters.introOwn' : 'rosters.introManager')}
          </Typography.Paragraph>
        </div>
        {canManage ? (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('rosters.create')}
          </Button>
        ) : null}
      </Flex>
      <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
        <Typography.Text>{t('counselling.servicePoint')}</Typography.Text>
        <Select
          value={pointId}
          onChange={(v) => setParams(v ? { point: v } : { point: '' }, { replace: true })}
          style={{ width: 320 }}
          aria-label={t('rosters.pickPoint')}
          loading={points.loading}
          options={[
            ...(own ? [{ value: '', label: t('counselling.allPoints') }] : []),
            ...(points.data ?? []).map((p) => ({ value: p.id, label: placeName(p, lang) })),
          ]}
        />
        {point && !point.active ? <Tag>{t('stations.closed')}</Tag> : null}
      </Flex>

      <Table<DutyRoster>
        rowKey="id"
        size="middle"
        loading={rosters.loading && !rosters.data}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t(point ? 'rosters.empty' : 'rosters.emptyAll') }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('rosters.rule'),
            key: 'rule',
            render: (_, r) => (
              <Flex vertical>
                <Typography.Text strong>{description(r)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.validUntil
                    ? t('rosters.fromUntil', { from: r.validFrom, until: r.validUntil })
                    : t('rosters.from', { date: r.validFrom })}
                </Typography.Text>
              </Flex>
            ),
          },
          ...(point
            ? []
            : [
                {
                  title: t('counselling.servicePoint'),
                  key: 'point',
                  render: (_: unknown, r: DutyRoster) => {
                    const p = pointOf(r);
                    return p ? placeName(p, lang) : '—';
                  },
                },
              ]),
          {
            title: t('rosters.hours'),
            key: 'hours',
            width: 240,
            render: (_, r) => (
              <Flex vertical>
                <span className="console-time">
                  {r.startTime}–{r.endTime}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('rosters.slotLine', {
                    slot: r.slotMinutes,
                    buffer: r.bufferMinutes,
                    count: slotsPerDuty(r.startTime, r.endTime, r.slotMinutes, r.bufferMinutes),
                  })}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('counselling.counsellor'),
            key: 'counsellor',
            width: 120,
            render: (_, r) => nameOf(r.counsellorId),
          },
          {
            title: t('counselling.room'),
            key: 'room',
            width: 160,
            render: (_, r) => {
              const room = roomOf(r);
              return room ? placeName(room, lang) : '—';
            },
          },
          {
            title: t('rosters.modes'),
            key: 'modes',
            width: 150,
            render: (_, r) => (
              <Space size={4} wrap>
                {r.modes.map((m) => (
                  <Tag key={m} style={{ marginInlineEnd: 0 }}>
                    {t(`counselling.modes.${m}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 170,
                  fixed: 'right' as const,
                  render: (_: unknown, r: DutyRoster) => (
                    <Flex gap={4}>
                      <Button size="small" onClick={() => setEditing(r)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('rosters.endConfirm')}
                        okText={t('rosters.end')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => void end(r)}
                      >
                        <Button size="small" danger loading={endingId === r.id}>
                          {t('rosters.end')}
                        </Button>
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />

      {point ? (
        <ExceptionsCard
          key={point.id}
          point={point}
          rosters={rows}
          rosterLabel={rosterLabel}
          canManage={canManage}
          today={today}
          onKept={warnKept}
        />
      ) : (
        <Alert type="info" showIcon title={t('rosters.pickPointForExceptions')} style={{ marginTop: 24 }} />
      )}

      {editing && point ? (
        <RosterFormModal
          point={point}
          roster={editing === 'new' ? null : editing}
          counsellors={(counsellors.data ?? [])
            .filter((c) => c.active)
            .map((c) => ({ id: c.id, label: counsellorName(c, lang) }))}
          today={today}
          onClose={() => setEditing(null)}
          onSaved={(change) => {
            setEditing(null);
            rosters.reload();
            warnKept(change.bookingsKept);
          }}
        />
      ) : null}
    </>
  );
}
