import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Reach } from '../../core/access/policy';
import type { Db } from '../db/client';
import { withinReach } from '../identity/repository';
import { organisations } from './tables';

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function listOrganisations(
  db: Db,
  reach: Reach,
  filter: { tenantId?: string; includeInactive: boolean },
): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(
      and(
        withinReach(reach, organisations.tenantId, organisations.path),
        filter.tenantId ? eq(organisations.tenantId, filter.tenantId) : undefined,
        filter.includeInactive ? undefined : eq(organisations.active, true),
      ),
    )
    .orderBy(asc(organisations.tenantId), asc(organisations.path));
}

export async function insertOrganisation(
  db: Db,
  values: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('organisation insert returned nothing');
  return row;
}

export async function updateOrganisation(
  db: Db,
  id: string,
  values: Partial<typeof organisations.$inferInsert>,
) {
  const [row] = await db.update(organisations).set(values).where(eq(organisations.id, id)).returning();
  return row;
}

/** Re-roots every path in a moved subtree in one statement. */
export async function movePaths(db: Db, tenantId: string, oldPath: string, newPath: string): Promise<void> {
  await db
    .update(organisations)
    .set({ path: sql`${newPath} || substr(${organisations.path}, ${oldPath.length + 1})` })
    .where(and(eq(organisations.tenantId, tenantId), like(organisations.path, `${oldPath}%`)));
}

export async function countActiveChildren(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(organisations)
    .where(and(eq(organisations.parentId, id), eq(organisations.active, true)));
  return Number(row?.n ?? 0);
}
