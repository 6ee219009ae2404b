import { App, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { call } from '../../lib/call';
import type { Tenant } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { CreateTenantModal } from './CreateTenantModal';

/** The federations hosted on the platform (platform operators only). */
export function TenantsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const manage = can(session, 'tenant.manage');
  const [creating, setCreating] = useState(false);
  const list = useLoad(
    () => call<{ tenants: Tenant[] }>('GET', '/api/v1/tenants').then((r) => r.tenants),
    'tenants',
  );
  const tenants = list.data ?? [];
  const nameOf = (id: string | null) => {
    const p = tenants.find((x) => x.id === id);
    return p ? (i18n.language === 'en' ? p.nameEn : p.name) : '';
  };

  if (list.error) return <LoadError error={list.error} retry={list.reload} action="tenant.read" />;

  return (
    <>
      <Flex justify="space-between" align="start">
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('tenants.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('tenants.intro')}</Typography.Paragraph>
        </div>
        {manage ? (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('tenants.create')}
          </Button>
        ) : null}
      </Flex>
      <Table<Tenant>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={tenants}
        pagination={false}
        columns={[
          {
            title: t('tenants.name'),
            dataIndex: 'name',
            render: (name: string, r) => (
              <>
                {name} {r.isDemo ? <Tag color="orange">{t('tenants.demo')}</Tag> : null}
              </>
            ),
          },
          { title: t('tenants.nameEn'), dataIndex: 'nameEn' },
          {
            title: t('tenants.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (k: string) => <Tag>{t(`tenants.kinds.${k}`)}</Tag>,
          },
          {
            title: t('tenants.slug'),
            dataIndex: 'slug',
            width: 140,
            render: (s: string) => <span className="console-mono">{s}</span>,
          },
          { title: t('tenants.timeZone'), dataIndex: 'timeZone', width: 150 },
          { title: t('tenants.parent'), dataIndex: 'parentTenantId', render: nameOf },
        ]}
      />
      {creating ? (
        <CreateTenantModal
          tenants={tenants}
          onClose={() => setCreating(false)}
          onCreated={(tenant) => {
            setCreating(false);
            void message.success(t('tenants.created', { name: tenant.name }));
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}
