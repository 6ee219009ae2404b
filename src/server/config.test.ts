import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults: port 3000, ./data, embedded database with the demo, rate limits on', () => {
    const c = loadConfig({}, '/srv/carnation');
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('/srv/carnation/data'),
      databaseUrl: undefined,
      demo: true,
      rateLimit: true,
      secureCookies: false,
    });
  });

  it('loads the demo on a PostgreSQL server only when DEMO=1 is explicit', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/carnation' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/carnation', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ DEMO: '0' }).demo).toBe(false);
  });

  it('turns rate limits off with RATE_LIMIT=0 and secures cookies behind an https PUBLIC_URL', () => {
    expect(loadConfig({ RATE_LIMIT: '0' }).rateLimit).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://xl.example.cn' }).secureCookies).toBe(true);
  });

  it('reads encryption keys and refuses malformed ones with a message naming the variable', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const c = loadConfig({ ENCRYPTION_KEYS: `old:${key},new:${key}` });
    expect(c.encryptionKeys.map((k) => k.id)).toEqual(['old', 'new']);
    expect(c.encryptionKeyId).toBe('new');
    expect(() => loadConfig({ ENCRYPTION_KEYS: 'k1:short' })).toThrow(/ENCRYPTION_KEYS/);
    expect(() => loadConfig({ ENCRYPTION_KEYS: `k1:${key}`, ENCRYPTION_KEY_ID: 'k2' })).toThrow(ConfigError);
  });

  it('refuses bad values with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DEMO: 'maybe' })).toThrow(/DEMO/);
  });
});
