import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { useEventsTranslation } from '../../i18n/events-ns';
import { svgDataUri } from '../../lib/campaigns';
import { posterCode } from '../../lib/check-in';
import { eventWhenLabel } from '../../lib/event-calendar';
import type { DoorPoster, ManagedEvent } from '../../lib/event-types';

/** The door poster's words, in both languages whatever the console's; it never says what kind of event it is. */
const doorWords = {
  scan: { zh: '到场后请用手机扫码签到', en: 'Scan when you arrive' },
  type: { zh: '无法扫码时，请在“我的活动”里输入签到码', en: 'Can’t scan? Type this code under My events' },
  note: {
    zh: '签到只是告诉工作人员您已经到了。',
    en: 'Checking in just tells the staff you have arrived.',
  },
} as const;

/**
 * A new door poster, shown once (the server keeps only the code's hash): the event's title and time, the QR
 * code (the server's SVG as an image, never inserted as markup) and the code in groups of four. Printing
 * leaves out everything but the poster, as the stations' check-in poster does.
 */
export function DoorPosterModal({
  event,
  poster,
  onClose,
}: {
  event: ManagedEvent;
  poster: DoorPoster;
  onClose: () => void;
}) {
  const { t } = useEventsTranslation();
  return (
    <Modal
      open
      width={640}
      title={t('door.posterTitle')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('door.print')}
        </Button>,
      ]}
    >
      <Alert
        className="console-no-print"
        type="warning"
        showIcon
        title={t('door.once')}
        style={{ marginBottom: 16 }}
      />
      <div className="console-print-area console-poster console-checkin-poster" data-testid="door-poster">
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 0 }}>
          {event.title}
        </Typography.Title>
        {event.titleEn && event.titleEn !== event.title ? (
          <Typography.Text type="secondary" lang="en" className="console-latin">
            {event.titleEn}
          </Typography.Text>
        ) : null}
        <p className="console-mono">{eventWhenLabel(event)}</p>
        <p className="console-checkin-scan">{doorWords.scan.zh}</p>
        <p className="console-checkin-scan-en console-latin" lang="en">
          {doorWords.scan.en}
        </p>
        <img src={svgDataUri(poster.qrSvg)} alt={t('door.qrAlt', { title: event.title })} />
        <p className="console-checkin-type">
          {doorWords.type.zh} ·{' '}
          <span lang="en" className="console-latin">
            {doorWords.type.en}
          </span>
        </p>
        <p className="console-mono console-checkin-code" data-testid="door-code">
          {posterCode(poster.code)}
        </p>
        <p className="console-checkin-note">{doorWords.note.zh}</p>
        <p className="console-checkin-note console-latin" lang="en">
          {doorWords.note.en}
        </p>
      </div>
    </Modal>
  );
}
