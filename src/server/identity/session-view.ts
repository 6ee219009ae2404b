import type { z } from 'zod';
import type { Stage } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import type { SessionInfo } from '../http/types';
import { findTenant } from '../tenancy/repository';
import { countUnusedRecoveryCodes, findUser, presentRole, rolesOfUsers } from './repository';
import type { sessionViewSchema } from './schemas';

export type SessionView = z.infer<typeof sessionViewSchema>;

/** Who is signed in, with roles and the CSRF token later writes must send. */
export async function sessionView(
  db: Db,
  session: Pick<SessionInfo, 'userId' | 'csrfToken'>,
  stage: Stage,
): Promise<SessionView> {
  const user = await findUser(db, session.userId);
  const tenant = user ? await findTenant(db, user.tenantId) : undefined;
  if (!user || !tenant) throw new AppError('unauthenticated', 'Sign in again');
  const roles = (await rolesOfUsers(db, [user.id])).get(user.id) ?? [];
  return {
    user: {
      id: user.id,
      login: user.login,
      displayName: user.displayName,
      tenantId: user.tenantId,
      organisationId: user.organisationId,
      totpEnrolled: Boolean(user.totpSecretSealed),
      mustChangePassword: user.mustChangePassword,
      recoveryCodesLeft: user.totpSecretSealed ? await countUnusedRecoveryCodes(db, user.id) : 0,
    },
    tenant: {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      nameEn: tenant.nameEn,
      kind: tenant.kind,
      timeZone: tenant.timeZone,
      isDemo: tenant.isDemo,
    },
    roles: roles.map(presentRole),
    stage,
    csrfToken: session.csrfToken,
  };
}
