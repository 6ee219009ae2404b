import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';

describe.each(testDrivers)('HTTP edges ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('answers health and readiness', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('gives every error the same shape with a stable code', async () => {
    const cases = [
      { req: { method: 'GET' as const, url: '/api/v1/nowhere' }, status: 404, code: 'not_found' },
      {
        req: { method: 'GET' as const, url: '/api/v1/users/not-a-uuid' },
        status: 400,
        code: 'validation_failed',
      },
      {
        req: { method: 'GET' as const, url: '/api/v1/users?colour=red' },
        status: 400,
        code: 'validation_failed',
      },
      {
        req: { method: 'GET' as const, url: '/api/v1/users?limit=100000' },
        status: 400,
        code: 'validation_failed',
      },
    ];
    for (const c of cases) {
      const res = await admin.request(c.req.method, c.req.url);
      expect.soft(res.statusCode, c.req.url).toBe(c.status);
      expect.soft(res.json().error.code, c.req.url).toBe(c.code);
      expect.soft(typeof res.json().error.message).toBe('string');
    }
  });

  it('refuses malformed bodies: bad JSON, wrong type, too large, unknown fields', async () => {
    const send = (payload: string, contentType = 'application/json') =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/session',
        payload,
        headers: { 'content-type': contentType },
      });
    const bad = await send('{"login": "a", ');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('bad_request');
    const wrongType = await send('login=a&password=b', 'application/x-www-form-urlencoded');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().error.code).toBe('unsupported_media_type');
    const huge = await send(JSON.stringify({ login: 'a', password: 'x'.repeat(100_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
    const unknown = await send(JSON.stringify({ login: 'a', password: 'b', remember: true }));
    expect(unknown.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ message: expect.stringContaining('remember') }],
    });
  });

  it('never answers arbitrary input with a 5xx, and changes nothing when it refuses', async () => {
    const before = (await admin.request('GET', '/api/v1/organisations')).json().organisations.length;
    const routes = [
      '/api/v1/organisations',
      '/api/v1/users',
      '/api/v1/tenants',
      '/api/v1/auth/session',
      '/api/v1/audit-events/verify',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue({ maxDepth: 3 }), async (url, body) => {
        const res = await admin.request('POST', url, body);
        return res.statusCode < 500 && (res.statusCode < 400 || typeof res.json().error?.code === 'string');
      }),
      { numRuns: 150 },
    );
    const after = (await admin.request('GET', '/api/v1/organisations')).json().organisations.length;
    expect(after).toBe(before);
  });

  it('sends security headers and a strict Content-Security-Policy', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('gives every response a request id, reusing a sane incoming one', async () => {
    const mine = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc12345-trace' } });
    expect(mine.headers['x-request-id']).toBe('abc12345-trace');
    const evil = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'x\nInjected: yes' } });
    expect(evil.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI 3.1 document of every API route, and a docs page', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of t.app.apiRoutes) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      expect.soft(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
      expect.soft(doc.paths[path]?.[r.method.toLowerCase()]?.['x-action']).toBe(r.action);
    }
    const signIn = doc.paths['/api/v1/auth/session'].post;
    expect(signIn.requestBody.content['application/json'].schema.required).toEqual(['login', 'password']);
    const docs = await t.app.inject({ url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('rate-limits sign-in attempts when limits are on', async () => {
    const limited = await makeTestApp(db.database, {
      env: { RATE_LIMIT: '1' },
      demo: false,
      cipher: t.cipher,
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 32; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/session',
          payload: { login: 'x', password: 'y' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
      expect(codes.at(-1)).toBe(429);
      const last = await limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/session',
        payload: { login: 'x', password: 'y' },
      });
      expect(last.json().error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
