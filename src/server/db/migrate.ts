import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database, Schema } from './client';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies every pending SQL migration. Both drivers read the same folder. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
  } else {
    // Two processes starting together must not both migrate: serialise on an advisory lock.
    await database.executeSql('select pg_advisory_lock(727274)');
    try {
      await migratePg(database.db as unknown as NodePgDatabase<Schema>, { migrationsFolder });
    } finally {
      await database.executeSql('select pg_advisory_unlock(727274)');
    }
  }
}

/** Number of migrations this code expects, from drizzle-kit's journal. */
export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** True when the database has every migration this code expects (readiness). */
export async function isMigrated(database: Database): Promise<boolean> {
  try {
    const { rows } = await database.executeSql(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
      [],
    );
    return Number(rows[0]?.n ?? 0) >= expectedMigrationCount();
  } catch {
    return false;
  }
}
