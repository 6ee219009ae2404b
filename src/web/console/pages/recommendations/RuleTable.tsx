import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { contentTopics } from '../../../../core/content/topics';
import type { Rule, Target } from '../../../../core/recommendations/types';
import { audienceName } from '../../components/AudienceSelect';
import type { RuleSet } from '../../lib/recommendations-api';
import { useRecsTranslation } from './texts';

interface Props {
  rules: Rule[];
  instruments: RuleSet['instruments'];
  editable: boolean;
  onMove: (index: number, by: -1 | 1) => void;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

/** What a target is called in the console's language (shared with the preview). */
export function useTargetName() {
  const { t, i18n } = useRecsTranslation();
  const en = i18n.language === 'en';
  return (target: Target): string => {
    switch (target.type) {
      case 'tool':
        return `${t('type.tool')} · ${t(`tools.${target.tool}`)}`;
      case 'topic': {
        const topic = contentTopics.find((x) => x.id === target.topic);
        return `${t('type.topic')} · ${topic ? (en ? topic.en : topic.zh) : target.topic}`;
      }
      case 'article':
        return `${t('type.article')} · ${target.slug}`;
      case 'event_kind':
        return `${t('type.event_kind')} · ${target.kind}`;
      default:
        return t(`type.${target.type}`);
    }
  };
}

/** The rules in their order, each condition in words; editing happens in the rule's dialog. */
export function RuleTable({ rules, instruments, editable, onMove, onEdit, onRemove }: Props) {
  const { t, i18n } = useRecsTranslation();
  const ui = i18n.language === 'en' ? 'en' : 'zh-CN';
  const targetName = useTargetName();
  const sep = ui === 'en' ? ', ' : '、';

  const conditions = (r: Rule) => {
    const parts: string[] = [];
    const { instrument, bands, crisis, audiences } = r.when;
    if (instrument) {
      const def = instruments.find((i) => i.id === instrument);
      const name = def?.shortName ?? instrument;
      const labels = (bands ?? []).map((b) => def?.bands.find((x) => x.code === b)?.label[ui] ?? b);
      parts.push(
        labels.length
          ? t('when.instrument', { instrument: name, bands: labels.join(sep) })
          : t('when.instrumentAny', { instrument: name }),
      );
    }
    if (crisis !== undefined) parts.push(t(crisis ? 'when.crisisYes' : 'when.crisisNo'));
    if (audiences?.length)
      parts.push(t('when.audiences', { list: audiences.map((a) => audienceName(a, ui)).join(sep) }));
    return parts.length ? parts : [t('when.always')];
  };

  return (
    <Table<Rule & { index: number }>
      size="small"
      rowKey={(r) => `${r.index}:${r.id}`}
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={rules.map((r, index) => ({ ...r, index }))}
      columns={[
        { title: '#', key: 'n', width: 44, render: (_, r) => r.index + 1 },
        {
          title: t('col.when'),
          key: 'when',
          width: 210,
          render: (_, r) => (
            <Space direction="vertical" size={2}>
              {conditions(r).map((c) => (
                <span key={c}>{c}</span>
              ))}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.id}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('col.recommend'),
          key: 'recommend',
          width: 150,
          render: (_, r) => (
            <Tag color={r.recommend.type === 'counsellor' ? 'magenta' : undefined}>
              {targetName(r.recommend)}
            </Tag>
          ),
        },
        {
          title: t('col.reason'),
          key: 'reason',
          render: (_, r) => (
            <Space direction="vertical" size={2}>
              <span>{ui === 'en' ? r.reason.en : r.reason.zh}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {ui === 'en' ? r.reason.zh : r.reason.en}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('col.priority'), key: 'priority', width: 72, dataIndex: 'priority' },
        ...(editable
          ? [
              {
                title: t('col.actions'),
                key: 'actions',
                width: 132,
                render: (_: unknown, r: Rule & { index: number }) => (
                  <Space size={0}>
                    <Tooltip title={t('up')}>
                      <Button
                        type="text"
                        size="small"
                        aria-label={t('up')}
                        icon={<ArrowUpOutlined />}
                        disabled={r.index === 0}
                        onClick={() => onMove(r.index, -1)}
                      />
                    </Tooltip>
                    <Tooltip title={t('down')}>
                      <Button
                        type="text"
                        size="small"
                        aria-label={t('down')}
                        icon={<ArrowDownOutlined />}
                        disabled={r.index === rules.length - 1}
                        onClick={() => onMove(r.index, 1)}
                      />
                    </Tooltip>
                    <Tooltip title={t('edit')}>
                      <Button
                        type="text"
                        size="small"
                        aria-label={t('edit')}
                        icon={<EditOutlined />}
                        onClick={() => onEdit(r.index)}
                      />
                    </Tooltip>
                    <Tooltip title={t('remove')}>
                      <Button
                        type="text"
                        size="small"
                        danger
                        aria-label={t('remove')}
                        icon={<DeleteOutlined />}
                        onClick={() => onRemove(r.index)}
                      />
                    </Tooltip>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
