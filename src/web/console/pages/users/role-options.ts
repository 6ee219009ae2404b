import { staffRoles } from '../../../../core/access/roles';
import { holdsRole, roleLabel } from '../../lib/access';
import type { Session } from '../../lib/types';

/** Roles the user could grant: platform operator only by a platform operator (the server checks the rest). */
export const roleOptions = (session: Session, lang: string) =>
  staffRoles
    .filter((r) => r !== 'platform_operator' || holdsRole(session, 'platform_operator'))
    .map((r) => ({ value: r, label: roleLabel(r, lang) }));
