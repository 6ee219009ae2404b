import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { buildApp } from '../app';
import { prepareDatabase } from '../boot';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { makeTestApp } from '../testing/app';
import { runCli } from '../testing/process';
import { loadFieldCipher } from './keys';

describe('readiness', () => {
  it('is not ready before migrations or once the database is gone, while health stays up', async () => {
    const database = await openDatabase({ memory: true });
    await migrate(database);
    const t = await makeTestApp(database, { demo: false });
    try {
      expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(200);
      await database.close();
      const res = await t.app.inject({ url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json().status).toBe('unavailable');
      expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('reports an unmigrated database as not ready', async () => {
    const database = await openDatabase({ memory: true });
    const app = await buildApp(
      {
        config: loadConfig({ LOG_LEVEL: 'silent' }),
        database,
        cipher: new FieldCipher([{ id: 'k', key: Buffer.alloc(32) }], 'k'),
        clock: { now: () => new Date() },
      },
      { logger: false, webDir: '/nonexistent' },
    );
    try {
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('audit-verify command', () => {
  it('exits 1 and names the event when the stored trail was changed', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'carnation-verify-'));
    try {
      const config = loadConfig({ DATA_DIR: dataDir });
      const database = await openDatabase({ dataDir });
      await prepareDatabase(database, config, loadFieldCipher(config));
      expect((await runCliAfterClose(database, dataDir)).code).toBe(0);

      const again = await openDatabase({ dataDir });
      await again.executeSql('alter table audit_events disable trigger user', []);
      await again.executeSql(
        `update audit_events set details = '{"organisations": 1}' where action = 'demo.seed'`,
        [],
      );
      await again.executeSql('alter table audit_events enable trigger user', []);
      const res = await runCliAfterClose(again, dataDir);
      expect(res.code).toBe(1);
      expect(res.output).toMatch(/BROKEN .* #1 changed/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

async function runCliAfterClose(database: Awaited<ReturnType<typeof openDatabase>>, dataDir: string) {
  await database.close();
  return runCli(['audit-verify'], { DATA_DIR: dataDir });
}
