import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../core/access/roles';
import { type ActionNeed, roleLabel, rolesFor } from '../lib/access';
import { HomeButton } from './HomeButton';

/** The permission message: which roles would open the page (when known) and the way home. */
export function Denied({ action, roles: needed }: { action?: ActionNeed; roles?: readonly StaffRole[] }) {
  const { t, i18n } = useTranslation();
  const roles = (action ? rolesFor(action) : (needed ?? [])).map((r) => roleLabel(r, i18n.language));
  const separator = i18n.language === 'en' ? ', ' : '、';
  return (
    <Result
      status="403"
      title={t('denied.title')}
      subTitle={roles.length ? t('denied.needs', { roles: roles.join(separator) }) : t('denied.generic')}
      extra={<HomeButton />}
    />
  );
}
