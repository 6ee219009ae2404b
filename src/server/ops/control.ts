import { chmodSync, existsSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { isAppError } from '../../core/errors';
import { type Args, type CommandEnv, type CommandResult, databaseCommands } from './commands';

/**
 * The embedded database belongs to one process. While a server runs, operator commands (backup, create-admin,
 * audit-verify…) reach it through a Unix socket in DATA_DIR, readable only by the owner, and run inside it.
 */
export const controlSocketPath = (dataDir: string) => path.join(dataDir, 'control.sock');

export async function startControlChannel(
  dataDir: string,
  env: CommandEnv & { log: FastifyBaseLogger },
): Promise<{ close(): Promise<void> }> {
  const socket = controlSocketPath(dataDir);
  if (existsSync(socket)) rmSync(socket); // left by a process that died; the data-dir lock proved it is gone
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      void (async () => {
        let result: CommandResult;
        try {
          const { command, args } = JSON.parse(body) as { command: string; args: Args };
          const run = databaseCommands[command];
          result = run ? await run(env, args ?? {}) : { exitCode: 2, output: `Unknown command ${command}` };
          env.log.info({ command, exitCode: result.exitCode }, 'operator command');
        } catch (err) {
          result = {
            exitCode: isAppError(err) ? 2 : 1,
            output: err instanceof Error ? err.message : String(err),
          };
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      })();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  chmodSync(socket, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(socket, { force: true });
      }),
  };
}

/** Runs a command in the server that owns dataDir; null when no server answers there. */
export async function runInServer(
  dataDir: string,
  command: string,
  args: Args,
): Promise<CommandResult | null> {
  const socket = controlSocketPath(dataDir);
  if (!existsSync(socket)) return null;
  return new Promise((resolve) => {
    const req = http.request({ socketPath: socket, path: '/run', method: 'POST' }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => {
        data += c.toString('utf8');
      });
      res.on('end', () => resolve(JSON.parse(data) as CommandResult));
    });
    req.on('error', () => resolve(null));
    req.end(JSON.stringify({ command, args }));
  });
}
