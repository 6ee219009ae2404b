import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { call } from '../../lib/call';
import { svgDataUri } from '../../lib/campaigns';
import type { Campaign, CampaignPoster } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';

/**
 * The poster for a campaign: the QR code (the server's SVG, shown as an image, never inserted as markup), the
 * link, and a few reassuring lines for workers. Printing leaves out everything but the poster.
 */
export function PosterModal({
  campaign,
  orgLabel,
  onClose,
}: {
  campaign: Campaign;
  orgLabel: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const poster = useLoad(
    () => call<CampaignPoster>('GET', `/api/v1/campaigns/${campaign.id}/poster`),
    campaign.id,
  );
  const tenant = i18n.language === 'en' ? session.tenant.nameEn : session.tenant.name;

  return (
    <Modal
      open
      width={600}
      title={t('campaigns.posterTitle')}
      onCancel={onClose}
      footer={
        poster.data
          ? [
              <CopyButton key="copy" text={poster.data.link} label={t('campaigns.copyLink')} />,
              <Button key="print" type="primary" onClick={() => window.print()}>
                {t('campaigns.print')}
              </Button>,
            ]
          : null
      }
    >
      {poster.error ? (
        <LoadError error={poster.error} retry={poster.reload} action="campaign.manage" />
      ) : !poster.data ? (
        <Loading />
      ) : (
        <div className="console-print-area console-poster">
          <Typography.Title level={3} style={{ marginTop: 0, color: '#b4385c' }}>
            {t('campaigns.posterHeadline')}
          </Typography.Title>
          <Typography.Paragraph style={{ fontSize: 16 }}>{t('campaigns.posterLine')}</Typography.Paragraph>
          <img src={svgDataUri(poster.data.qrSvg)} alt={t('campaigns.qrAlt', { name: campaign.name })} />
          <Typography.Paragraph className="console-mono" style={{ marginTop: 12, wordBreak: 'break-all' }}>
            {poster.data.link}
          </Typography.Paragraph>
          <Typography.Paragraph>{t('campaigns.posterNote')}</Typography.Paragraph>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {campaign.name}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {t('campaigns.posterOrg', { org: orgLabel, tenant })}
          </Typography.Text>
        </div>
      )}
    </Modal>
  );
}
