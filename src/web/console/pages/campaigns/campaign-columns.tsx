import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { type CampaignState, campaignState } from '../../lib/campaigns';
import { formatDateTime } from '../../lib/format-time';
import type { Campaign } from '../../lib/types';

const stateColour: Record<CampaignState, string> = {
  running: 'green',
  paused: 'default',
  scheduled: 'blue',
  ended: 'default',
};

interface Options {
  timeZone: string;
  orgLabel: (c: Campaign) => string;
  busyId: string | null;
  onPoster: (c: Campaign) => void;
  onActive: (c: Campaign, active: boolean) => void;
}

export function useCampaignColumns({
  timeZone,
  orgLabel,
  busyId,
  onPoster,
  onActive,
}: Options): ColumnsType<Campaign> {
  const { t } = useTranslation();
  const now = new Date();
  const day = (iso: string) => formatDateTime(iso, timeZone).slice(0, 10);
  return [
    { title: t('campaigns.organisation'), key: 'org', width: 180, render: (_, c) => orgLabel(c) },
    {
      title: t('campaigns.name'),
      key: 'name',
      render: (_, c) => (
        <Flex vertical>
          <span>{c.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('campaigns.createdOn', { time: formatDateTime(c.createdAt, timeZone) })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('campaigns.link'),
      dataIndex: 'link',
      width: 270,
      render: (link: string) => (
        <Typography.Text
          className="console-mono"
          copyable={{ text: link }}
          style={{ fontSize: 12, wordBreak: 'break-all' }}
        >
          {link}
        </Typography.Text>
      ),
    },
    {
      title: t('campaigns.state'),
      key: 'state',
      width: 100,
      render: (_, c) => {
        const state = campaignState(c, now);
        return <Tag color={stateColour[state]}>{t(`campaigns.states.${state}`)}</Tag>;
      },
    },
    {
      title: t('campaigns.period'),
      key: 'period',
      width: 150,
      render: (_, c) =>
        c.startsAt || c.endsAt ? (
          <Flex vertical>
            {c.startsAt ? <span>{t('campaigns.from', { date: day(c.startsAt) })}</span> : null}
            {c.endsAt ? <span>{t('campaigns.until', { date: day(c.endsAt) })}</span> : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('campaigns.always')}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, c) => (
        <Flex gap={4}>
          <Button size="small" type="primary" ghost onClick={() => onPoster(c)}>
            {t('campaigns.poster')}
          </Button>
          {c.active ? (
            <Popconfirm
              title={t('campaigns.pauseConfirm', { name: c.name })}
              okText={t('campaigns.pause')}
              cancelText={t('common.cancel')}
              onConfirm={() => onActive(c, false)}
            >
              <Button size="small" loading={busyId === c.id}>
                {t('campaigns.pause')}
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" loading={busyId === c.id} onClick={() => onActive(c, true)}>
              {t('campaigns.resume')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
}
