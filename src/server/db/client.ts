import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is underneath. A transaction is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** What the rest of the program needs from a database connection, whatever the driver. */
export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /**
   * Raw SQL with positional parameters ($1…), for pg-boss and the few hot or intricate statements drizzle
   * cannot express well. A `name` makes it a prepared statement on a PostgreSQL server (planned once per
   * connection); the embedded database ignores it.
   */
  executeSql(text: string, values?: unknown[], name?: string): Promise<{ rows: Record<string, unknown>[] }>;
  /** The embedded instance, for backups; undefined on a PostgreSQL server. */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for a PostgreSQL server; otherwise the embedded database in dataDir/pglite. */
  databaseUrl?: string;
  dataDir?: string;
  /** Use an in-memory embedded database (tests). */
  memory?: boolean;
  /** Restore an embedded database from a backup archive when it is first opened. */
  loadDataDir?: Blob;
  poolSize?: number;
}

export const embeddedDirOf = (dataDir: string): string => path.join(dataDir, 'pglite');

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options);
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  let dir: string | undefined;
  if (!options.memory) {
    if (!options.dataDir) throw new Error('dataDir is required for the embedded database');
    dir = embeddedDirOf(options.dataDir);
    mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create(dir ? `file://${dir}` : undefined, {
    loadDataDir: options.loadDataDir,
    // Slot exclusion constraints compare uuids in a GiST index (migration 0006).
    extensions: { btree_gist },
  });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    async executeSql(text, values) {
      // PGlite's extended protocol refuses multi-statement scripts, which pg-boss sends without parameters.
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await client.query(text, values);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  // JIT compilation off: Carnation's statements are short, and on a year of a province's records the planner's
  // cost estimates switched it on for the dashboard's grouped queries, spending over a second compiling what
  // runs in a fraction of that (the statistics benchmark, bench/statistics.ts).
  const pool = new pg.Pool({ connectionString: url, max, options: '-c jit=off' });
  // An idle client that loses its server must not crash the process; the next query reports the problem.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async executeSql(text, values, name) {
      const result = await pool.query(name ? { name, text, values } : { text, values });
      return { rows: result.rows as Record<string, unknown>[] };
    },
    async close() {
      await pool.end();
    },
  };
}

/** Rows of a raw drizzle `sql` query, the same shape on both drivers. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
