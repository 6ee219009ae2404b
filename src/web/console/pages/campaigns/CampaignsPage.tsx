import { SafetyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { orgName } from '../../lib/org-tree';
import { loadOrganisations } from '../../lib/organisations';
import { organisationsAllowed } from '../../lib/reach';
import type { Campaign } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { CreateCampaignModal } from './CreateCampaignModal';
import { useCampaignColumns } from './campaign-columns';
import { PosterModal } from './PosterModal';

/** Campaign links and QR posters for organisations in the user's reach; they only ever count in statistics. */
export function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const list = useLoad(
    () => call<{ campaigns: Campaign[] }>('GET', '/api/v1/campaigns').then((r) => r.campaigns),
    'campaigns',
  );
  const orgs = useLoad(() => loadOrganisations(), 'orgs');
  const allowed = useMemo(
    () => organisationsAllowed(session, 'campaign.manage', orgs.data ?? []),
    [session, orgs.data],
  );
  const [creating, setCreating] = useState(false);
  const [poster, setPoster] = useState<Campaign | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  // Names in the reader's language; the campaign itself carries the Chinese name only.
  const orgLabel = (c: Campaign) => {
    const o = orgs.data?.find((x) => x.id === c.organisationId);
    return o ? orgName(o, i18n.language) : c.organisationName;
  };
  const setActive = async (c: Campaign, active: boolean) => {
    setBusyId(c.id);
    try {
      await call('PATCH', `/api/v1/campaigns/${c.id}`, { active });
      void message.success(t(active ? 'campaigns.resumed' : 'campaigns.paused'));
      list.reload();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusyId(null);
    }
  };
  const columns = useCampaignColumns({
    timeZone: session.tenant.timeZone,
    orgLabel,
    busyId,
    onPoster: setPoster,
    onActive: (c, active) => void setActive(c, active),
  });

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="campaign.manage" />;

  // Newest first: the one just made is the one wanted next (for its poster).
  const rows = [...(list.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <Flex justify="space-between" align="start" gap={16}>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('campaigns.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
            {t('campaigns.intro')}
          </Typography.Paragraph>
        </div>
        <Button type="primary" disabled={!allowed.length} onClick={() => setCreating(true)}>
          {t('campaigns.create')}
        </Button>
      </Flex>
      <Alert
        type="success"
        showIcon
        icon={<SafetyOutlined />}
        title={t('campaigns.privacy')}
        style={{ marginBottom: 16 }}
      />
      <Table<Campaign>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.loading && !list.data}
        locale={{ emptyText: t('campaigns.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1050 }}
      />
      {creating ? (
        <CreateCampaignModal
          allowed={allowed}
          timeZone={session.tenant.timeZone}
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            list.reload();
            setPoster(c);
          }}
        />
      ) : null}
      {poster ? (
        <PosterModal campaign={poster} orgLabel={orgLabel(poster)} onClose={() => setPoster(null)} />
      ) : null}
    </>
  );
}
