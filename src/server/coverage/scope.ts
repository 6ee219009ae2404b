import { grantsFor, mayPerformOn } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { findOrg, type OrgRef, tenantRoot } from './repository';

const outside = () =>
  new AppError('forbidden', '这个组织不在您可查看的范围内 (this organisation is outside what you may see)');

/**
 * The organisation whose enterprises the map counts: the one asked for, if the viewer's coverage.read
 * reaches it (else 403, whether it exists or not), or by default the viewer's own reach — the tenant's root
 * for a tenant-wide grant, else their assignment's organisation.
 */
export async function coverageScope(db: Db, ctx: RequestContext, organisationId?: string): Promise<OrgRef> {
  const p = ctx.principal;
  if (organisationId) {
    const org = await findOrg(db, organisationId);
    if (!org || !mayPerformOn(p, 'coverage.read', { tenantId: org.tenantId, orgPath: org.path }))
      throw outside();
    return org;
  }
  const grants = grantsFor(p, 'coverage.read');
  const wide = grants.find((g) => g.scope !== 'subtree');
  const grant = wide ?? grants[0];
  if (!grant) throw outside();
  const org = wide
    ? await tenantRoot(db, grant.assignment.tenantId)
    : await findOrg(db, grant.assignment.organisationId);
  if (!org) throw outside();
  return org;
}
