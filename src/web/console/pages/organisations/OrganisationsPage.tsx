import { Alert, Card, Col, Empty, Flex, Input, Row, Switch, Tag, Tree, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { allIds, buildOrgForest, filterForest, type OrgNode, orgName } from '../../lib/org-tree';
import { loadOrganisations } from '../../lib/organisations';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { OrganisationDetail } from './OrganisationDetail';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

/** The organisation tree on the left, the chosen organisation on the right (kept in the address as ?id=). */
export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const manage = can(session, 'organisation.manage');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [filter, setFilter] = useState('');
  const [params, setParams] = useSearchParams();
  const list = useLoad(() => loadOrganisations(includeInactive), String(includeInactive));

  const forest = useMemo(() => buildOrgForest(list.data ?? []), [list.data]);
  // Nothing chosen yet: show the top of the tree rather than an empty panel.
  const selectedId = params.get('id') ?? forest[0]?.org.id ?? null;
  const shown = useMemo(() => filterForest(forest, filter), [forest, filter]);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const expandedKeys = filter ? allIds(shown) : (expanded ?? allIds(forest, 1));

  const toItems = (nodes: OrgNode[]): TreeItem[] =>
    nodes.map((n) => ({
      key: n.org.id,
      title: (
        <span>
          {orgName(n.org, i18n.language)}{' '}
          <Tag color={n.org.kind === 'federation' ? 'magenta' : 'default'} style={{ marginInlineStart: 4 }}>
            {t(`orgKind.${n.org.kind}`)}
          </Tag>
          {n.org.active ? null : <Tag color="default">{t('org.inactive')}</Tag>}
        </span>
      ),
      children: toItems(n.children),
    }));

  const select = (id: string | null) => setParams(id ? { id } : {}, { replace: true });
  const selected = list.data?.find((o) => o.id === selectedId) ?? null;

  if (list.error) return <LoadError error={list.error} retry={list.reload} action="organisation.read" />;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('org.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('org.intro')}</Typography.Paragraph>
      {manage ? null : <Alert type="info" showIcon title={t('org.readOnly')} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={11}>
          <Card loading={list.loading && !list.data}>
            <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
              <Input.Search
                allowClear
                placeholder={t('org.name')}
                onChange={(e) => setFilter(e.target.value)}
              />
              <Flex gap={6} align="center" style={{ flexShrink: 0 }}>
                <Switch
                  size="small"
                  checked={includeInactive}
                  onChange={setIncludeInactive}
                  id="org-show-inactive"
                />
                <label htmlFor="org-show-inactive">{t('org.showInactive')}</label>
              </Flex>
            </Flex>
            {shown.length ? (
              <Tree<TreeItem>
                blockNode
                treeData={toItems(shown)}
                expandedKeys={expandedKeys}
                onExpand={(keys) => setExpanded(keys.map(String))}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => select(keys.length ? String(keys[0]) : null)}
                style={{ maxHeight: 'calc(100vh - 300px)', overflow: 'auto' }}
              />
            ) : (
              <Empty description={t('org.empty')} />
            )}
          </Card>
        </Col>
        <Col span={13}>
          {selected ? (
            <OrganisationDetail
              org={selected}
              all={list.data ?? []}
              forest={forest}
              manage={manage}
              onChanged={(id, showInactive) => {
                if (showInactive) setIncludeInactive(true);
                list.reload();
                if (id) select(id);
              }}
            />
          ) : (
            <Card>
              <Empty description={t('org.pick')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
