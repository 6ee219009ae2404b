import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import { installStartingLibrary } from '../content/install';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import {
  findTenant,
  findTenantBySlug,
  insertTenant,
  listTenants,
  type NewTenant,
  type TenantRow,
} from './repository';

export const listAllTenants = (db: Db): Promise<TenantRow[]> => listTenants(db);

/** A platform operator hosts a new federation: the tenant, its root organisation, its audit chain. */
export async function createTenant(
  db: Db,
  ctx: RequestContext,
  input: Omit<NewTenant, 'isDemo'> & { kind: 'national' | 'province' | 'city' },
) {
  if (await findTenantBySlug(db, input.slug))
    throw new AppError('conflict', 'That short name is taken', { field: 'slug' });
  if (input.parentTenantId) {
    const parent = await findTenant(db, input.parentTenantId);
    if (!parent || parent.kind === 'platform')
      throw new AppError('bad_request', 'The parent federation does not exist');
    const order = { national: 0, province: 1, city: 2 } as const;
    if (order[parent.kind as keyof typeof order] >= order[input.kind]) {
      throw new AppError('bad_request', 'A federation sits under a federation of a wider level');
    }
  }
  return db.transaction(async (tx) => {
    const created = await insertTenant(tx, input);
    // A new federation starts with the library workers can read from day one.
    await installStartingLibrary(tx, created.tenant.id, { now: () => ctx.now });
    if (ctx.principal.kind === 'staff') {
      await recordAudit(tx, ctx, {
        tenantId: ctx.principal.tenantId,
        action: 'tenant.create',
        objectType: 'tenant',
        objectId: created.tenant.id,
        details: { slug: input.slug, kind: input.kind },
      });
    }
    return created;
  });
}
