import { PhoneOutlined } from '@ant-design/icons';
import { App, Badge, Button, Flex, Alert as Notice, Segmented, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { queueCounts, sortAlerts } from '../../lib/alerts';
import { loadQueue, type QueueFilter, takeAlert } from '../../lib/care-api';
import { careErrorText as errorText } from '../../lib/care-errors';
import { hasCode } from '../../lib/errors';
import type { Alert, AlertItem } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useNow } from '../../lib/use-now';
import { useLiveCare, useLiveEvents } from '../../live/context';
import { useCareTranslation } from '../../live/texts';
import { useCurrentSession } from '../../session/context';
import { AlertDrawer } from './AlertDrawer';
import { useAlertColumns } from './alert-columns';
import { EnterRequestModal } from './EnterRequestModal';

const filters: QueueFilter[] = ['open', 'new', 'acknowledged', 'closed'];

/** Several events in a burst (a request taken, then closed) load the list once. */
const SETTLE_MS = 300;

/**
 * The triage queue: crises first, then the longest waiting; when each is due and whom it went to when nobody
 * took it. The list carries no contact details, so it is not an audited read and follows the live events;
 * opening one request (the drawer) reads its contact, and that is recorded.
 */
export function AlertsPage() {
  const { t } = useCareTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const handles = can(session, 'alert.handle');
  const enters = can(session, 'alert.enter');
  const { status } = useLiveCare();
  const now = useNow(30_000);
  const [params, setParams] = useSearchParams();
  const openId = params.get('open');
  const [filter, setFilter] = useState<QueueFilter>('open');
  const [round, setRound] = useState(0);
  const [takingId, setTakingId] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);
  // The full request an action has just answered with, so the drawer shows it without reading it again.
  const [known, setKnown] = useState<Alert | undefined>();
  const list = useLoad(
    () => (handles ? loadQueue(filter).then(sortAlerts) : Promise.resolve([])),
    `${filter}-${round}`,
  );
  const reload = useCallback(() => setRound((r) => r + 1), []);

  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);
  useLiveEvents((e) => {
    if (e.type !== 'alert' && e.type !== 'reconnected') return;
    clearTimeout(settle.current);
    settle.current = setTimeout(reload, SETTLE_MS);
  });

  const openOn = (id: string | null, full?: Alert) => {
    setKnown(full);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('open', id);
        else next.delete('open');
        return next;
      },
      { replace: !id },
    );
  };
  const changed = (a: Alert) => {
    setKnown(a);
    reload();
  };

  const take = async (a: AlertItem) => {
    setTakingId(a.id);
    try {
      const full = await takeAlert(a.id);
      void message.success(t('drawer.taken'));
      openOn(a.id, full);
    } catch (e) {
      if (hasCode(e, 'conflict')) void message.info(t('drawer.takenByOther'));
      else void message.error(errorText(t, e));
    } finally {
      setTakingId(null);
      reload();
    }
  };

  const columns = useAlertColumns({
    timeZone: zone,
    now,
    takingId,
    onOpen: (a) => openOn(a.id),
    onTake: (a) => void take(a),
  });
  const rows = list.data ?? [];
  const counts = useMemo(() => queueCounts(rows, now), [rows, now]);
  const item = openId ? rows.find((a) => a.id === openId) : undefined;

  const enterButton = enters ? (
    <Button icon={<PhoneOutlined />} onClick={() => setEntering(true)}>
      {t('enter.open')}
    </Button>
  ) : null;
  const entryModal = entering ? (
    <EnterRequestModal
      onClose={() => setEntering(false)}
      onEntered={(a) => {
        setEntering(false);
        if (handles) openOn(a.id, a);
        reload();
      }}
    />
  ) : null;

  // A station manager enters calls and walk-ins, but the queue is the counsellors'.
  if (!handles)
    return (
      <>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('enter.pageTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 760 }}>
          {t('enter.pageIntro')}
        </Typography.Paragraph>
        {enterButton}
        {entryModal}
      </>
    );

  if (list.error && !list.data) return <LoadError error={list.error} retry={reload} action="alert.handle" />;

  return (
    <>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('queue.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>
            {t('queue.intro')}
          </Typography.Paragraph>
        </div>
        {enterButton}
      </Flex>
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <Segmented<QueueFilter>
          value={filter}
          onChange={setFilter}
          options={filters.map((f) => ({ value: f, label: t(`queue.filters.${f}`) }))}
        />
        {filter === 'open' || filter === 'new' ? (
          <Typography.Text data-testid="queue-counts">
            {t('queue.counts', { count: counts.new })}
            {counts.crisis ? (
              <Typography.Text type="danger" strong>
                {' '}
                {t('queue.countsCrisis', { count: counts.crisis })}
              </Typography.Text>
            ) : null}
            {counts.overdue ? (
              <Typography.Text type="danger">
                {' '}
                {t('queue.countsOverdue', { count: counts.overdue })}
              </Typography.Text>
            ) : null}
          </Typography.Text>
        ) : null}
        <span style={{ flex: 1 }} />
        <Badge
          status={status === 'live' ? 'success' : status === 'retrying' ? 'warning' : 'processing'}
          text={<Typography.Text type="secondary">{t(`live.queue.${status}`)}</Typography.Text>}
        />
      </Flex>
      {list.error ? (
        <Notice type="error" showIcon title={errorText(t, list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<AlertItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.loading && !list.data}
        rowClassName={(a) =>
          [
            a.priority === 'crisis' ? 'console-row-crisis' : '',
            a.id === openId ? 'console-row-open' : '',
          ].join(' ')
        }
        locale={{ emptyText: t('queue.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1040 }}
      />
      {openId ? (
        <AlertDrawer
          id={openId}
          item={item}
          known={known}
          timeZone={zone}
          now={now}
          onClose={() => openOn(null)}
          onChanged={changed}
        />
      ) : null}
      {entryModal}
    </>
  );
}
