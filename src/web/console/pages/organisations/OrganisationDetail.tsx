import { App, Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { industryLabel } from '../../lib/industries';
import { type OrgNode, orgName } from '../../lib/org-tree';
import type { Organisation } from '../../lib/types';
import { MoveModal } from './MoveModal';
import { OrganisationFormModal } from './OrganisationFormModal';

interface Props {
  org: Organisation;
  all: Organisation[];
  forest: OrgNode[];
  manage: boolean;
  /** After a change: the organisation to select, and whether deactivated ones must now be shown. */
  onChanged: (selectId: string | null, showInactive?: boolean) => void;
}

type Dialog = 'create' | 'edit' | 'move' | null;

export function OrganisationDetail({ org, all, forest, manage, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const isRoot = org.parentId === null;
  const parent = all.find((o) => o.id === org.parentId);
  const empty = <Typography.Text type="secondary">—</Typography.Text>;

  const setActive = async (active: boolean) => {
    setBusy(true);
    try {
      await call('PATCH', `/api/v1/organisations/${org.id}`, { active });
      void message.success(t(active ? 'org.activated' : 'org.deactivated'));
      onChanged(org.id, !active);
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const actions = manage ? (
    <Flex gap={8} wrap>
      <Button type="primary" disabled={!org.active} onClick={() => setDialog('create')}>
        {t('org.createChild')}
      </Button>
      <Button onClick={() => setDialog('edit')}>{t('org.edit')}</Button>
      <Button disabled={isRoot} onClick={() => setDialog('move')}>
        {t('org.move')}
      </Button>
      {org.active ? (
        <Popconfirm
          title={t('org.deactivateConfirm', { name: orgName(org, i18n.language) })}
          okText={t('org.deactivate')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          disabled={isRoot}
          onConfirm={() => setActive(false)}
        >
          <Button danger disabled={isRoot} loading={busy}>
            {t('org.deactivate')}
          </Button>
        </Popconfirm>
      ) : (
        <Button loading={busy} onClick={() => setActive(true)}>
          {t('org.activate')}
        </Button>
      )}
    </Flex>
  ) : null;

  return (
    <Card title={orgName(org, i18n.language)}>
      {actions}
      {manage && isRoot ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('org.rootLocked')}
        </Typography.Paragraph>
      ) : null}
      <Descriptions
        bordered
        column={1}
        size="small"
        style={{ marginTop: manage ? 16 : 0 }}
        styles={{ label: { width: 160 } }}
        items={[
          { key: 'kind', label: t('org.kind'), children: <Tag>{t(`orgKind.${org.kind}`)}</Tag> },
          { key: 'name', label: t('org.name'), children: org.name },
          { key: 'nameEn', label: t('org.nameEn'), children: org.nameEn || empty },
          {
            key: 'parent',
            label: t('org.parent'),
            children: parent ? (
              orgName(parent, i18n.language)
            ) : org.parentId ? (
              <Typography.Text type="secondary">{t('org.parentHidden')}</Typography.Text>
            ) : (
              empty
            ),
          },
          {
            key: 'industry',
            label: t('org.industry'),
            children: org.industry ? industryLabel(t, org.industry) : empty,
          },
          {
            key: 'memberCount',
            label: t('org.memberCount'),
            children: org.memberCount?.toLocaleString() ?? empty,
          },
          { key: 'address', label: t('org.address'), children: org.address || empty },
          {
            key: 'coordinates',
            label: t('org.coordinates'),
            children:
              org.latitude !== null && org.longitude !== null ? `${org.latitude}, ${org.longitude}` : empty,
          },
          {
            key: 'state',
            label: t('org.state'),
            children: org.active ? (
              <Tag color="green">{t('org.active')}</Tag>
            ) : (
              <Tag>{t('org.inactive')}</Tag>
            ),
          },
        ]}
      />
      {dialog === 'create' || dialog === 'edit' ? (
        <OrganisationFormModal
          mode={dialog}
          org={org}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            onChanged(saved.id);
          }}
        />
      ) : null}
      {dialog === 'move' ? (
        <MoveModal
          org={org}
          forest={forest}
          onClose={() => setDialog(null)}
          onMoved={() => {
            setDialog(null);
            onChanged(org.id);
          }}
        />
      ) : null}
    </Card>
  );
}
