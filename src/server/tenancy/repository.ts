import { randomUUID } from 'node:crypto';
import { asc, eq, ne } from 'drizzle-orm';
import { rootPath } from '../../core/organisations/tree';
import { createAuditHead } from '../audit/repository';
import type { Db } from '../db/client';
import { organisations } from '../organisations/tables';
import { tenants } from './tables';

export type TenantRow = typeof tenants.$inferSelect;

export const PLATFORM_SLUG = 'platform';

export async function findTenantBySlug(db: Db, slug: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.slug, slug));
  return row;
}

export async function findTenant(db: Db, id: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id));
  return row;
}

export async function listTenants(db: Db): Promise<TenantRow[]> {
  return db.select().from(tenants).orderBy(asc(tenants.createdAt));
}

/** Federations (every tenant but the platform itself). */
export async function countFederations(db: Db): Promise<number> {
  const rows = await db.select({ id: tenants.id }).from(tenants).where(ne(tenants.kind, 'platform'));
  return rows.length;
}

export interface NewTenant {
  kind: 'platform' | 'national' | 'province' | 'city';
  slug: string;
  name: string;
  nameEn: string;
  timeZone?: string;
  parentTenantId?: string | null;
  isDemo?: boolean;
}

/** Creates a tenant with its root organisation (the federation itself) and the empty head of its audit chain. */
export async function insertTenant(
  db: Db,
  input: NewTenant,
): Promise<{ tenant: TenantRow; rootOrganisationId: string }> {
  const [tenant] = await db
    .insert(tenants)
    .values({
      kind: input.kind,
      slug: input.slug,
      name: input.name,
      nameEn: input.nameEn,
      timeZone: input.timeZone ?? 'Asia/Shanghai',
      parentTenantId: input.parentTenantId ?? null,
      isDemo: input.isDemo ?? false,
    })
    .returning();
  if (!tenant) throw new Error('tenant insert returned nothing');
  const rootId = randomUUID();
  await db.insert(organisations).values({
    id: rootId,
    tenantId: tenant.id,
    parentId: null,
    path: rootPath(rootId),
    kind: 'federation',
    name: input.name,
    nameEn: input.nameEn,
  });
  await createAuditHead(db, tenant.id);
  return { tenant, rootOrganisationId: rootId };
}

export async function rootOrganisationOf(db: Db, tenantId: string): Promise<string | undefined> {
  const rows = await db
    .select({ id: organisations.id, parentId: organisations.parentId })
    .from(organisations)
    .where(eq(organisations.tenantId, tenantId));
  return rows.find((r) => r.parentId === null)?.id;
}

/** The platform tenant holds platform operators and audit events that belong to no federation. */
export async function ensurePlatformTenant(db: Db): Promise<TenantRow> {
  const existing = await findTenantBySlug(db, PLATFORM_SLUG);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    const again = await findTenantBySlug(tx, PLATFORM_SLUG);
    if (again) return again;
    const { tenant } = await insertTenant(tx, {
      kind: 'platform',
      slug: PLATFORM_SLUG,
      name: '康乃馨平台',
      nameEn: 'Carnation platform',
    });
    return tenant;
  });
}
