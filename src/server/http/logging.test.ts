import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { totpAt } from '../../core/identity/totp';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { seedDemo } from '../demo/seed';
import { ensurePlatformTenant } from '../tenancy/repository';
import { testClock } from '../testing/clock';
import { testDrivers } from '../testing/databases';

describe('logs', () => {
  const lines: string[] = [];
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('carry request ids but no passwords, codes, cookies, tokens or query strings', async () => {
    const db = await (testDrivers[0] as (typeof testDrivers)[number]).open();
    cleanup.push(db.drop);
    const cipher = new FieldCipher([{ id: 'k', key: randomBytes(32) }], 'k');
    const clock = testClock();
    await ensurePlatformTenant(db.database.db);
    const creds = (await seedDemo(db.database.db, cipher, clock.now())) ?? [];
    const admin = creds.find((c) => c.role === 'federation_admin') as (typeof creds)[number];
    const config = loadConfig({ LOG_LEVEL: 'info', RATE_LIMIT: '0' });
    const app = await buildApp(
      { config, database: db.database, cipher, clock },
      { logStream: { write: (l: string) => void lines.push(l) }, webDir: '/nonexistent' },
    );
    cleanup.push(() => app.close());

    const wrongPassword = 'Wrong-Marker-Password-77';
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/session',
      payload: { login: admin.login, password: wrongPassword },
    });
    clock.advance(30_000);
    const code = totpAt(admin.totpSecret, clock.now().getTime());
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/session',
      payload: { login: admin.login, password: admin.password, totp: code },
    });
    const cookie = ok.cookies[0]?.value as string;
    await app.inject({
      url: '/api/v1/users?search=%E7%8E%8B%E5%B8%88%E5%82%85',
      headers: {
        cookie: `carnation_session=${cookie}`,
        'x-csrf-token': ok.json().csrfToken,
        'x-request-id': 'trace-0001-abc',
      },
    });

    const all = lines.join('\n');
    expect(all).toContain('trace-0001-abc');
    for (const secret of [
      wrongPassword,
      admin.password,
      code,
      cookie,
      ok.json().csrfToken,
      'search=',
      '王师傅',
      admin.totpSecret,
    ]) {
      expect.soft(all, `log contains ${secret}`).not.toContain(secret);
    }
  });
});
