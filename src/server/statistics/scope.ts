import { grantsFor, type Principal } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { decideScope, mayRollUp, type TenantKind } from '../../core/statistics/scope';
import type { Db } from '../db/client';
import { childTenants, rootOrganisation, subtreeOrganisations, tenantById } from './repository';

/**
 * What a viewer may pick on the dashboard (issue 8): their own federation and, for a province's or the
 * nation's administrator at the root, the federations below; the organisations in their reach with whether
 * each has children to drill into; where the dashboard opens.
 */
export async function listScopes(db: Db, principal: Principal) {
  if (principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in first');
  const home = await tenantById(db, principal.tenantId);
  const root = await rootOrganisation(db, principal.tenantId);
  if (!home || !root) throw new AppError('forbidden', 'No federation');
  const read = grantsFor(principal, 'statistics.read');
  const workload = grantsFor(principal, 'statistics.workload');
  const homeAsk = { tenantId: home.id, kind: home.kind as TenantKind, rootPath: root.path };
  const canRollUp = mayRollUp({ read, home: homeAsk });
  const cities = canRollUp ? await childTenants(db, home.id) : [];
  const whole = read.some((g) => g.scope !== 'subtree');
  const paths = whole ? [null] : read.map((g) => g.assignment.orgPath);
  const seen = new Map<string, Awaited<ReturnType<typeof subtreeOrganisations>>[number]>();
  for (const p of paths) for (const o of await subtreeOrganisations(db, [home.id], p)) seen.set(o.id, o);
  const orgs = [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
  const parents = new Set(orgs.map((o) => o.parentId).filter(Boolean));
  const defaultOrganisationId = whole ? root.id : (read[0]?.assignment.organisationId ?? null);
  const here = defaultOrganisationId ? seen.get(defaultOrganisationId) : undefined;
  const decision = here
    ? decideScope({
        read,
        workload,
        home: homeAsk,
        target: { tenantId: home.id, parentTenantId: home.parentTenantId, orgPath: here.path },
      })
    : { allowed: false as const };
  return {
    tenants: [home, ...cities].map((t) => ({ id: t.id, name: t.name, nameEn: t.nameEn, kind: t.kind })),
    organisations: orgs.map((o) => ({
      id: o.id,
      parentId: o.parentId,
      name: o.name,
      nameEn: o.nameEn,
      kind: o.kind,
      drillable: parents.has(o.id),
    })),
    defaultOrganisationId,
    dimensions: decision.allowed ? decision.dimensions : [],
    canRollUp: canRollUp && cities.length > 0,
  };
}
