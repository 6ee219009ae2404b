import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../../core/identity/totp';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { backupEmbedded } from '../ops/backup';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { contactRequest, note, openFromAlert, orgOf } from './test-kit';

// A marker nothing else could contain: Chinese as a note would be, and an ASCII part to search binary files for.
const newMarker = () => {
  const hex = randomBytes(8).toString('hex');
  return { text: `绝密标记${hex}`, hex };
};

/**
 * Writes the marker into every confidential field a case has: the request's message, a note, contact, a task,
 * a referral, the closure's reasons (the timeline).
 */
async function writeMarkerEverywhere(agent: Agent, t: TestApp, marker: string, centreId: string) {
  const c = await openFromAlert(agent, await contactRequest(t, '13200001111', `留言${marker}`));
  const calls: [string, string, Record<string, unknown>][] = [
    ['POST', `/api/v1/cases/${c.id}/notes`, note(t, `来访者说：${marker}`)],
    ['PUT', `/api/v1/cases/${c.id}/contact`, { name: `姓名${marker}`, phone: '13200001111' }],
    [
      'POST',
      `/api/v1/cases/${c.id}/tasks`,
      { kind: 'call_back', dueAt: t.clock.now().toISOString(), title: `回访${marker}`, detail: marker },
    ],
    [
      'POST',
      `/api/v1/cases/${c.id}/referrals`,
      { institutionId: centreId, items: ['summary'], summary: `摘要${marker}`, consent: true },
    ],
    [
      'POST',
      `/api/v1/cases/${c.id}/close`,
      { reason: 'referred', noFinalMeasureReason: `原因${marker}`, note: `结案${marker}` },
    ],
  ];
  for (const [method, url, body] of calls) {
    const res = await agent.request(method as 'POST', url, body);
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
  }
  return c;
}

const centreOf = async (admin: Agent) =>
  (await admin.request('GET', '/api/v1/organisations'))
    .json()
    .organisations.find((o: { kind: string }) => o.kind === 'partner_institution').id as string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('the embedded database’s files and its backup hold no confidential record in clear', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'carnation-confidential-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds a plain organisation name there, and not a marker written in a note, contact, task and referral', async () => {
    const marker = newMarker();
    const control = `对照标记${randomBytes(8).toString('hex')}`;
    const database = await openDatabase({ dataDir });
    await migrate(database);
    const t = await makeTestApp(database);
    const admin = await t.signInAs('federation_admin');
    // The control proves the search would find text the database keeps readable.
    await admin.request('POST', '/api/v1/organisations', {
      parentId: orgOf(admin),
      kind: 'enterprise_union',
      name: control,
    });
    await writeMarkerEverywhere(await t.signInAs('counsellor'), t, marker.text, await centreOf(admin));

    const backup = path.join(dataDir, 'backup.tar.gz');
    await backupEmbedded(database.pglite as NonNullable<typeof database.pglite>, backup);
    const archive = gunzipSync(readFileSync(backup));
    expect(archive.includes(Buffer.from(control))).toBe(true);
    expect(archive.includes(Buffer.from(marker.text))).toBe(false);
    expect(archive.includes(Buffer.from(marker.hex))).toBe(false);
    rmSync(backup);

    await t.close();
    await database.close();
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(10);
    const holding = (needle: string) => files.filter((f) => readFileSync(f).includes(Buffer.from(needle)));
    expect(holding(control).length).toBeGreaterThan(0);
    expect(holding(marker.text)).toEqual([]);
    expect(holding(marker.hex)).toEqual([]);
  });
});

