import { eq, ne } from 'drizzle-orm';
import { AppError } from '../../core/errors';
import type { InstrumentPolicy } from '../../core/instruments/availability';
import type { Db } from '../db/client';
import type { Clock } from '../http/request-context';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';
import { permissionsOf, reviewsOf } from './repository';

/** What a public (worker) request needs to know about its federation. */
export interface PublicTenant {
  id: string;
  slug: string;
  timeZone: string;
  rootPath: string;
  isDemo: boolean;
  policy: InstrumentPolicy;
}

/**
 * Finds the federation of a public request (named, the configured default, or the only one) and its instrument
 * policy, cached briefly: every submission needs them, and they change only when staff decide something.
 * Other processes see a decision within the cache time; this one at once (invalidate).
 */
const ONLY = '\u0000only';

export class TenantDirectory {
  private readonly cache = new Map<string, { at: number; tenant: PublicTenant }>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly defaultSlug: string | undefined,
    private readonly ttlMs = 10_000,
  ) {}

  async resolve(slug?: string): Promise<PublicTenant> {
    const now = this.clock.now().getTime();
    if (!slug && !this.defaultSlug) {
      // "The only federation" is looked up once per cache period, not on every request.
      const only = this.cache.get(ONLY);
      if (only && now - only.at < this.ttlMs) return only.tenant;
      const tenant = await this.resolve(await this.onlyFederation());
      this.cache.set(ONLY, { at: now, tenant });
      return tenant;
    }
    const wanted = slug ?? (this.defaultSlug as string);
    const hit = this.cache.get(wanted);
    if (hit && now - hit.at < this.ttlMs) return hit.tenant;
    const tenant = await this.load(wanted);
    this.cache.set(wanted, { at: now, tenant });
    return tenant;
  }

  async byId(id: string): Promise<PublicTenant> {
    const [row] = await this.db.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, id));
    if (!row) throw new AppError('not_found', 'That federation does not exist');
    return this.resolve(row.slug);
  }

  invalidate(tenantId: string): void {
    for (const [slug, entry] of this.cache) if (entry.tenant.id === tenantId) this.cache.delete(slug);
  }

  private async onlyFederation(): Promise<string> {
    const rows = await this.db
      .select({ slug: tenants.slug })
      .from(tenants)
      .where(ne(tenants.kind, 'platform'))
      .limit(2);
    if (rows.length !== 1) {
      throw new AppError('tenant_required', 'Say which federation this is for (the "tenant" parameter)');
    }
    return (rows[0] as { slug: string }).slug;
  }

  private async load(slug: string): Promise<PublicTenant> {
    const [row] = await this.db.select().from(tenants).where(eq(tenants.slug, slug));
    if (!row || row.kind === 'platform')
      throw new AppError('tenant_required', `No federation with the short name "${slug}"`);
    const roots = await this.db
      .select({ path: organisations.path, parentId: organisations.parentId })
      .from(organisations)
      .where(eq(organisations.tenantId, row.id));
    const [reviews, permissions] = await Promise.all([
      reviewsOf(this.db, row.id),
      permissionsOf(this.db, row.id),
    ]);
    return {
      id: row.id,
      slug: row.slug,
      timeZone: row.timeZone,
      rootPath: roots.find((r) => r.parentId === null)?.path ?? '/',
      isDemo: row.isDemo,
      policy: {
        reviews,
        licencePermissions: new Set(permissions.map((p) => p.instrumentId)),
        commercialUse: row.commercialUse,
      },
    };
  }
}
