import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staffRoles } from '../core/access/roles';
import { base32Decode } from '../core/identity/totp';
import { prepareDatabase } from './boot';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { isMigrated } from './db/migrate';
import { loadFieldCipher } from './ops/keys';
import { testDrivers } from './testing/databases';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'carnation-boot-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('first start on an empty embedded database', () => {
  it('migrates and loads a clearly marked demo federation, with credentials for one account per staff role', async () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    const database = await openDatabase({ dataDir });
    try {
      const prepared = await prepareDatabase(database, config, loadFieldCipher(config));
      expect(await isMigrated(database)).toBe(true);
      const file = JSON.parse(readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as Record<
        string,
        string
      >[];
      expect(file.map((c) => c.role).sort()).toEqual([...staffRoles].sort());
      for (const c of file) {
        expect(Object.keys(c).sort()).toEqual(['login', 'password', 'role', 'totpSecret']);
        expect(base32Decode(c.totpSecret as string)).toHaveLength(20);
      }
      expect(prepared.demoLoaded).toHaveLength(staffRoles.length);
      const { rows } = await database.executeSql(
        `select t.is_demo, t.name,
           (select count(*)::int from organisations o where o.tenant_id = t.id and o.kind in ('enterprise_union','grassroots_union')) as enterprises,
           (select count(*)::int from service_points s where s.tenant_id = t.id and s.latitude is not null) as points,
           (select count(*)::int from organisations o where o.tenant_id = t.id and o.industry = 'logistics') as logistics
         from tenants t where t.kind = 'city'`,
        [],
      );
      expect(rows[0]).toMatchObject({ is_demo: true, points: 3, logistics: 1 });
      expect(Number(rows[0]?.enterprises)).toBeGreaterThanOrEqual(12);
      expect(String(rows[0]?.name)).toContain('演示');

      // A second start loads nothing more.
      expect((await prepareDatabase(database, config, loadFieldCipher(config))).demoLoaded).toBeNull();

      // An entry of the starting library the staff renamed stays renamed: a start does not bring it back.
      const count = async () =>
        Number((await database.executeSql('select count(*)::int as n from content_items', [])).rows[0]?.n);
      const before = await count();
      expect(before).toBeGreaterThan(20);
      await database.executeSql(
        "update content_items set slug = 'renamed-by-staff' where slug = 'burnout-is-not-laziness'",
        [],
      );
      await prepareDatabase(database, config, loadFieldCipher(config));
      expect(await count()).toBe(before);
    } finally {
      await database.close();
    }
  });

  it('starts empty with DEMO=0', async () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir, DEMO: '0' });
    const database = await openDatabase({ dataDir });
    try {
      await prepareDatabase(database, config, loadFieldCipher(config));
      const { rows } = await database.executeSql(`select kind from tenants`, []);
      expect(rows.map((r) => r.kind)).toEqual(['platform']);
    } finally {
      await database.close();
    }
  });
});

const pg = testDrivers.find((d) => d.name === 'postgres');
describe.runIf(pg)('first start on a PostgreSQL server', () => {
  it('loads no demo unless DEMO=1 is set, and can be prepared by two processes at once', async () => {
    const test = await (pg as NonNullable<typeof pg>).open();
    try {
      const dataDir = tempDir();
      const url = test.url as string;
      const plain = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: url });
      const other = await openDatabase({ databaseUrl: url });
      await Promise.all([
        prepareDatabase(test.database, plain, loadFieldCipher(plain)),
        prepareDatabase(other, plain, loadFieldCipher(plain)),
      ]);
      await other.close();
      expect((await test.database.executeSql(`select count(*)::int as n from tenants`, [])).rows[0]?.n).toBe(
        1,
      );
      const withDemo = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: url, DEMO: '1' });
      expect(
        (await prepareDatabase(test.database, withDemo, loadFieldCipher(withDemo))).demoLoaded,
      ).toHaveLength(staffRoles.length);
    } finally {
      await test.drop();
    }
  });
});
