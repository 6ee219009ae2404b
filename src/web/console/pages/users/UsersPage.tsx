import { Alert, Button, Flex, Input, Switch, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../../shared/api';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { buildOrgForest, orgName } from '../../lib/org-tree';
import { loadOrganisations } from '../../lib/organisations';
import type { User } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { type Dialog, UserDialogs } from './UserDialogs';
import { useUserColumns } from './user-columns';

/** Staff accounts: search, page through, and (for managers) open, change and close accounts. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const manage = can(session, 'user.manage');
  const [search, setSearch] = useState('');
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);

  const params = { search, includeDisabled, limit: page.size, offset: (page.current - 1) * page.size };
  const list = useLoad(
    () => call<{ total: number; users: User[] }>('GET', `/api/v1/users${query(params)}`),
    JSON.stringify(params),
  );
  // The tree for the forms, and names in the reader's language (the user list carries Chinese names only).
  const orgs = useLoad(() => loadOrganisations(true).catch(() => []), 'orgs');
  const forest = useMemo(() => buildOrgForest(orgs.data ?? []), [orgs.data]);
  const orgLabel = useMemo(() => {
    const names = new Map((orgs.data ?? []).map((o) => [o.id, orgName(o, i18n.language)]));
    return (id: string, fallback: string) => names.get(id) ?? fallback;
  }, [orgs.data, i18n.language]);
  const columns = useUserColumns({ manage, open: setDialog, changed: list.reload, orgLabel });

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="user.read" />;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('users.title')}
      </Typography.Title>
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          enterButton={t('common.search')}
          placeholder={t('users.searchPlaceholder')}
          aria-label={t('users.searchPlaceholder')}
          style={{ width: 360 }}
          onSearch={(value) => {
            setSearch(value.trim());
            setPage((p) => ({ ...p, current: 1 }));
          }}
        />
        <Flex gap={6} align="center">
          <Switch
            size="small"
            id="users-show-disabled"
            checked={includeDisabled}
            onChange={(on) => {
              setIncludeDisabled(on);
              setPage((p) => ({ ...p, current: 1 }));
            }}
          />
          <label htmlFor="users-show-disabled">{t('users.showDisabled')}</label>
        </Flex>
        <span style={{ flex: 1 }} />
        {manage ? (
          <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('users.create')}
          </Button>
        ) : null}
      </Flex>
      {list.error ? (
        <Alert type="error" showIcon title={errorText(t, list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.users ?? []}
        loading={list.loading}
        locale={{ emptyText: t('users.empty') }}
        scroll={{ x: 1090 }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
      <UserDialogs
        dialog={dialog}
        forest={forest}
        close={() => setDialog(null)}
        changed={list.reload}
        open={setDialog}
      />
    </>
  );
}
