import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';

/**
 * The drivers every database test runs on: PGlite always, and a PostgreSQL server when TEST_DATABASE_URL is
 * set. Each test file gets a database of its own on the server, so files run in parallel unseen by each other.
 */
export interface TestDriver {
  name: 'pglite' | 'postgres';
  open(): Promise<TestDatabase>;
}

export interface TestDatabase {
  database: Database;
  /** The connection string of this test's own database (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
}

// Test code may read the environment; the application reads it only through config.ts.
const serverUrl = process.env.TEST_DATABASE_URL;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const testDrivers: TestDriver[] = [
  {
    name: 'pglite',
    async open() {
      const database = await openDatabase({ memory: true });
      await migrate(database);
      return { database, drop: () => database.close() };
    },
  },
  ...(serverUrl
    ? [
        {
          name: 'postgres' as const,
          async open() {
            const name = `carnation_t_${randomBytes(6).toString('hex')}`;
            await adminQuery(`create database ${name}`);
            const url = withDatabase(serverUrl, name);
            const database = await openDatabase({ databaseUrl: url, poolSize: 20 });
            await migrate(database);
            return {
              database,
              url,
              async drop() {
                await database.close();
                await adminQuery(`drop database if exists ${name} with (force)`);
              },
            };
          },
        },
      ]
    : []),
];

export const postgresDriver = testDrivers.find((d) => d.name === 'postgres');
