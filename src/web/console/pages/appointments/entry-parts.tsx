import { CheckCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { attendanceOpen, type EntryState, entryState } from '../../lib/appointments';
import { checkedInTime } from '../../lib/check-in';
import type { BookingStatus, CalendarEntry } from '../../lib/types';
import { localTimeOf } from '../../lib/zoned-calendar';
import { OpenCaseButton } from './OpenCaseButton';

export const stateColour: Record<EntryState, string> = {
  open: 'default',
  blocked: 'default',
  booked: 'magenta',
  attended: 'green',
  no_show: 'orange',
};

export function StateTag({ entry }: { entry: CalendarEntry }) {
  const { t } = useTranslation();
  const state = entryState(entry);
  return (
    <Tag color={stateColour[state]} style={{ marginInlineEnd: 0 }}>
      {t(`appointments.states.${state}`)}
    </Tag>
  );
}

/** 已签到 13:47: the worker scanned the station's poster (the time on the station's clock). */
export function CheckedInTag({ entry }: { entry: CalendarEntry }) {
  const { t } = useTranslation();
  const time = checkedInTime(entry);
  if (!time) return null;
  return (
    <Tag color="cyan" icon={<CheckCircleOutlined />} style={{ marginInlineEnd: 0 }} data-testid="checked-in">
      {t('appointments.checkedIn', { time })}
    </Tag>
  );
}

/** 14:00–14:50 in the entry's own zone. */
export const timeSpan = (e: CalendarEntry): string =>
  `${localTimeOf(e.slot.startsAt, e.servicePoint.timeZone)}–${localTimeOf(e.slot.endsAt, e.servicePoint.timeZone)}`;

/** What the page lets one do with an entry; each handler reloads the calendar when done. */
export interface EntryActions {
  canManage: boolean;
  busyId: string | null;
  now: Date;
  onMark: (e: CalendarEntry, status: BookingStatus) => void;
  onFree: (e: CalendarEntry) => void;
  onBlock: (e: CalendarEntry) => void;
}

/** The buttons for one entry: attendance for an appointment, free blocked time, block an open slot. */
export function EntryButtons({ entry, actions }: { entry: CalendarEntry; actions: EntryActions }) {
  const { t } = useTranslation();
  if (!actions.canManage) return null;
  const state = entryState(entry);
  const busy = actions.busyId === entry.slot.id;
  if (state === 'booked') {
    const open = attendanceOpen(entry, actions.now);
    const buttons = (
      <Flex gap={8}>
        <Button
          type="primary"
          size="small"
          disabled={!open}
          loading={busy}
          onClick={() => actions.onMark(entry, 'attended')}
        >
          {t('appointments.markAttended')}
        </Button>
        <Button size="small" disabled={!open || busy} onClick={() => actions.onMark(entry, 'no_show')}>
          {t('appointments.markNoShow')}
        </Button>
      </Flex>
    );
    return (
      <Flex gap={8}>
        {open ? buttons : <Tooltip title={t('appointments.notYet')}>{buttons}</Tooltip>}
        <OpenCaseButton entry={entry} />
      </Flex>
    );
  }
  if (state === 'attended' || state === 'no_show')
    return (
      <Flex gap={8}>
        <OpenCaseButton entry={entry} />
        <Button type="link" size="small" loading={busy} onClick={() => actions.onMark(entry, 'booked')}>
          {t('appointments.undoMark')}
        </Button>
      </Flex>
    );
  if (state === 'blocked')
    return (
      <Popconfirm
        title={t('appointments.freeConfirm')}
        okText={t('appointments.freeBlock')}
        cancelText={t('common.cancel')}
        onConfirm={() => actions.onFree(entry)}
      >
        <Button size="small" loading={busy}>
          {t('appointments.freeBlock')}
        </Button>
      </Popconfirm>
    );
  // An open slot in the past can no longer be blocked usefully.
  if (Date.parse(entry.slot.endsAt) <= actions.now.getTime()) return null;
  return (
    <Button size="small" onClick={() => actions.onBlock(entry)}>
      {t('appointments.blockThis')}
    </Button>
  );
}
