import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { linkedDiaries, linkedGroups } from './tables';

/** One linked copy as the use-case handles it, whichever table holds it. */
export interface LinkedRow {
  identityId: string;
  tenantId: string;
  sealed: string;
  count: number;
  updatedAt: Date;
}

export interface LinkedStore {
  find(db: Db, identityId: string, lock?: boolean): Promise<LinkedRow | undefined>;
  /** False when a row was there already (another phone linked first). */
  insert(db: Db, row: LinkedRow): Promise<boolean>;
  update(db: Db, row: LinkedRow): Promise<void>;
  remove(db: Db, identityId: string): Promise<boolean>;
}

export const diaryStore: LinkedStore = {
  async find(db, identityId, lock = false) {
    const q = db.select().from(linkedDiaries).where(eq(linkedDiaries.identityId, identityId));
    const [row] = lock ? await q.for('update') : await q;
    return row && { ...row, sealed: row.entriesSealed, count: row.entryCount };
  },
  async insert(db, r) {
    const rows = await db
      .insert(linkedDiaries)
      .values({ ...r, entriesSealed: r.sealed, entryCount: r.count })
      .onConflictDoNothing()
      .returning({ id: linkedDiaries.identityId });
    return rows.length === 1;
  },
  async update(db, r) {
    await db
      .update(linkedDiaries)
      .set({ entriesSealed: r.sealed, entryCount: r.count, updatedAt: r.updatedAt })
      .where(eq(linkedDiaries.identityId, r.identityId));
  },
  async remove(db, identityId) {
    const rows = await db
      .delete(linkedDiaries)
      .where(eq(linkedDiaries.identityId, identityId))
      .returning({ id: linkedDiaries.identityId });
    return rows.length === 1;
  },
};

export const groupsStore: LinkedStore = {
  async find(db, identityId, lock = false) {
    const q = db.select().from(linkedGroups).where(eq(linkedGroups.identityId, identityId));
    const [row] = lock ? await q.for('update') : await q;
    return row && { ...row, sealed: row.groupsSealed, count: 0 };
  },
  async insert(db, r) {
    const rows = await db
      .insert(linkedGroups)
      .values({
        identityId: r.identityId,
        tenantId: r.tenantId,
        groupsSealed: r.sealed,
        updatedAt: r.updatedAt,
      })
      .onConflictDoNothing()
      .returning({ id: linkedGroups.identityId });
    return rows.length === 1;
  },
  async update(db, r) {
    await db
      .update(linkedGroups)
      .set({ groupsSealed: r.sealed, updatedAt: r.updatedAt })
      .where(eq(linkedGroups.identityId, r.identityId));
  },
  async remove(db, identityId) {
    const rows = await db
      .delete(linkedGroups)
      .where(eq(linkedGroups.identityId, identityId))
      .returning({ id: linkedGroups.identityId });
    return rows.length === 1;
  },
};
