import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DemoCredential } from '../demo/seed';

const tsx = path.resolve('node_modules/.bin/tsx');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  output: () => string;
  credentials: () => DemoCredential[];
  exited: Promise<number | null>;
  /** Signals the server itself (tsx runs it as a child process, and SIGKILL is not passed on). */
  kill(signal: NodeJS.Signals): void;
}

/** Starts the real server (`src/server/main.ts`) as a separate process on a free port and a fresh DATA_DIR. */
export async function startServerProcess(
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<ServerProcess> {
  const dir = dataDir ?? mkdtempSync(path.join(tmpdir(), 'carnation-proc-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  let out = '';
  const child = spawn(tsx, ['src/server/main.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT: '0',
      JOBS: '0',
      WEB_DIR: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not become ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    url,
    dataDir: dir,
    output: () => out,
    credentials: () =>
      JSON.parse(readFileSync(path.join(dir, 'demo-credentials.json'), 'utf8')) as DemoCredential[],
    exited,
    kill(signal) {
      try {
        process.kill(Number(readFileSync(path.join(dir, 'server.pid'), 'utf8')), signal);
      } catch {
        child.kill(signal); // no pid file: the server never got that far, or already left
      }
    },
  };
}

/** Runs `npm run cli -- …` against a DATA_DIR; resolves with exit code and output. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['src/cli/index.ts', ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}
