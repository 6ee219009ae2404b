import { type Grant, grantReaches } from '../access/policy';
import { type Dimension, dimensions } from './metrics';

/**
 * Who may see the figures of which organisation (issue 8), decided from the principal's grants alone:
 * federation staff their tenant, a district or industry union its subtree, an enterprise officer their
 * enterprise only (aggregates, one dimension: their own organisations), a province's or the nation's
 * administrator at the root also a child federation (tenants.parent_tenant_id) or the roll-up of them all.
 */
export type TenantKind = 'platform' | 'national' | 'province' | 'city';

export interface ScopeTarget {
  tenantId: string;
  /** The target tenant's parent (a city's province). */
  parentTenantId: string | null;
  /** The organisation's materialised path; the tenant root's path for the whole tenant. */
  orgPath: string;
}

export interface ScopeAsk {
  /** Grants of `statistics.read` and of `statistics.workload`. */
  read: readonly Grant[];
  workload: readonly Grant[];
  /** The principal's own tenant, its kind and its root organisation's path. */
  home: { tenantId: string; kind: TenantKind; rootPath: string };
  /** One organisation (or tenant root), or the roll-up of the home tenant's children. */
  target: ScopeTarget | { rollup: true };
}

export type ScopeDecision =
  | { allowed: false }
  | {
      allowed: true;
      /** Only an enterprise officer's grants reach it: aggregates of their enterprise, nothing finer. */
      officer: boolean;
      dimensions: Dimension[];
      /** Reached as a child federation or roll-up of the home (province, nation). */
      viaParent: boolean;
    };

/** A federation administrator at the root of a province or the nation, who sees the federations below. */
export function mayRollUp(ask: Pick<ScopeAsk, 'read' | 'home'>): boolean {
  if (ask.home.kind !== 'province' && ask.home.kind !== 'national') return false;
  return ask.read.some(
    (g) =>
      g.assignment.role === 'federation_admin' &&
      g.assignment.tenantId === ask.home.tenantId &&
      g.assignment.orgPath === ask.home.rootPath,
  );
}

export function decideScope(ask: ScopeAsk): ScopeDecision {
  const t = ask.target;
  if ('rollup' in t) {
    if (!mayRollUp(ask)) return { allowed: false };
    // A roll-up adds up whole federations: by federation or service point, never by a city's own staff.
    return { allowed: true, officer: false, dimensions: ['organisation', 'service_point'], viaParent: true };
  }
  const target = { tenantId: t.tenantId, orgPath: t.orgPath };
  const reaching = ask.read.filter((g) => grantReaches(g, target));
  if (reaching.length === 0) {
    if (t.parentTenantId === ask.home.tenantId && mayRollUp(ask))
      return {
        allowed: true,
        officer: false,
        dimensions: dimensions.filter((d) => d !== 'counsellor'),
        viaParent: true,
      };
    return { allowed: false };
  }
  const officer = reaching.every((g) => g.assignment.role === 'enterprise_officer');
  if (officer) return { allowed: true, officer: true, dimensions: ['organisation'], viaParent: false };
  const workload = ask.workload.some((g) => grantReaches(g, target));
  return {
    allowed: true,
    officer: false,
    dimensions: dimensions.filter((d) => d !== 'counsellor' || workload),
    viaParent: false,
  };
}
