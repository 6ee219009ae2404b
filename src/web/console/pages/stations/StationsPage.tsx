import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { loadCounsellors, loadServicePoints } from '../../lib/counselling-api';
import { loadOrganisations } from '../../lib/organisations';
import { organisationsAllowed } from '../../lib/reach';
import type { CounsellorEntry, ManagedServicePoint } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { PointCard } from './PointCard';
import { ProfileModal } from './ProfileModal';
import { ServicePointFormModal } from './ServicePointFormModal';

type Tab = 'points' | 'counsellors';

function PointsTab() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const points = useLoad(loadServicePoints, 'points');
  const orgs = useLoad(() => loadOrganisations(), 'orgs');
  const allowed = useMemo(
    () => organisationsAllowed(session, 'servicepoint.manage', orgs.data ?? []),
    [session, orgs.data],
  );
  const [editing, setEditing] = useState<ManagedServicePoint | 'new' | null>(null);
  if (points.error && !points.data)
    return <LoadError error={points.error} retry={points.reload} action="servicepoint.read" />;
  const allowedIds = new Set(allowed.map((o) => o.id));
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">
          {points.data ? t('stations.pointCount', { count: points.data.length }) : null}
        </Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!allowed.length}
          onClick={() => setEditing('new')}
        >
          {t('stations.createPoint')}
        </Button>
      </Flex>
      <Flex vertical gap={16}>
        {(points.data ?? []).map((p) => (
          <PointCard
            key={p.id}
            point={p}
            canEdit={allowedIds.has(p.organisationId)}
            onEdit={() => setEditing(p)}
            onChanged={points.reload}
          />
        ))}
        {points.data && !points.data.length ? <Empty description={t('stations.emptyPoints')} /> : null}
      </Flex>
      {editing ? (
        <ServicePointFormModal
          point={editing === 'new' ? null : editing}
          organisations={allowed}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            points.reload();
          }}
        />
      ) : null}
    </>
  );
}

function CounsellorsTab() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const list = useLoad(loadCounsellors, 'counsellors');
  const [editing, setEditing] = useState<CounsellorEntry | null>(null);
  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="roster.read" />;
  return (
    <>
      <Alert type="info" showIcon title={t('stations.counsellors.intro')} style={{ marginBottom: 16 }} />
      <Table<CounsellorEntry>
        rowKey="id"
        size="middle"
        loading={list.loading && !list.data}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: t('stations.counsellors.empty') }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('stations.counsellors.name'),
            key: 'name',
            width: 200,
            render: (_, c) => (
              <Flex vertical>
                <Typography.Text strong>
                  {c.profile ? (en ? c.profile.nameEn : c.profile.name) : c.accountName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('stations.counsellors.account', { name: c.accountName })}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('stations.counsellors.qualification'),
            key: 'qualification',
            width: 220,
            render: (_, c) => (c.profile ? (en ? c.profile.qualificationEn : c.profile.qualification) : '—'),
          },
          {
            title: t('stations.counsellors.specialties'),
            key: 'specialties',
            render: (_, c) => (
              <Flex gap={4} wrap>
                {(c.profile?.specialties ?? []).map((s) => (
                  <Tag key={s} style={{ marginInlineEnd: 0 }}>
                    {t(`counselling.specialties.${s}`, { defaultValue: s })}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          {
            title: t('stations.counsellors.languages'),
            key: 'languages',
            width: 150,
            render: (_, c) => (c.profile?.languages ?? []).join(en ? ', ' : '、') || '—',
          },
          {
            title: t('stations.counsellors.shown'),
            key: 'shown',
            width: 120,
            render: (_, c) =>
              !c.active ? (
                <Tag>{t('stations.counsellors.accountDisabled')}</Tag>
              ) : !c.profile ? (
                <Tag color="orange">{t('stations.counsellors.noProfile')}</Tag>
              ) : (
                <Tag color={c.profile.active ? 'green' : 'default'}>
                  {t(c.profile.active ? 'stations.counsellors.shownYes' : 'stations.counsellors.shownNo')}
                </Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            fixed: 'right',
            render: (_, c) => (
              <Button size="small" type={c.profile ? 'default' : 'primary'} onClick={() => setEditing(c)}>
                {t(c.profile ? 'stations.counsellors.edit' : 'stations.counsellors.write')}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <ProfileModal
          counsellor={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}

/** Stations (details, hours, rooms, booking rules) and counsellors' public profiles, each for those who may edit them. */
export function StationsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const tabs: Tab[] = [
    ...(can(session, 'servicepoint.manage') ? (['points'] as const) : []),
    ...(can(session, 'counsellor.manage') ? (['counsellors'] as const) : []),
  ];
  const wanted = params.get('tab') as Tab | null;
  const tab = wanted && tabs.includes(wanted) ? wanted : tabs[0];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('stations.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t('stations.intro')}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        destroyOnHidden
        items={tabs.map((k) => ({
          key: k,
          label: t(`stations.tabs.${k}`),
          children: k === 'points' ? <PointsTab /> : <CounsellorsTab />,
        }))}
      />
    </>
  );
}
