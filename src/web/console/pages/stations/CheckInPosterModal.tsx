import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { svgDataUri } from '../../lib/campaigns';
import { posterCode, posterWords } from '../../lib/check-in';
import type { CheckInPoster, ManagedServicePoint } from '../../lib/types';

/**
 * A station's new check-in poster, shown once (the server keeps only the code's hash): the station, a line in
 * both languages, the QR code (the server's SVG as an image, never inserted as markup) and the code to type.
 * Printing leaves out everything but the poster.
 */
export function CheckInPosterModal({
  point,
  poster,
  onClose,
}: {
  point: ManagedServicePoint;
  poster: CheckInPoster;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={640}
      title={t('stations.checkIn.posterTitle')}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('stations.checkIn.print')}
        </Button>,
      ]}
    >
      <Alert
        className="console-no-print"
        type="warning"
        showIcon
        title={t('stations.checkIn.once')}
        style={{ marginBottom: 16 }}
      />
      <div className="console-print-area console-poster console-checkin-poster" data-testid="checkin-poster">
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 0 }}>
          {point.name}
        </Typography.Title>
        {point.nameEn && point.nameEn !== point.name ? (
          <Typography.Text type="secondary" lang="en" className="console-latin">
            {point.nameEn}
          </Typography.Text>
        ) : null}
        <p className="console-checkin-scan">{posterWords.scan.zh}</p>
        <p className="console-checkin-scan-en console-latin" lang="en">
          {posterWords.scan.en}
        </p>
        <img src={svgDataUri(poster.qrSvg)} alt={t('stations.checkIn.qrAlt', { name: point.name })} />
        <p className="console-checkin-type">
          {posterWords.type.zh} ·{' '}
          <span lang="en" className="console-latin">
            {posterWords.type.en}
          </span>
        </p>
        <p className="console-mono console-checkin-code" data-testid="checkin-code">
          {posterCode(poster.code)}
        </p>
        <p className="console-checkin-note">{posterWords.note.zh}</p>
        <p className="console-checkin-note console-latin" lang="en">
          {posterWords.note.en}
        </p>
      </div>
    </Modal>
  );
}
