import { App, Button, Dropdown, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../../lib/access';
import { errorText } from '../../lib/errors';
import { formatDateTime } from '../../lib/format-time';
import type { User } from '../../lib/types';
import { useCurrentSession } from '../../session/context';
import type { Dialog } from './UserDialogs';
import { type ActionKey, actionsFor, userActions } from './user-actions';

interface Options {
  manage: boolean;
  open: (d: Dialog) => void;
  changed: () => void;
  orgLabel: (id: string, fallback: string) => string;
}

export function useUserColumns({ manage, open, changed, orgLabel }: Options): ColumnsType<User> {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;

  /** Ask first, then do it, say so, and reload the table. */
  const confirmThen = (content: string, danger: boolean, run: () => Promise<unknown>, done: string) =>
    modal.confirm({
      title: t('common.confirm'),
      content,
      okButtonProps: { danger },
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await run();
          void message.success(done);
          changed();
        } catch (e) {
          void message.error(errorText(t, e));
        }
      },
    });

  const onAction = async (u: User, key: ActionKey) => {
    const name = u.displayName;
    switch (key) {
      case 'edit':
      case 'grant':
        return open({ kind: key, user: u });
      case 'disable':
        return confirmThen(
          t('users.disableConfirm', { name }),
          true,
          () => userActions.setDisabled(u, true),
          t('users.disabledDone'),
        );
      case 'enable':
        return confirmThen(
          t('users.enableConfirm', { name }),
          false,
          () => userActions.setDisabled(u, false),
          t('users.enabledDone'),
        );
      case 'resetTotp':
        return confirmThen(
          t('users.resetTotpConfirm', { name }),
          true,
          () => userActions.resetTotp(u),
          t('users.totpResetDone'),
        );
      case 'unlock':
        try {
          await userActions.unlock(u);
          void message.success(t('users.unlockedDone'));
          changed();
        } catch (e) {
          void message.error(errorText(t, e));
        }
        return;
      case 'resetPassword':
        return modal.confirm({
          title: t('common.confirm'),
          content: t('users.resetPasswordConfirm', { name }),
          okButtonProps: { danger: true },
          okText: t('common.confirm'),
          cancelText: t('common.cancel'),
          onOk: async () => {
            try {
              const r = await userActions.resetPassword(u);
              changed();
              open({ kind: 'temp', user: r.user, password: r.temporaryPassword });
            } catch (e) {
              void message.error(errorText(t, e));
            }
          },
        });
    }
  };

  const removeRole = (u: User, r: User['roles'][number]) =>
    confirmThen(
      t('users.removeRoleConfirm', {
        name: u.displayName,
        role: roleLabel(r.role, i18n.language),
        org: orgLabel(r.organisationId, r.organisationName),
      }),
      true,
      () => userActions.removeRole(u, r.id),
      t('users.roleRemoved'),
    );

  const columns: ColumnsType<User> = [
    {
      title: t('users.login'),
      dataIndex: 'login',
      width: 150,
      render: (v: string) => <span className="console-mono">{v}</span>,
    },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 140, ellipsis: true },
    {
      title: t('users.organisation'),
      key: 'organisation',
      width: 160,
      ellipsis: true,
      render: (_, u) => orgLabel(u.organisationId, u.organisationName),
    },
    {
      title: t('users.roles'),
      key: 'roles',
      render: (_, u) =>
        u.roles.map((r) => (
          <Tooltip key={r.id} title={orgLabel(r.organisationId, r.organisationName)}>
            <Tag
              color="magenta"
              variant="outlined"
              closable={manage ? { 'aria-label': t('users.removeRole') } : false}
              onClose={(e) => {
                e.preventDefault();
                removeRole(u, r);
              }}
            >
              {roleLabel(r.role, i18n.language)}
            </Tag>
          </Tooltip>
        )),
    },
    {
      title: t('users.totp'),
      dataIndex: 'totpEnrolled',
      width: 90,
      render: (on: boolean) =>
        on ? <Tag color="green">{t('users.enrolled')}</Tag> : <Tag>{t('users.notEnrolled')}</Tag>,
    },
    {
      title: t('users.state'),
      key: 'state',
      width: 120,
      render: (_, u) => (
        <>
          {u.disabled ? <Tag>{t('users.disabled')}</Tag> : null}
          {u.locked ? <Tag color="red">{t('users.locked')}</Tag> : null}
          {u.mustChangePassword && !u.disabled ? <Tag color="gold">{t('users.mustChange')}</Tag> : null}
          {!u.disabled && !u.locked && !u.mustChangePassword ? (
            <Tag color="green">{t('users.normal')}</Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      width: 165,
      render: (v: string | null) =>
        v ? (
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v, zone)}</span>
        ) : (
          <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
        ),
    },
  ];
  if (manage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, u) => (
        <Dropdown
          trigger={['click']}
          menu={{
            items: actionsFor(u, session.user.id, t),
            onClick: ({ key }) => void onAction(u, key as ActionKey),
          }}
        >
          <Button size="small">{t('common.more')}</Button>
        </Dropdown>
      ),
    });
  }
  return columns;
}
