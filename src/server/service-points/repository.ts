import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { tenants } from '../tenancy/tables';
import { servicePoints } from './tables';

export type ServicePointRow = typeof servicePoints.$inferSelect;

export async function listPublicServicePoints(db: Db, tenantSlug?: string): Promise<ServicePointRow[]> {
  const rows = await db
    .select({ sp: servicePoints })
    .from(servicePoints)
    .innerJoin(tenants, eq(tenants.id, servicePoints.tenantId))
    .where(and(eq(servicePoints.active, true), tenantSlug ? eq(tenants.slug, tenantSlug) : undefined))
    .orderBy(asc(servicePoints.name));
  return rows.map((r) => r.sp);
}

export async function insertServicePoint(
  db: Db,
  values: typeof servicePoints.$inferInsert,
): Promise<ServicePointRow> {
  const [row] = await db.insert(servicePoints).values(values).returning();
  if (!row) throw new Error('service point insert returned nothing');
  return row;
}
