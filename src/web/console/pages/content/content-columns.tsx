import { Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useContentTranslation } from '../../i18n/content-ns';
import { audienceLabel, topicLabel } from '../../lib/content-labels';
import type { StaffContentSummary } from '../../lib/content-types';
import { StatusTag, useZone } from './content-parts';

const muted = (text: string) => (
  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
    {text}
  </Typography.Text>
);

/** Long names (English ones) wrap inside their tag rather than spill into the next column. */
const wrapTag = { marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' } as const;

/** The library table's columns; the review view's action says "审核" instead of "打开". */
export function useContentColumns(forReview: boolean): ColumnsType<StaffContentSummary> {
  const { t, i18n } = useContentTranslation();
  const { time } = useZone();
  const lang = i18n.language;
  return [
    {
      title: t('list.colTitle'),
      key: 'title',
      width: 230,
      render: (_, c) => (
        <div>
          <Link to={`/content/${c.id}`} style={{ fontWeight: 600 }}>
            {c.titleZh}
          </Link>
          {c.titleEn ? (
            <Tag
              title={t('list.enMarkerTitle')}
              style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}
            >
              {t('list.enMarker')}
            </Tag>
          ) : null}
          <div className="console-mono">{muted(c.slug)}</div>
        </div>
      ),
    },
    { title: t('list.colKind'), key: 'kind', width: 84, render: (_, c) => t(`kinds.${c.kind}`) },
    {
      title: t('list.colTopics'),
      key: 'topics',
      width: 140,
      render: (_, c) => (
        <Flex gap={4} wrap>
          {c.topics.map((id) => (
            <Tag key={id} style={wrapTag}>
              {topicLabel(id, lang)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('list.colAudiences'),
      key: 'audiences',
      width: 150,
      render: (_, c) =>
        c.audiences.length ? (
          <Flex gap={4} wrap>
            {c.audiences.map((id) => (
              <Tag key={id} color="magenta" variant="outlined" style={wrapTag}>
                {audienceLabel(id, lang)}
              </Tag>
            ))}
          </Flex>
        ) : (
          muted(t('list.everyone'))
        ),
    },
    {
      title: t('list.colStatus'),
      key: 'status',
      width: 120,
      render: (_, c) => (
        <div>
          <StatusTag status={c.status} />
          {c.status === 'scheduled' && c.publishAt ? (
            <div>{muted(t('list.scheduledFor', { time: time(c.publishAt) }))}</div>
          ) : null}
          {c.publishedVersion !== null && c.status !== 'published' && c.status !== 'archived' ? (
            <div>{muted(t('list.liveVersion', { version: c.publishedVersion }))}</div>
          ) : null}
        </div>
      ),
    },
    { title: t('list.colAuthor'), key: 'author', width: 96, render: (_, c) => c.author.displayName },
    {
      title: t('list.colReviewer'),
      key: 'reviewer',
      width: 90,
      render: (_, c) => c.reviewer?.displayName ?? muted('—'),
    },
    {
      title: t('list.colTime'),
      key: 'time',
      width: 190,
      render: (_, c) => (
        <div className="console-mono" style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
          <div>{t('list.updated', { time: time(c.updatedAt) })}</div>
          {c.publishedAt ? <div>{muted(t('list.published', { time: time(c.publishedAt) }))}</div> : null}
        </div>
      ),
    },
    {
      title: t('list.colActions'),
      key: 'actions',
      width: 72,
      fixed: 'right',
      render: (_, c) => <Link to={`/content/${c.id}`}>{t(forReview ? 'list.review' : 'list.open')}</Link>,
    },
  ];
}
