import { and, asc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/client';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';
import type { StatsFilter, TimeWindow } from './query-types';

/** SQL building blocks the statistics queries share, and the look-ups of the scope. */
export const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** `col in (tenants)` */
export const inTenants = (col: SQL, f: StatsFilter) => sql`${col} in (${uuidList(f.tenantIds)})`;

/**
 * The organisation filter on an attributed path column: inside the subtree, or everything (attributed or not)
 * for the whole tenant.
 */
export const inSubtree = (path: SQL, f: StatsFilter) =>
  f.orgPath === null ? sql`true` : sql`${path} like ${`${f.orgPath}%`}`;

export const inWindow = (col: SQL, w: TimeWindow) => sql`${col} >= ${ts(w.from)} and ${col} < ${ts(w.to)}`;

/** The trend's buckets as a VALUES list (i, from, to), for one grouped query over all of them. */
export const bucketValues = (buckets: readonly TimeWindow[]) =>
  sql.join(
    buckets.map((b, i) => sql`(${i}::int, ${ts(b.from)}, ${ts(b.to)})`),
    sql`, `,
  );

/** The scope's children as a VALUES list (id, path), for an organisation breakdown in one query. */
export const childValues = (childPaths: Record<string, string>) =>
  sql.join(
    Object.entries(childPaths).map(([id, p]) => sql`(${id}::text, ${p}::text)`),
    sql`, `,
  );

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export type TenantRow = typeof tenants.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;

export async function tenantById(db: Db, id: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id));
  return row;
}

export async function childTenants(db: Db, parentId: string): Promise<TenantRow[]> {
  return db.select().from(tenants).where(eq(tenants.parentTenantId, parentId)).orderBy(asc(tenants.slug));
}

export async function organisationById(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function rootOrganisation(db: Db, tenantId: string): Promise<OrganisationRow | undefined> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select id from ${organisations} where tenant_id = ${tenantId}::uuid and parent_id is null limit 1`,
  );
  return rows[0] ? organisationById(db, rows[0].id) : undefined;
}

/** Organisations of a subtree (active ones), parents before children. */
export async function subtreeOrganisations(db: Db, tenantIds: string[], path: string | null) {
  return db
    .select()
    .from(organisations)
    .where(
      and(
        inArray(organisations.tenantId, tenantIds),
        eq(organisations.active, true),
        path ? like(organisations.path, `${path}%`) : undefined,
      ),
    )
    .orderBy(asc(organisations.path));
}

export async function childOrganisations(db: Db, parentId: string) {
  return db
    .select()
    .from(organisations)
    .where(and(eq(organisations.parentId, parentId), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
}

/** Organisations by id (the ancestors on a path, for the breadcrumb). */
export async function organisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}

/** Which of these organisations have children (drillable rows). */
export async function withChildren(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await rowsOf<{ parent_id: string }>(
    db,
    sql`select distinct parent_id from ${organisations} where active and parent_id in (${uuidList(ids)})`,
  );
  return new Set(rows.map((r) => r.parent_id));
}
