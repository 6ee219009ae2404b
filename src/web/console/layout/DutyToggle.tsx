import { ClockCircleOutlined, DownOutlined } from '@ant-design/icons';
import { App, Badge, Button, Dropdown, type MenuProps, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { type CareDuty, loadDuty, startDuty, stopDuty } from '../lib/care-api';
import { careErrorText as errorText } from '../lib/care-errors';
import { dutyHours, dutyUntilOf } from '../lib/duty';
import { useLoad } from '../lib/use-load';
import { useLiveEvents } from '../live/context';
import { useCareTranslation } from '../live/texts';
import { useCurrentSession } from '../session/context';

/** Read again this often: a roster slot starts or ends, a declared duty runs out. */
const REFRESH_MS = 5 * 60_000;

/**
 * "I am on duty" for counsellors and supervisors: crisis requests ring on the consoles of those on duty (by
 * their declaration here, or a roster slot running now). Says until when, or that the roster has them on.
 */
export function DutyToggle() {
  const { t } = useCareTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const [round, setRound] = useState(0);
  const loaded = useLoad(loadDuty, `duty-${round}`);
  const [duty, setDuty] = useState<CareDuty | null>(null);
  const [busy, setBusy] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const current = duty ?? loaded.data ?? null;

  useEffect(() => {
    if (loaded.data) setDuty(loaded.data);
  }, [loaded.data]);
  useEffect(() => {
    const every = setInterval(() => setRound((r) => r + 1), REFRESH_MS);
    // When a declared duty runs out the button says so at once, not at the next reading.
    const left = current?.until ? Date.parse(current.until) - Date.now() : null;
    const end =
      left !== null && left > 0 ? setTimeout(() => setRound((r) => r + 1), left + 1_000) : undefined;
    return () => {
      clearInterval(every);
      clearTimeout(end);
    };
  }, [current?.until]);
  useLiveEvents((e) => {
    if (e.type === 'reconnected') setRound((r) => r + 1);
  });

  const change = async (hours: number | null) => {
    setBusy(true);
    try {
      const next = hours === null ? await stopDuty() : await startDuty(hours);
      setDuty(next);
      void message.success(hours === null ? t('duty.stopped') : t('duty.started'));
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  if (!current) return null;
  const until = current.until ? dutyUntilOf(current.until, new Date(), zone) : null;
  const label = until
    ? t(`duty.until.${until.day}`, { time: until.time, date: until.date })
    : current.byRoster
      ? t('duty.byRoster')
      : t('duty.off');
  const hint = current.onDuty
    ? t('duty.hintOn', { count: current.onDutyCount })
    : current.onDutyCount > 0
      ? t('duty.hintOff', { count: current.onDutyCount })
      : t('duty.hintNobody');

  const items: MenuProps['items'] = [
    {
      type: 'group',
      key: 'hours',
      label: until ? t('duty.changeHours') : t('duty.forHours'),
      children: dutyHours.map((h) => ({ key: String(h), label: t('duty.hours', { count: h }) })),
    },
    ...(until ? [{ type: 'divider' as const }, { key: 'stop', danger: true, label: t('duty.stop') }] : []),
  ];

  return (
    <Tooltip title={hint} placement="bottom" open={menuOpen ? false : undefined}>
      <span>
        <Dropdown
          trigger={['click']}
          open={menuOpen}
          onOpenChange={setMenuOpen}
          menu={{
            items,
            onClick: ({ key }) => {
              setMenuOpen(false);
              void change(key === 'stop' ? null : Number(key));
            },
          }}
        >
          <Button loading={busy} data-testid="duty-toggle" aria-label={`${t('duty.name')}: ${label}`}>
            {current.onDuty ? <Badge status="success" /> : <ClockCircleOutlined />}
            {label}
            <DownOutlined style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
      </span>
    </Tooltip>
  );
}
