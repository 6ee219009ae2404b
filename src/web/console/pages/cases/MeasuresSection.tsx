import { LinkOutlined, PlusOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  List,
  Popconfirm,
  Skeleton,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { caseErrorText } from '../../lib/case-errors';
import type { MeasureSeries } from '../../lib/case-types';
import { cancelLink } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { useCurrentSession } from '../../session/context';
import { InRoomModal } from './InRoomModal';
import { InstrumentPanel } from './InstrumentPanel';
import { LinkModal } from './LinkModal';

interface Props {
  caseId: string;
  series: MeasureSeries | null;
  loading: boolean;
  error: unknown;
  canGive: boolean;
  hasPhone: boolean;
  onChanged: () => void;
}

/** Questionnaires of the case: each instrument's scores over time, the links still open, and giving one. */
export function MeasuresSection({ caseId, series, loading, error, canGive, hasPhone, onChanged }: Props) {
  const { t } = useCasesTranslation();
  const { message } = App.useApp();
  const zone = useCurrentSession().tenant.timeZone;
  const [dialog, setDialog] = useState<'room' | 'link' | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const cancel = async (id: string) => {
    setCancelling(id);
    try {
      await cancelLink(id);
      void message.success(t('measures.cancelled'));
      onChanged();
    } catch (e) {
      void message.error(caseErrorText(t, e));
    } finally {
      setCancelling(null);
    }
  };
  const done = () => {
    setDialog(null);
    onChanged();
  };
  return (
    <Card
      size="small"
      title={
        <span>
          {t('measures.title')}{' '}
          <Tooltip title={t('measures.help')}>
            <QuestionCircleOutlined style={{ color: 'rgba(0,0,0,0.45)' }} aria-label={t('measures.help')} />
          </Tooltip>
        </span>
      }
      style={{ marginBottom: 16 }}
      extra={
        canGive ? (
          <Flex gap={8}>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog('room')}>
              {t('measures.inRoom')}
            </Button>
            <Button size="small" icon={<LinkOutlined />} onClick={() => setDialog('link')}>
              {t('measures.byLink')}
            </Button>
          </Flex>
        ) : null
      }
    >
      {error && !series ? <Alert type="error" showIcon title={caseErrorText(t, error)} /> : null}
      {!series && loading ? <Skeleton active /> : null}
      {series && !series.instruments.length && !series.openRequests.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('measures.empty')} />
      ) : null}
      {series?.instruments.map((s) => (
        <InstrumentPanel key={s.instrumentId} series={s} />
      ))}
      {series?.openRequests.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 8 }}>
            {t('measures.openLinks')}
          </Typography.Title>
          <List
            size="small"
            bordered
            dataSource={series.openRequests}
            renderItem={(m) => (
              <List.Item
                actions={
                  canGive
                    ? [
                        <Popconfirm
                          key="cancel"
                          title={t('measures.cancelConfirm')}
                          okText={t('measures.cancel')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => void cancel(m.id)}
                        >
                          <Button size="small" danger type="link" loading={cancelling === m.id}>
                            {t('measures.cancel')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{m.name}</Typography.Text>
                  <Tag color="blue">{t('measures.waiting')}</Tag>
                  <Typography.Text type="secondary">
                    {t('measures.sentAt', { time: formatDateTime(m.requestedAt, zone).slice(0, 16) })}
                    {m.expiresAt
                      ? ` · ${t('measures.expiresAt', { time: formatDateTime(m.expiresAt, zone).slice(0, 16) })}`
                      : ''}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </>
      ) : null}
      {dialog === 'room' ? (
        <InRoomModal caseId={caseId} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog === 'link' ? <LinkModal caseId={caseId} hasPhone={hasPhone} onClose={done} /> : null}
    </Card>
  );
}
