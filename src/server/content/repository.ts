import {
  and,
  arrayContains,
  asc,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lte,
  ne,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { contentHistory, contentItems, contentVersions } from './tables';

export type ItemRow = typeof contentItems.$inferSelect;
export type VersionRow = typeof contentVersions.$inferSelect;
export type NewVersion = typeof contentVersions.$inferInsert;
export type HistoryRow = typeof contentHistory.$inferSelect;

/** An item with one of its versions (the current one for staff, the published one for workers). */
export interface ItemWithVersion {
  item: ItemRow;
  version: VersionRow;
}

export async function findItem(
  db: Db,
  tenantId: string,
  id: string,
  lock = false,
): Promise<ItemRow | undefined> {
  const q = db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.tenantId, tenantId), eq(contentItems.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function slugsOf(db: Db, tenantId: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: contentItems.slug })
    .from(contentItems)
    .where(eq(contentItems.tenantId, tenantId));
  return new Set(rows.map((r) => r.slug));
}

export async function insertItem(db: Db, row: typeof contentItems.$inferInsert): Promise<ItemRow> {
  const [created] = await db.insert(contentItems).values(row).returning();
  if (!created) throw new Error('content item insert returned nothing');
  return created;
}

export async function updateItem(
  db: Db,
  id: string,
  patch: Partial<typeof contentItems.$inferInsert>,
): Promise<ItemRow> {
  const [row] = await db.update(contentItems).set(patch).where(eq(contentItems.id, id)).returning();
  if (!row) throw new Error('content item update returned nothing');
  return row;
}

export async function insertVersion(db: Db, row: NewVersion): Promise<VersionRow> {
  const [created] = await db.insert(contentVersions).values(row).returning();
  if (!created) throw new Error('content version insert returned nothing');
  return created;
}

export async function markReviewed(db: Db, itemId: string, version: number, by: string | null, at: Date) {
  await db
    .update(contentVersions)
    .set({ reviewedBy: by, reviewedAt: at })
    .where(and(eq(contentVersions.itemId, itemId), eq(contentVersions.version, version)));
}

export async function findVersion(db: Db, itemId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(contentVersions)
    .where(and(eq(contentVersions.itemId, itemId), eq(contentVersions.version, version)));
  return row;
}

export async function versionListOf(db: Db, itemId: string) {
  return db
    .select({
      version: contentVersions.version,
      savedAt: contentVersions.savedAt,
      savedBy: contentVersions.savedBy,
      note: contentVersions.note,
    })
    .from(contentVersions)
    .where(eq(contentVersions.itemId, itemId))
    .orderBy(desc(contentVersions.version));
}

export async function insertHistory(db: Db, row: typeof contentHistory.$inferInsert): Promise<void> {
  await db.insert(contentHistory).values(row);
}

export async function historyOf(db: Db, itemId: string): Promise<HistoryRow[]> {
  return db
    .select()
    .from(contentHistory)
    .where(eq(contentHistory.itemId, itemId))
    .orderBy(asc(contentHistory.id));
}

/** Items with their current version, for the console's list; `tokens` narrows to those containing them all. */
export async function staffItems(
  db: Db,
  tenantId: string,
  filter: { status?: string; kind?: string; tokens?: string[] },
): Promise<ItemWithVersion[]> {
  const where: SQL[] = [eq(contentItems.tenantId, tenantId)];
  if (filter.status) where.push(eq(contentItems.status, filter.status));
  if (filter.kind) where.push(eq(contentItems.kind, filter.kind));
  if (filter.tokens?.length) where.push(arrayContains(contentVersions.searchTokens, filter.tokens));
  const rows = await db
    .select({ item: contentItems, version: contentVersions })
    .from(contentItems)
    .innerJoin(
      contentVersions,
      and(
        eq(contentVersions.itemId, contentItems.id),
        eq(contentVersions.version, contentItems.currentVersion),
      ),
    )
    .where(and(...where))
    .orderBy(desc(contentItems.updatedAt))
    .limit(500);
  return rows;
}

/**
 * What workers may see: the published version of every item that is not archived, newest first. A draft or a
 * scheduled version written over it never shows here (the join is on `published_version`).
 */
export async function publishedItems(
  db: Db,
  tenantId: string,
  filter: { kind?: string; topic?: string; slug?: string; id?: string; tokens?: string[] },
): Promise<ItemWithVersion[]> {
  const where: SQL[] = [
    eq(contentItems.tenantId, tenantId),
    isNotNull(contentItems.publishedVersion),
    ne(contentItems.status, 'archived'),
  ];
  if (filter.kind) where.push(eq(contentVersions.kind, filter.kind));
  if (filter.topic) where.push(arrayContains(contentVersions.topics, [filter.topic]));
  if (filter.slug) where.push(eq(contentItems.slug, filter.slug));
  if (filter.id) where.push(eq(contentItems.id, filter.id));
  if (filter.tokens) where.push(arrayContains(contentVersions.searchTokens, filter.tokens));
  return db
    .select({ item: contentItems, version: contentVersions })
    .from(contentItems)
    .innerJoin(
      contentVersions,
      and(
        eq(contentVersions.itemId, contentItems.id),
        eq(contentVersions.version, contentItems.publishedVersion),
      ),
    )
    .where(and(...where))
    .orderBy(desc(contentItems.firstPublishedAt), asc(contentItems.slug))
    .limit(1000);
}

/** Scheduled items due by `now`, locked so that two processes running the job never publish one twice. */
export async function dueScheduled(db: Db, now: Date): Promise<ItemRow[]> {
  return db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.status, 'scheduled'), lte(contentItems.publishAt, now)))
    .orderBy(asc(contentItems.publishAt))
    .limit(100)
    .for('update', { skipLocked: true });
}

/** Display names of staff, for the console (ids a page refers to, at most a few dozen). */
export async function displayNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The materialised path of the federation's root organisation, for checks of federation-wide actions. */
export async function rootPathOf(db: Db, tenantId: string): Promise<string | undefined> {
  const rows = await db
    .select({ path: organisations.path })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), isNull(organisations.parentId)));
  return rows[0]?.path;
}
