import { Alert, App, Form, Modal, TreeSelect, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { type OrgNode, orgName, orgOptions, subtreeIds } from '../../lib/org-tree';
import type { Organisation } from '../../lib/types';

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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const options = useMemo(() => {
    const blocked = subtreeIds(forest, org.id);
    return orgOptions(
      forest,
      i18n.language,
      (o) => blocked.has(o.id) || !o.active || o.tenantId !== org.tenantId,
    );
  }, [forest, org, i18n.language]);

  const move = async () => {
    if (!parentId || parentId === org.parentId) return onClose();
    setBusy(true);
    setError(null);
    try {
      await call('PATCH', `/api/v1/organisations/${org.id}`, { parentId });
      void message.success(t('org.moved'));
      onMoved();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('org.moveTitle', { name: orgName(org, i18n.language) })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={move}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('org.moveHint')}</Typography.Paragraph>
      {error ? <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} /> : null}
      <Form layout="vertical">
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
      </Form>
    </Modal>
  );
}
