import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../../core/identity/totp';
import { makeTestApp, sessionCookieOf, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';

describe.each(testDrivers)('signing in ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const post = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/session', payload, headers });

  it('signs in with password and TOTP, sets a safe cookie, and returns user, roles and CSRF token', async () => {
    const c = t.credential('federation_admin');
    t.clock.advance(30_000);
    const res = await post({
      login: c.login,
      password: c.password,
      totp: totpAt(c.totpSecret, t.clock.now().getTime()),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.login).toBe('demo-admin');
    expect(body.roles.map((r: { role: string }) => r.role)).toEqual(['federation_admin']);
    expect(body.stage).toBe('full');
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((k) => k.name === 'carnation_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    expect(cookie?.secure).toBeFalsy(); // plain http in tests
  });

  it('says the same thing for an unknown login and a wrong password', async () => {
    const unknown = await post({ login: 'nobody-here', password: 'whatever-1234' });
    const wrong = await post({ login: t.credential('auditor').login, password: 'not-the-password' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error).toEqual(wrong.json().error);
    expect(unknown.json().error.code).toBe('invalid_credentials');
  });

  it('asks for the second factor after a correct password, and refuses a wrong code', async () => {
    const c = t.credential('supervisor');
    const missing = await post({ login: c.login, password: c.password });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('totp_required');
    const wrong = await post({ login: c.login, password: c.password, totp: '000000' });
    expect(wrong.json().error.code).toBe('invalid_totp');
  });

  it('refuses a TOTP code that was already used', async () => {
    const c = t.credential('station_manager');
    t.clock.advance(30_000);
    const code = totpAt(c.totpSecret, t.clock.now().getTime());
    expect((await post({ login: c.login, password: c.password, totp: code })).statusCode).toBe(200);
    const again = await post({ login: c.login, password: c.password, totp: code });
    expect(again.statusCode).toBe(401);
  });

  it('locks an account after repeated failures, even for the right password, then lets it in again later', async () => {
    const c = t.credential('enterprise_officer');
    for (let i = 0; i < 4; i++)
      expect((await post({ login: c.login, password: `wrong-${i}-xyz` })).statusCode).toBe(401);
    const fifth = await post({ login: c.login, password: 'wrong-5-xyz' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    expect(fifth.json().error.details.retryAfterSeconds).toBe(15 * 60);
    t.clock.advance(30_000);
    const right = await post({
      login: c.login,
      password: c.password,
      totp: totpAt(c.totpSecret, t.clock.now().getTime()),
    });
    expect(right.statusCode).toBe(423);
    t.clock.advance(15 * 60_000);
    const later = await post({
      login: c.login,
      password: c.password,
      totp: totpAt(c.totpSecret, t.clock.now().getTime()),
    });
    expect(later.statusCode).toBe(200);
  });

  it('returns the signed-in user, and 401 without a session', async () => {
    expect((await t.app.inject({ url: '/api/v1/auth/session' })).statusCode).toBe(401);
    const agent = await t.signInAs('counsellor');
    const me = await agent.request('GET', '/api/v1/auth/session');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.login).toBe('demo-counsellor');
    expect(me.json().tenant.isDemo).toBe(true);
  });

  it('signs out: the cookie stops working on the server', async () => {
    const agent = await t.signInAs('counsellor');
    const out = await agent.request('DELETE', '/api/v1/auth/session');
    expect(out.statusCode).toBe(200);
    expect((await agent.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('rotates the session id at sign-in: the session the browser held before ends', async () => {
    const first = await t.signInAs('counsellor');
    const c = t.credential('counsellor');
    t.clock.advance(30_000);
    const res = await post(
      { login: c.login, password: c.password, totp: totpAt(c.totpSecret, t.clock.now().getTime()) },
      { cookie: `carnation_session=${first.cookie}` },
    );
    expect(res.statusCode).toBe(200);
    expect(sessionCookieOf(res)).not.toBe(first.cookie);
    expect((await first.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('ends an idle session after 30 minutes and any session after 12 hours', async () => {
    const idle = await t.signInAs('auditor');
    t.clock.advance(31 * 60_000);
    const res = await idle.request('GET', '/api/v1/auth/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');

    const busy = await t.signInAs('auditor');
    for (let i = 0; i < 12 * 3; i++) {
      t.clock.advance(20 * 60_000); // active every 20 minutes, never idle
      const r = await busy.request('GET', '/api/v1/auth/session');
      if (i < 12 * 3 - 2) expect(r.statusCode, `after ${(i + 1) * 20} minutes`).toBe(200);
    }
    expect((await busy.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('needs the CSRF token on cookie-authenticated writes, and refuses other sites', async () => {
    const agent = await t.signInAs('federation_admin');
    const without = await agent.request('DELETE', '/api/v1/auth/session', undefined, { 'x-csrf-token': '' });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const foreign = await agent.request('DELETE', '/api/v1/auth/session', undefined, {
      origin: 'https://evil.example',
    });
    expect(foreign.json().error.code).toBe('csrf_failed');
    expect((await agent.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
  });

  it('uses the __Host- prefix and Secure when served over HTTPS', async () => {
    const https = await makeTestApp(db.database, {
      env: { PUBLIC_URL: 'https://carnation.example' },
      demo: false,
      cipher: t.cipher,
    });
    try {
      const c = t.credential('counsellor');
      https.clock.set(new Date(t.clock.now().getTime() + 10 * 60_000));
      const res = await https.app.inject({
        method: 'POST',
        url: '/api/v1/auth/session',
        payload: {
          login: c.login,
          password: c.password,
          totp: totpAt(c.totpSecret, https.clock.now().getTime()),
        },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies[0]).toMatchObject({
        name: '__Host-carnation_session',
        secure: true,
        httpOnly: true,
        path: '/',
      });
      expect(res.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await https.close();
    }
  });
});
