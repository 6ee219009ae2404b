import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { contentDailyCounts, contentImages } from './tables';

export type ImageRow = typeof contentImages.$inferSelect;

export async function insertImage(db: Db, row: typeof contentImages.$inferInsert): Promise<ImageRow> {
  const [created] = await db.insert(contentImages).values(row).returning();
  if (!created) throw new Error('content image insert returned nothing');
  return created;
}

export async function findImage(db: Db, id: string): Promise<ImageRow | undefined> {
  const [row] = await db.select().from(contentImages).where(eq(contentImages.id, id));
  return row;
}

/** Whether an image belongs to this federation (a cover must be one of its own). */
export async function imageOfTenant(db: Db, tenantId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: contentImages.id })
    .from(contentImages)
    .where(and(eq(contentImages.tenantId, tenantId), eq(contentImages.id, id)));
  return row !== undefined;
}

/** One more read or tool use on a day: an upsert, so concurrent counts add up. */
export async function bumpDailyCount(
  db: Db,
  row: { tenantId: string; day: string; kind: 'read' | 'tool'; subject: string },
): Promise<void> {
  await db
    .insert(contentDailyCounts)
    .values({ ...row, count: 1 })
    .onConflictDoUpdate({
      target: [
        contentDailyCounts.tenantId,
        contentDailyCounts.day,
        contentDailyCounts.kind,
        contentDailyCounts.subject,
      ],
      set: { count: sql`${contentDailyCounts.count} + 1` },
    });
}

export async function dailyCounts(db: Db, tenantId: string) {
  return db.select().from(contentDailyCounts).where(eq(contentDailyCounts.tenantId, tenantId));
}
