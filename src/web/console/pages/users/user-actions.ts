import type { TFunction } from 'i18next';
import { call } from '../../lib/call';
import type { User, UserWithPassword } from '../../lib/types';

/** The writes behind the row actions; each answers with the changed account (or its new temporary password). */
export const userActions = {
  setDisabled: (u: User, disabled: boolean) => call<User>('PATCH', `/api/v1/users/${u.id}`, { disabled }),
  unlock: (u: User) => call<User>('PATCH', `/api/v1/users/${u.id}`, { unlock: true }),
  resetPassword: (u: User) => call<UserWithPassword>('POST', `/api/v1/users/${u.id}/password-reset`),
  resetTotp: (u: User) => call<User>('POST', `/api/v1/users/${u.id}/totp-reset`),
  removeRole: (u: User, assignmentId: string) =>
    call<User>('DELETE', `/api/v1/users/${u.id}/roles/${assignmentId}`),
};

export type ActionKey = 'edit' | 'disable' | 'enable' | 'unlock' | 'resetPassword' | 'resetTotp' | 'grant';

/** Which row actions make sense for an account (one cannot disable oneself; unlock only when locked). */
export function actionsFor(
  u: User,
  selfId: string,
  t: TFunction,
): { key: ActionKey; label: string; danger?: boolean }[] {
  const items: { key: ActionKey; label: string; danger?: boolean }[] = [
    { key: 'edit', label: t('users.editAction') },
    { key: 'grant', label: t('users.grantAction') },
    { key: 'resetPassword', label: t('users.resetPasswordAction') },
  ];
  if (u.totpEnrolled) items.push({ key: 'resetTotp', label: t('users.resetTotpAction') });
  if (u.locked) items.push({ key: 'unlock', label: t('users.unlockAction') });
  if (u.id !== selfId) {
    items.push(
      u.disabled
        ? { key: 'enable', label: t('users.enableAction') }
        : { key: 'disable', label: t('users.disableAction'), danger: true },
    );
  }
  return items;
}