describe.each(testDrivers)('confidential records in the database and the logs ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let logged: FastifyInstance;
  const lines: string[] = [];
  const marker = newMarker();

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    // The same database behind an app that logs everything it may (trace), as an operator might run it.
    logged = await buildApp(
      {
        config: loadConfig({ LOG_LEVEL: 'trace', RATE_LIMIT: '0', DATA_DIR: '/nonexistent' }),
        database: db.database,
        cipher: t.cipher,
        clock: t.clock,
        sms: t.sms,
        events: t.events,
      },
      { logStream: { write: (l: string) => void lines.push(l) }, webDir: '/nonexistent' },
    );
  });
  afterAll(async () => {
    await logged.close();
    await t.close();
    await db.drop();
  });

  /** Signs in on the logging app, as the console would. */
  async function signIn(role: string): Promise<Agent> {
    const c = t.credential(role);
    t.clock.advance(30_000);
    const res = await logged.inject({
      method: 'POST',
      url: '/api/v1/auth/session',
      payload: { login: c.login, password: c.password, totp: totpAt(c.totpSecret, t.clock.now().getTime()) },
    });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((k) => k.name.endsWith('carnation_session'));
    const session = res.json();
    return {
      cookie: String(cookie?.value),
      csrfToken: session.csrfToken,
      session,
      request: (method, url, payload, headers = {}) =>
        logged.inject({
          method,
          url,
          payload: payload as Record<string, unknown> | undefined,
          headers: {
            cookie: `${cookie?.name}=${cookie?.value}`,
            'x-csrf-token': session.csrfToken,
            ...headers,
          },
        }),
    };
  }

  it('keeps a marker written in every confidential field out of every text column and out of the logs', async () => {
    const counsellor = await signIn('counsellor');
    const admin = await signIn('federation_admin');
    const control = `对照标记${randomBytes(8).toString('hex')}`;
    await admin.request('POST', '/api/v1/organisations', {
      parentId: orgOf(admin),
      kind: 'enterprise_union',
      name: control,
    });
    const c = await writeMarkerEverywhere(counsellor, t, marker.text, await centreOf(admin));
    const read = await counsellor.request('GET', `/api/v1/cases/${c.id}`);
    expect(read.body).toContain(`来访者说：${marker.text}`);
    expect(read.body).toContain(`结案${marker.text}`);
    await (await signIn('partner_staff')).request('GET', '/api/v1/referrals');

    const columns = await db.database.executeSql(
      `select table_schema, table_name, column_name from information_schema.columns
        where table_schema not in ('pg_catalog', 'information_schema')
          and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
      [],
    );
    expect(columns.rows.length).toBeGreaterThan(50);
    const holding = async (needle: string) => {
      const found: string[] = [];
      for (const col of columns.rows) {
        const q = `select count(*)::int as n from "${col.table_schema}"."${col.table_name}" where "${col.column_name}"::text like $1`;
        const n = Number((await db.database.executeSql(q, [`%${needle}%`])).rows[0]?.n);
        if (n > 0) found.push(`${col.table_name}.${col.column_name}`);
      }
      return found;
    };
    // The search finds what is kept readable, and none of what is confidential.
    expect(await holding(control)).toContain('organisations.name');
    expect(await holding(marker.hex)).toEqual([]);

    expect(lines.some((l) => l.includes('/api/v1/cases'))).toBe(true);
    expect(lines.filter((l) => l.includes(marker.hex))).toEqual([]);
  });

  it('answers a clear record_unreadable when one byte of a stored note changed, and shows nothing of it', async () => {
    const counsellor = await signIn('counsellor');
    const c = await openFromAlert(counsellor, await contactRequest(t, '13200002222'));
    await counsellor.request('POST', `/api/v1/cases/${c.id}/notes`, note(t, `会被篡改的记录${marker.hex}`));
    const { rows } = await db.database.executeSql(
      'select id, body_sealed from case_notes where case_id = $1',
      [c.id],
    );
    const [v, keyId, iv, body] = String(rows[0]?.body_sealed).split('.') as [string, string, string, string];
    const bytes = Buffer.from(body, 'base64url');
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] as number) ^ 0x01;
    await db.database.executeSql('update case_notes set body_sealed = $1 where id = $2', [
      [v, keyId, iv, bytes.toString('base64url')].join('.'),
      rows[0]?.id,
    ]);

    const res = await counsellor.request('GET', `/api/v1/cases/${c.id}`);
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: {
        code: 'record_unreadable',
        message: 'A confidential record could not be opened: it was changed or its key is missing',
      },
    });
    expect(res.body).not.toContain(marker.hex);
    // The operator finds the failure in the log (without the record); the list of cases still opens.
    expect(
      lines.some((l) => l.includes('a sealed record did not open') && l.includes('failed authentication')),
    ).toBe(true);
    expect(lines.filter((l) => l.includes(marker.hex))).toEqual([]);
    expect((await counsellor.request('GET', '/api/v1/cases')).statusCode).toBe(200);
    // The failed read is on the record too.
    const audited = await db.database.executeSql(
      `select count(*)::int as n from audit_events where action = 'case.read' and object_id = $1`,
      [c.id],
    );
    expect(Number(audited.rows[0]?.n)).toBe(1);
  });
});
