import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { totpAt } from '../src/core/identity/totp';
import { escalateOverdueAlerts } from '../src/server/alerts/escalation';
import { buildApp } from '../src/server/app';
import { sendDueReminders } from '../src/server/booking/reminders';
import { prepareDatabase } from '../src/server/boot';
import { loadConfig } from '../src/server/config';
import { type Database, openDatabase } from '../src/server/db/client';
import { type DemoCredential, readDemoCredentials } from '../src/server/demo/seed';
import { systemClock } from '../src/server/http/request-context';
import { loadFieldCipher } from '../src/server/ops/keys';
import { LocalEventBus } from '../src/server/realtime/bus';
import { RecordingSmsSender, smsOutboxPath } from '../src/server/sms/sender';
import { postgresDriver, type TestDatabase } from '../src/server/testing/databases';
import { chromiumArgs, chromiumPath, webDir } from './chromium';

/** Browser journeys run only where a Chromium exists; global-setup says loudly when they are skipped. */
export const describeBrowser = chromiumPath() ? describe : describe.skip;

export interface RunningServer {
  url: string;
  dataDir: string;
  credentials: DemoCredential[];
  credential(role: string): DemoCredential;
  /** Every text message the server sent (phone codes, reminders), as the recording sender keeps them. */
  sms: RecordingSmsSender;
  /** Runs the reminder job as if it were `at` (reminders are due a day and two hours before). */
  runReminders(at: Date): Promise<{ sent: number }>;
  /** Runs the escalation job as if it were `at` (an untaken crisis goes to supervisors, then the duty phone). */
  runEscalations(at: Date): Promise<{ escalated: number; texted: number }>;
  /** The care events bus the server's consoles listen to. */
  events: LocalEventBus;
  /** The server's database, for checking what is stored (e.g. that a note is sealed). */
  database: Database;
  close(): Promise<void>;
}

/** Where journeys can run: the embedded database always, a PostgreSQL server when TEST_DATABASE_URL is set. */
export const serverDrivers: ('pglite' | 'postgres')[] = postgresDriver ? ['pglite', 'postgres'] : ['pglite'];

/**
 * A real server on a free port, on a fresh database with the demo federation, serving the built apps: the
 * embedded database by default, or a database of its own on the PostgreSQL server (created, then dropped).
 */
export async function startServer(driver: 'pglite' | 'postgres' = 'pglite'): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'carnation-e2e-'));
  let own: TestDatabase | undefined;
  if (driver === 'postgres') {
    if (!postgresDriver) throw new Error('TEST_DATABASE_URL is not set');
    own = await postgresDriver.open();
  }
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    RATE_LIMIT: '0',
    DEMO: '1',
    WEB_DIR: webDir(),
    ...(own?.url ? { DATABASE_URL: own.url } : {}),
  });
  const database = own?.database ?? (await openDatabase({ dataDir }));
  const cipher = loadFieldCipher(config);
  await prepareDatabase(database, config, cipher);
  const sms = new RecordingSmsSender(smsOutboxPath(dataDir));
  const events = new LocalEventBus();
  const app = await buildApp(
    { config, database, cipher, clock: systemClock, sms, events },
    { logger: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const credentials = readDemoCredentials(dataDir) ?? [];
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    credentials,
    sms,
    runReminders: (at) => sendDueReminders({ db: database.db, cipher, sms }, at),
    runEscalations: (at) => escalateOverdueAlerts({ db: database.db, cipher, sms, events }, at),
    events,
    database,
    credential(role) {
      const c = credentials.find((x) => x.role === role);
      if (!c) throw new Error(`no demo account for ${role}`);
      return c;
    },
    async close() {
      await app.close();
      if (own) await own.drop();
      else await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath() as string, args: chromiumArgs });
}

/** A phone-sized context (a cheap Android phone in WeChat) for the worker app. */
export const phone = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });

/** A desktop context for the console. */
export const desktop = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });

/** The current code for a TOTP secret; waits out the last seconds of a step so the code is still good when typed. */
export async function freshTotp(secret: string): Promise<string> {
  const intoStep = (Date.now() / 1000) % 30;
  if (intoStep > 25) await new Promise((r) => setTimeout(r, (31 - intoStep) * 1000));
  return totpAt(secret, Date.now());
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('.tmp', 'screenshots', `${name}.png`), fullPage: true });
}
