import { and, asc, isNotNull, notLike, type SQL, sql } from 'drizzle-orm';
import { DecryptionError, type FieldCipher } from '../../core/crypto/field-cipher';
import type { Db } from '../db/client';
import { type SealedColumn, sealedColumns } from './sealed-columns';

export interface ColumnReport {
  column: string;
  resealed: number;
  /** Values that failed to open (changed, or sealed with a key this process lacks): left as they are. */
  unreadable: number;
}

const tuple = (parts: SQL[]) => sql`(${sql.join(parts, sql`, `)})`;

/**
 * Re-seals every value of one column that is not on the cipher's current key, a batch at a time, walking
 * the rows in key order (so an unreadable value is reported once and skipped, never retried forever). A
 * value changed meanwhile by the application is left alone: the application sealed it with the current key.
 */
async function reencryptColumn(
  db: Db,
  cipher: FieldCipher,
  c: SealedColumn,
  batch: number,
): Promise<ColumnReport> {
  const keyNames = Object.keys(c.keys);
  const keyCols = Object.values(c.keys);
  const report: ColumnReport = { column: c.name, resealed: 0, unreadable: 0 };
  let after: unknown[] | null = null;
  for (;;) {
    const where = [isNotNull(c.sealed), notLike(c.sealed, `v1.${cipher.currentKeyId}.%`)];
    if (after)
      where.push(sql`${tuple(keyCols.map((k) => sql`${k}`))} > ${tuple(after.map((v) => sql`${v}`))}`);
    const rows = (await db
      .select({ ...c.keys, sealed: c.sealed })
      .from(c.table)
      .where(and(...where))
      .orderBy(...keyCols.map((k) => asc(k)))
      .limit(batch)) as Record<string, unknown>[];
    if (rows.length === 0) return report;
    for (const row of rows) {
      const old = row.sealed as string;
      let fresh: string;
      try {
        fresh = cipher.encrypt(cipher.decrypt(old, c.aad(row)), c.aad(row));
      } catch (err) {
        if (!(err instanceof DecryptionError)) throw err;
        report.unreadable += 1;
        continue;
      }
      const match = keyCols.map((k, i) => sql`${k} = ${row[keyNames[i] as string]}`);
      const updated = await db.execute(
        sql`update ${c.table} set ${sql.identifier(c.sealed.name)} = ${fresh} where ${sql.join(match, sql` and `)} and ${c.sealed} = ${old} returning 1 as one`,
      );
      if ((updated as unknown as { rows: unknown[] }).rows.length > 0) report.resealed += 1;
    }
    const last = rows.at(-1) as Record<string, unknown>;
    after = keyNames.map((k) => last[k]);
  }
}

/** Re-seals every sealed value of the schema onto the current key. Safe to run again, and while serving. */
export async function reencryptAll(db: Db, cipher: FieldCipher, batch = 500): Promise<ColumnReport[]> {
  const reports: ColumnReport[] = [];
  for (const c of sealedColumns) reports.push(await reencryptColumn(db, cipher, c, batch));
  return reports;
}

/** How many values each key seals, per column: what is left on an old key before it may be retired. */
export async function keyCensus(db: Db): Promise<{ column: string; byKey: Record<string, number> }[]> {
  const out: { column: string; byKey: Record<string, number> }[] = [];
  for (const c of sealedColumns) {
    const rows = await db
      .select({ key: sql<string>`split_part(${c.sealed}, '.', 2)`, n: sql<number>`count(*)::int` })
      .from(c.table)
      .where(isNotNull(c.sealed))
      .groupBy(sql`1`);
    out.push({ column: c.name, byKey: Object.fromEntries(rows.map((r) => [r.key, Number(r.n)])) });
  }
  return out;
}
