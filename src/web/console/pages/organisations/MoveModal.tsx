import { App, Form, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { call } from '../../lib/call';
import { type OrgNode, orgName, orgOptions, subtreeIds } from '../../lib/org-tree';
import type { Organisation } from '../../lib/types';
import { useSubmit } from '../../lib/use-submit';

interface Props {
  org: Organisation;
  forest: OrgNode[];
  onClose: () => void;
  onMoved: () => void;
}

/** Choose a new parent; the organisation itself, its subtree, other tenants and deactivated ones are not offered. */
export function MoveModal({ org, forest, onClose, onMoved }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [parentId, setParentId] = useState<string | undefined>(org.parentId ?? undefined);

  const options = useMemo(() => {
    const blocked = subtreeIds(forest, org.id);
    return orgOptions(
      forest,
      i18n.language,
      (o) => blocked.has(o.id) || !o.active || o.tenantId !== org.tenantId,
    );
  }, [forest, org, i18n.language]);

  const { busy, error, submit } = useSubmit(
    (to: string) => call('PATCH', `/api/v1/organisations/${org.id}`, { parentId: to }),
    {
      onDone: () => {
        void message.success(t('org.moved'));
        onMoved();
      },
    },
  );
  const move = () => (!parentId || parentId === org.parentId ? onClose() : submit(parentId));

  return (
    <FormModal
      title={t('org.moveTitle', { name: orgName(org, i18n.language) })}
      busy={busy}
      error={error}
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">{t('org.moveHint')}</Typography.Paragraph>}
      onOk={move}
    >
      <Form.Item label={t('org.newParent')} htmlFor="move-parent">
        <TreeSelect
          id="move-parent"
          value={parentId}
          onChange={setParentId}
          treeData={options}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}
