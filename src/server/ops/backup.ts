import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { embeddedDirOf, openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { runningServerPid } from './data-dir-lock';

/**
 * A backup of the embedded database is one gzipped tar of its data directory, taken by the process that owns
 * it. PGlite runs one statement at a time, so the snapshot holds every write acknowledged before it began.
 */
export async function backupEmbedded(pglite: PGlite, file: string): Promise<{ file: string; bytes: number }> {
  const blob = await pglite.dumpDataDir('gzip');
  const bytes = Buffer.from(await blob.arrayBuffer());
  const target = path.resolve(file);
  const tmp = `${target}.partial`;
  writeFileSync(tmp, bytes, { mode: 0o600 });
  renameSync(tmp, target);
  return { file: target, bytes: bytes.length };
}

/**
 * Replaces the embedded database with a backup. The server must be stopped (a running server would keep
 * writing to the old files). The replaced directory is kept beside it, never deleted.
 */
export async function restoreEmbedded(dataDir: string, file: string): Promise<{ keptAs: string | null }> {
  const pid = runningServerPid(dataDir);
  if (pid !== null)
    throw new Error(`A Carnation server (pid ${pid}) is running on ${dataDir}; stop it before restoring.`);
  if (!existsSync(file)) throw new Error(`No backup file at ${file}`);
  const archive = new Blob([readFileSync(file)]);
  const dir = embeddedDirOf(dataDir);
  let keptAs: string | null = null;
  if (existsSync(dir)) {
    keptAs = `${dir}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dir, keptAs);
  }
  try {
    const database = await openDatabase({ dataDir, loadDataDir: archive });
    try {
      await migrate(database); // a backup from an older version is brought up to date
    } finally {
      await database.close();
    }
  } catch (err) {
    if (keptAs) renameSync(keptAs, dir);
    throw err;
  }
  return { keptAs };
}
