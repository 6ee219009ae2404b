import { Button, Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time';
import type { InstrumentText } from '../../lib/types';
import { DecisionTags, ShownTag, VerificationTag } from './text-tags';

interface Options {
  review: boolean;
  timeZone: string;
  onOpen: (text: InstrumentText) => void;
}

/** Every instrument × language: what it is, how far it is checked, the decision on it, and what workers see. */
export function useTextColumns({ review, timeZone, onOpen }: Options): ColumnsType<InstrumentText> {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  return [
    {
      title: t('instruments.instrument'),
      key: 'name',
      width: 260,
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.name[ui]}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.shortName} · {t('instruments.version', { version: r.version })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('instruments.language'),
      dataIndex: 'lang',
      width: 90,
      render: (lang: InstrumentText['lang']) => <Tag>{t(`instruments.lang.${lang}`)}</Tag>,
    },
    {
      title: t('instruments.verification'),
      dataIndex: 'verification',
      width: 110,
      render: (v: InstrumentText['verification']) => <VerificationTag verification={v} />,
    },
    {
      title: t('instruments.review'),
      key: 'review',
      render: (_, r) =>
        r.review ? (
          <Flex vertical gap={2}>
            <span>
              <DecisionTags review={r.review} />
            </span>
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.review.reason }} style={{ margin: 0 }}>
              {r.review.reason}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('instruments.decidedBy', {
                name: r.review.decidedBy ?? '—',
                time: formatDateTime(r.review.decidedAt, timeZone),
              })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('instruments.noReview')}</Typography.Text>
        ),
    },
    {
      title: t('instruments.shown'),
      key: 'shown',
      width: 190,
      render: (_, r) => <ShownTag text={r} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, r) => (
        <Button type={review ? 'primary' : 'default'} ghost={review} size="small" onClick={() => onOpen(r)}>
          {t(review ? 'instruments.readReview' : 'instruments.read')}
        </Button>
      ),
    },
  ];
}
