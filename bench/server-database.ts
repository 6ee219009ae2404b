// A database of its own on the PostgreSQL server for one benchmark, with the demo federation loaded.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { FieldCipher } from '../src/core/crypto/field-cipher';
import { prepareDatabase } from '../src/server/boot';
import { type Config, loadConfig } from '../src/server/config';
import { type Database, openDatabase } from '../src/server/db/client';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

export async function benchDatabase(options: { poolSize?: number } = {}): Promise<BenchDatabase> {
  const name = `carnation_bench_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    DEMO: '1',
    RATE_LIMIT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/tmp/carnation-bench',
  });
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: options.poolSize });
  const cipher = new FieldCipher([{ id: 'bench', key: randomBytes(32) }], 'bench');
  await prepareDatabase(database, config, cipher);
  return {
    config,
    database,
    cipher,
    async drop() {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
