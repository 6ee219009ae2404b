import { policy } from '../../../core/access/policy';
import { isStaffRole } from '../../../core/access/roles';
import type { PolicyAction } from './access';
import { buildOrgForest, subtreeIds } from './org-tree';
import type { Organisation, Session } from './types';

/**
 * The organisations the user may perform an action on, by the same rule the server applies: a platform
 * grant reaches every one, a tenant grant the whole federation, a subtree grant the organisation and what is
 * below it. Used to offer only choices that will not be refused (the server checks again).
 */
export function organisationsAllowed(
  session: Session,
  action: PolicyAction,
  orgs: readonly Organisation[],
): Organisation[] {
  const grants = session.roles.flatMap((r) => {
    const scope = isStaffRole(r.role) ? policy[action][r.role] : undefined;
    return scope ? [{ scope, organisationId: r.organisationId }] : [];
  });
  if (grants.some((g) => g.scope === 'platform')) return [...orgs];
  if (grants.some((g) => g.scope === 'tenant')) return orgs.filter((o) => o.tenantId === session.tenant.id);
  const forest = buildOrgForest([...orgs]);
  const ids = new Set(grants.flatMap((g) => [...subtreeIds(forest, g.organisationId)]));
  return orgs.filter((o) => ids.has(o.id));
}
