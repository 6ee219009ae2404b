import './content.css';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Segmented, Select, Table, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type ContentKind, contentKinds } from '../../../../core/content/topics';
import { LoadError } from '../../components/LoadError';
import { useContentTranslation } from '../../i18n/content-ns';
import { contentPowers } from '../../lib/content-access';
import { loadContentItems } from '../../lib/content-api';
import { awaitsMyReview } from '../../lib/content-status';
import { type ContentStatus, contentStatuses } from '../../lib/content-types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { useContentColumns } from './content-columns';

type View = 'all' | 'mine' | ContentStatus;

/**
 * The content library: every piece of the federation with its workflow state, filtered by state, kind and
 * words; reviewers also get "待我审核", the pieces others submitted.
 */
export function ContentListPage() {
  const { t } = useContentTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const powers = contentPowers(session);
  const [params, setParams] = useSearchParams();
  const views: View[] = [...(powers.reviewer ? (['mine'] as const) : []), 'all', ...contentStatuses];
  const asked = params.get('view') as View | null;
  const view: View =
    asked && views.includes(asked) ? asked : powers.reviewer && !powers.editor ? 'mine' : 'all';
  const kind = (contentKinds as readonly string[]).includes(params.get('kind') ?? '')
    ? (params.get('kind') as ContentKind)
    : undefined;
  const q = params.get('q') ?? '';
  const set = (k: string, v: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (v) next.set(k, v);
      else next.delete(k);
      return next;
    });
  const status = view === 'mine' ? 'review' : view === 'all' ? undefined : view;
  const list = useLoad(
    () => loadContentItems({ status, kind, q: q.trim() || undefined }),
    `${view}|${kind}|${q}`,
  );
  const columns = useContentColumns(view === 'mine');

  if (list.error && !list.data) return <LoadError error={list.error} retry={list.reload} />;

  const rows = (list.data ?? [])
    .filter((c) => view !== 'mine' || awaitsMyReview(c.status, powers))
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  const filtered = Boolean(kind || q || view !== 'all');

  return (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        <span style={{ flex: 1 }} />
        {powers.editor ? (
          <Link to="/content/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('list.new')}
            </Button>
          </Link>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t('list.intro')}
      </Typography.Paragraph>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <Segmented<View>
          value={view}
          onChange={(v) => set('view', v)}
          options={views.map((v) => ({
            value: v,
            label: v === 'all' || v === 'mine' ? t(`list.${v}`) : t(`status.${v}`),
          }))}
        />
        <Select<ContentKind | ''>
          aria-label={t('list.kind')}
          value={kind ?? ''}
          onChange={(v) => set('kind', v || null)}
          style={{ width: 140 }}
          options={[
            { value: '', label: t('list.allKinds') },
            ...contentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
          ]}
        />
        <Input.Search
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          defaultValue={q}
          allowClear
          maxLength={100}
          onSearch={(v) => set('q', v.trim() || null)}
          style={{ width: 280 }}
        />
        <span style={{ flex: 1 }} />
        <Button icon={<ReloadOutlined />} loading={list.loading && Boolean(list.data)} onClick={list.reload}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {view === 'mine' ? (
        <Alert type="info" showIcon title={t('list.reviewIntro')} style={{ marginBottom: 16 }} />
      ) : null}
      <Table
        rowKey="id"
        size="middle"
        loading={list.loading && !list.data}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 1172 }}
        locale={{
          emptyText: t(view === 'mine' ? 'list.emptyReview' : filtered ? 'list.emptyFiltered' : 'list.empty'),
        }}
        onRow={(c) => ({
          onClick: (e) => {
            if (!(e.target as HTMLElement).closest('a,button')) navigate(`/content/${c.id}`);
          },
          style: { cursor: 'pointer' },
        })}
      />
    </>
  );
}
