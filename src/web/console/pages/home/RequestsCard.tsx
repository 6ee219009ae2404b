import { MessageOutlined, WarningFilled } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { loadSummary } from '../../lib/care-api';
import { useLoad } from '../../lib/use-load';
import { useLiveEvents } from '../../live/context';
import { useCareTranslation } from '../../live/texts';

/**
 * For counsellors and supervisors: how many requests for help nobody has taken yet (crises named apart) and how
 * many are being followed up, kept current by the live events. Counts only: opening the home page reads no
 * contact details.
 */
export function RequestsCard() {
  const { t } = useCareTranslation();
  const [round, setRound] = useState(0);
  const summary = useLoad(loadSummary, `summary-${round}`);
  useLiveEvents((e) => {
    if (e.type === 'alert' || e.type === 'reconnected') setRound((r) => r + 1);
  });
  if (!summary.data) return null;
  const { new: waiting, crisis, acknowledged } = summary.data;
  return (
    <Card
      size="small"
      data-testid="requests-card"
      title={
        <span>
          <MessageOutlined /> {t('home.title')}
        </span>
      }
      extra={<Link to="/alerts">{t('home.open')}</Link>}
      style={{ marginBottom: 16, borderColor: crisis ? '#ffa39e' : undefined }}
    >
      <Flex align="center" gap={16} wrap>
        {waiting ? (
          <Typography.Text strong style={{ fontSize: 28, color: crisis ? '#cf1322' : '#b4385c' }}>
            {t('home.waiting', { count: waiting })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('home.none')}</Typography.Text>
        )}
        {crisis ? (
          <Tag color="red" variant="solid" icon={<WarningFilled />} data-testid="care-queue-crisis">
            {t('home.crisis', { count: crisis })}
          </Tag>
        ) : null}
        {acknowledged ? <Tag color="green">{t('home.following', { count: acknowledged })}</Tag> : null}
      </Flex>
    </Card>
  );
}
