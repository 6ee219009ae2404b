import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { totpAt } from '../../core/identity/totp';
import { buildApp } from '../app';
import { type Config, loadConfig } from '../config';
import type { Database } from '../db/client';
import { type DemoCredential, seedDemo } from '../demo/seed';
import { type EventBus, LocalEventBus } from '../realtime/bus';
import { RecordingSmsSender } from '../sms/sender';
import { ensurePlatformTenant } from '../tenancy/repository';
import { type TestClock, testClock } from './clock';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: TestClock;
  cipher: FieldCipher;
  config: Config;
  /** Every text message the app sent (phone codes, reminders). */
  sms: RecordingSmsSender;
  /** The care events the app published (tests subscribe to see what consoles would be told). */
  events: EventBus;
  credentials: DemoCredential[];
  credential(role: string): DemoCredential;
  /** Signs in (advancing the clock a TOTP step first, so codes are never reused) and returns an agent. */
  signIn(login: string, password: string, totpSecret?: string): Promise<Agent>;
  signInAs(role: string): Promise<Agent>;
  close(): Promise<void>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in client: sends the session cookie and the CSRF token like the console does. */
export interface Agent {
  cookie: string;
  csrfToken: string;
  session: Record<string, unknown>;
  request(
    method: Method,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export const sessionCookieOf = (res: LightMyRequestResponse): string | undefined =>
  res.cookies.find((c) => c.name.endsWith('carnation_session'))?.value;

export async function makeTestApp(
  database: Database,
  options: {
    env?: Record<string, string>;
    demo?: boolean;
    /** The demo's year of activity too (off: tests count only the records they make). */
    demoActivity?: boolean;
    cipher?: FieldCipher;
    events?: EventBus;
  } = {},
): Promise<TestApp> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT: '0',
    DATA_DIR: '/nonexistent',
    ...options.env,
  });
  const clock = testClock();
  const cipher = options.cipher ?? new FieldCipher([{ id: 't1', key: randomBytes(32) }], 't1');
  await ensurePlatformTenant(database.db);
  const credentials =
    options.demo === false
      ? []
      : ((await seedDemo(database.db, cipher, clock.now(), { activity: options.demoActivity === true })) ??
        []);
  const sms = new RecordingSmsSender(undefined, () => clock.now());
  const events = options.events ?? new LocalEventBus();
  const app = await buildApp(
    { config, database, cipher, clock, sms, events },
    { logger: false, webDir: '/nonexistent' },
  );

  const agentFrom = (cookieName: string, cookie: string, session: Record<string, unknown>): Agent => ({
    cookie,
    csrfToken: String(session.csrfToken),
    session,
    request(method, url, payload, headers = {}) {
      return app.inject({
        method,
        url,
        payload: payload as Record<string, unknown> | undefined,
        headers: { cookie: `${cookieName}=${cookie}`, 'x-csrf-token': String(session.csrfToken), ...headers },
      });
    },
  });

  const t: TestApp = {
    app,
    database,
    clock,
    cipher,
    config,
    sms,
    events,
    credentials,
    credential(role) {
      const c = credentials.find((x) => x.role === role);
      if (!c) throw new Error(`no demo account for ${role}`);
      return c;
    },
    async signIn(login, password, totpSecret) {
      clock.advance(30_000);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/session',
        payload: {
          login,
          password,
          ...(totpSecret ? { totp: totpAt(totpSecret, clock.now().getTime()) } : {}),
        },
      });
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${login} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name.endsWith('carnation_session'));
      if (!cookie) throw new Error('no session cookie');
      return agentFrom(cookie.name, cookie.value, res.json());
    },
    async signInAs(role) {
      const c = t.credential(role);
      return t.signIn(c.login, c.password, c.totpSecret);
    },
    async close() {
      await app.close();
    },
  };
  return t;
}

/** Takes a freshly created account through password change and enrolment; returns a full agent. */
export async function signInNewAccount(t: TestApp, login: string, temporaryPassword: string): Promise<Agent> {
  const first = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/session',
    payload: { login, password: temporaryPassword },
  });
  const cookieOf = (res: typeof first) =>
    `carnation_session=${res.cookies.find((c) => c.name === 'carnation_session')?.value}`;
  let cookie = cookieOf(first);
  let csrf = first.json().csrfToken as string;
  const call = async (url: string, payload?: Record<string, unknown>) => {
    const res = await t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    if (res.cookies.length) cookie = cookieOf(res);
    if (res.json().csrfToken) csrf = res.json().csrfToken;
    return res.json();
  };
  const password = `fresh-${randomBytes(6).toString('hex')}-pass`;
  await call('/api/v1/auth/password', { currentPassword: temporaryPassword, newPassword: password });
  const { secret } = await call('/api/v1/auth/totp/enrolment');
  await call('/api/v1/auth/totp/enrolment/confirm', { totp: totpAt(secret, t.clock.now().getTime()) });
  return t.signIn(login, password, secret);
}
