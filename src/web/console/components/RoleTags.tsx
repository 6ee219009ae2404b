import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '../lib/access';
import type { RoleAssignment } from '../lib/types';

/** Roles as tags in the reader's language, with the organisation each is held at on hover. */
export function RoleTags({ roles, max }: { roles: RoleAssignment[]; max?: number }) {
  const { i18n } = useTranslation();
  const shown = max ? roles.slice(0, max) : roles;
  return (
    <>
      {shown.map((r) => (
        <Tooltip key={r.id} title={r.organisationName}>
          <Tag color="magenta" variant="outlined">
            {roleLabel(r.role, i18n.language)}
          </Tag>
        </Tooltip>
      ))}
      {max && roles.length > max ? <Tag>+{roles.length - max}</Tag> : null}
    </>
  );
}
