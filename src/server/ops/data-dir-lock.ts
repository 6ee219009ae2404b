import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The embedded database is one process's: a pid file in DATA_DIR keeps a second server (or a restore) away. */
export const pidFilePath = (dataDir: string) => path.join(dataDir, 'server.pid');

export function runningServerPid(dataDir: string): number | null {
  const file = pidFilePath(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // stale file from a process that died
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  const other = runningServerPid(dataDir);
  if (other !== null && other !== process.pid) {
    throw new Error(
      `Another Carnation server (pid ${other}) is using ${dataDir}. Stop it first, or set DATA_DIR.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(pidFilePath(dataDir), `${process.pid}\n`);
  return () => {
    if (runningServerPid(dataDir) === process.pid) rmSync(pidFilePath(dataDir), { force: true });
  };
}
