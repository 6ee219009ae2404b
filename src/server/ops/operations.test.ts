import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../../core/identity/totp';
import { openDatabase } from '../db/client';
import { runCli, type ServerProcess, startServerProcess } from '../testing/process';

/** Signs in to a running server as a demo role over real HTTP. */
async function signIn(server: ServerProcess, role: string) {
  const c = server.credentials().find((x) => x.role === role);
  if (!c) throw new Error(role);
  const res = await fetch(`${server.url}/api/v1/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: c.login, password: c.password, totp: totpAt(c.totpSecret, Date.now()) }),
  });
  const body = (await res.json()) as { csrfToken: string; user: { organisationId: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { cookie, csrf: body.csrfToken, org: body.user.organisationId };
}

describe('operating a running server (embedded database)', () => {
  let server: ServerProcess;
  const scratch = mkdtempSync(path.join(tmpdir(), 'carnation-ops-'));
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(async () => {
    if (server.child.exitCode === null) server.kill('SIGKILL');
    rmSync(server.dataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('backs up while writes go on, and the backup holds every write acknowledged before it began', async () => {
    const admin = await signIn(server, 'federation_admin');
    const acknowledged: { id: string; at: number }[] = [];
    let writing = true;
    let failures = 0;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const res = await fetch(`${server.url}/api/v1/organisations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
          body: JSON.stringify({ parentId: admin.org, kind: 'enterprise_union', name: `备份期间写入 ${i}` }),
        });
        if (res.status === 201)
          acknowledged.push({ id: ((await res.json()) as { id: string }).id, at: Date.now() });
        else failures++;
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    const backupStarted = Date.now();
    const file = path.join(scratch, 'live.tar.gz');
    const backup = await runCli(['backup', '--out', file], { DATA_DIR: server.dataDir });
    writing = false;
    await writer;
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain('Backup written');
    expect(failures).toBe(0);

    const restoredDir = path.join(scratch, 'restored');
    const restore = await runCli(['restore', file], { DATA_DIR: restoredDir });
    expect(restore.code, restore.output).toBe(0);
    const restored = await openDatabase({ dataDir: restoredDir });
    try {
      const { rows } = await restored.executeSql('select id from organisations', []);
      const present = new Set(rows.map((r) => String(r.id)));
      const before = acknowledged.filter((a) => a.at < backupStarted);
      expect(before.length).toBeGreaterThan(0);
      expect(before.filter((a) => !present.has(a.id))).toEqual([]);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore over a running server', async () => {
    const res = await runCli(['restore', path.join(scratch, 'live.tar.gz')], { DATA_DIR: server.dataDir });
    expect(res.code).not.toBe(0);
    expect(res.output).toMatch(/running/);
  });

  it('creates an administrator through the running server and prints the TOTP secret once', async () => {
    const res = await runCli(
      ['create-admin', '--login', 'ops.admin', '--name', '运维管理员', '--tenant', 'demo-city'],
      {
        DATA_DIR: server.dataDir,
      },
    );
    expect(res.code, res.output).toBe(0);
    const secret = /secret: ([A-Z2-7]{32})/.exec(res.output)?.[1];
    const password = /Temporary password[^:]*: (\S+)/.exec(res.output)?.[1];
    expect(secret).toBeDefined();
    const signIn = await fetch(`${server.url}/api/v1/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'ops.admin', password, totp: totpAt(secret as string, Date.now()) }),
    });
    expect(signIn.status).toBe(200);
    expect(((await signIn.json()) as { stage: string }).stage).toBe('password_change');
  });

  it('runs migrate and seed-demo through the running server without disturbing it', async () => {
    const migrate = await runCli(['migrate'], { DATA_DIR: server.dataDir });
    expect(migrate.code, migrate.output).toBe(0);
    const seed = await runCli(['seed-demo'], { DATA_DIR: server.dataDir });
    expect(seed.output).toContain('already loaded');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });

  it('verifies the audit chain through the running server', async () => {
    const res = await runCli(['audit-verify'], { DATA_DIR: server.dataDir });
    expect(res.code, res.output).toBe(0);
    expect(res.output).toContain('intact');
  });

  it('rotates the key through the running server; reencrypt waits for the restart that loads the new key', async () => {
    const rotate = await runCli(['rotate-key'], { DATA_DIR: server.dataDir });
    expect(rotate.code, rotate.output).toBe(0);
    expect(rotate.output).toContain('Added key k2');
    const early = await runCli(['reencrypt'], { DATA_DIR: server.dataDir });
    expect(early.code).toBe(2);
    expect(early.output).toContain('restart the server first');
    // The server goes on reading what it sealed with k1.
    expect((await signIn(server, 'station_manager')).csrf).toEqual(expect.any(String));
  });

  it('shuts down gracefully: requests in flight finish, the data directory is released', async () => {
    const admin = await signIn(server, 'auditor');
    const inFlight = fetch(`${server.url}/api/v1/audit-events?limit=200`, {
      headers: { cookie: admin.cookie },
    });
    await new Promise((r) => setTimeout(r, 5));
    server.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(existsSync(path.join(server.dataDir, 'server.pid'))).toBe(false);
    expect(existsSync(path.join(server.dataDir, 'control.sock'))).toBe(false);
  });
});

describe('a crash of the server', () => {
  it('loses nothing that was acknowledged (embedded database, SIGKILL)', async () => {
    const first = await startServerProcess();
    try {
      const admin = await signIn(first, 'federation_admin');
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${first.url}/api/v1/organisations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: admin.cookie, 'x-csrf-token': admin.csrf },
          body: JSON.stringify({ parentId: admin.org, kind: 'enterprise_union', name: `崩溃前写入 ${i}` }),
        });
        expect(res.status).toBe(201);
        ids.push(((await res.json()) as { id: string }).id);
      }
      first.kill('SIGKILL');
      await first.exited;

      const second = await startServerProcess({}, first.dataDir);
      try {
        const again = await signIn(second, 'auditor');
        const res = await fetch(`${second.url}/api/v1/organisations`, { headers: { cookie: again.cookie } });
        const seen = new Set(
          ((await res.json()) as { organisations: { id: string }[] }).organisations.map((o) => o.id),
        );
        expect(ids.filter((id) => !seen.has(id))).toEqual([]);
      } finally {
        second.kill('SIGTERM');
        await second.exited;
      }
    } finally {
      rmSync(first.dataDir, { recursive: true, force: true });
    }
  });
});
