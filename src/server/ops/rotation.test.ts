import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, getTableColumns, getTableName, is, isNotNull } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { generateOpenSlots } from '../booking/slot-generation';
import { caseNotes } from '../care/tables';
import { loadConfig } from '../config';
import * as schema from '../db/schema';
import { demoOrganisation, insertTestEvent } from '../events/test-fixtures';
import { users } from '../identity/tables';
import {
  demoWorld,
  insertBreakGlass,
  insertCase,
  insertNote,
  insertReferral,
  insertTask,
  insertTimeline,
  sampleNote,
  setDutyPhone,
} from '../measures/test-fixtures';
import { book, byPhone, phoneCode, takeCheckup } from '../my-data/test-workers';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { reencryptCommand, retireKeysCommand, rotateKeyCommand } from './key-commands';
import { keyFilePath, loadFieldCipher } from './keys';
import { keyCensus } from './rotation';
import { aad, sealedColumns } from './sealed-columns';

const PHONE = '13812340000';
const MARKER = 'rotation-marker-5d1c';

describe('the sealed-column registry', () => {
  it('lists every *_sealed column of the schema, so key rotation forgets none', () => {
    const inSchema = (Object.values(schema) as unknown[])
      .filter((v): v is PgTable => is(v, PgTable))
      .flatMap((table) =>
        Object.values(getTableColumns(table))
          .filter((c) => c.name.endsWith('_sealed'))
          .map((c) => `${getTableName(table)}.${c.name}`),
      );
    expect(sealedColumns.map((c) => c.name).sort()).toEqual(inSchema.sort());
  });
});

describe.each(testDrivers)('key rotation: rotate-key, reencrypt, retire-keys ($name)', (driver) => {
  let db: TestDatabase;
  let dataDir: string;
  let t: TestApp;
  const config = () => loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT: '0' });

  beforeAll(async () => {
    db = await driver.open();
    dataDir = mkdtempSync(path.join(tmpdir(), 'carnation-keys-'));
    t = await makeTestApp(db.database, { cipher: loadFieldCipher(config()) });
    await generateOpenSlots(db.database.db, {}, t.clock.now());
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A value in every sealed column, each written the way its capability writes it. */
  async function fillEverySealedColumn() {
    const d = db.database.db;
    const c = t.cipher;
    const world = await demoWorld(d);
    const checkup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/submissions',
      payload: {
        checkup: 'default',
        answers: {
          phq4: [0, 0, 0, 0],
          who5: [4, 4, 4, 4, 4],
          cbi_work: [0, 0, 0, 25, 25, 0, 100],
          ucla3: [1, 1, 1],
        },
      },
      headers: { 'idempotency-key': 'rotation-test-1' },
    });
    expect(checkup.statusCode).toBe(201);
    await takeCheckup(t);
    // The diary and the groups a worker linked to their retrieval code.
    const linkedTo = { 'x-retrieval-code': checkup.json().retrievalCode as string };
    for (const [url, payload] of [
      [
        '/api/v1/linked-diary',
        { entries: [{ date: '2026-11-29', mood: 3, note: '夜班', savedAt: '2026-11-29T14:00:00Z' }] },
      ],
      ['/api/v1/linked-groups', { groups: ['truck_driver'] }],
    ] as const) {
      const linked = await t.app.inject({
        method: 'PUT',
        url,
        headers: linkedTo,
        payload: { ...payload, baseUpdatedAt: null },
      });
      expect(linked.statusCode).toBe(200);
    }
    await book(t, { phone: PHONE, code: await phoneCode(t, PHONE) });
    const contact = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      payload: { phone: PHONE, preferredTime: '晚上', consent: true },
    });
    expect(contact.statusCode).toBe(201);
    await d
      .update(users)
      .set({ totpPendingSealed: c.encrypt('PENDINGSECRET', aad.totpSecret(world.supervisorId)) })
      .where(eq(users.id, world.supervisorId));
    await setDutyPhone(d, c, world.tenantId, '13900000000');
    const base = { tenantId: world.tenantId, counsellorId: world.counsellorId };
    const k = await insertCase(d, c, {
      ...base,
      subjectPhoneHash: c.blindIndex(PHONE, 'phone'),
      contact: { phone: PHONE },
    });
    const withCase = { ...k, ...base };
    await insertNote(d, c, withCase, sampleNote(MARKER));
    await insertTask(d, c, withCase, 'content', '呼吸放松练习', '已完成');
    await insertReferral(d, c, withCase, world.institutionId, { summary: '转介摘要' });
    await insertTimeline(d, c, withCase, 'reassigned', { reason: '休假' });
    await insertBreakGlass(d, c, k, world.supervisorId, '紧急情况，需要查看', t.clock.now());
    const counsellor = await t.signInAs('counsellor');
    const m = await counsellor.request('POST', `/api/v1/cases/${k.id}/measures`, {
      instrumentId: 'phq9',
      via: 'in_room',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
    });
    expect(m.statusCode).toBe(201);
    // A member an enterprise officer registered for their enterprise's event: name and phone sealed.
    const shunda = await demoOrganisation(d, '顺达');
    const event = await insertTestEvent(d, t.clock.now(), {
      invitedOrganisationId: shunda.id,
      inviteToken: 'rotation-invite-0001',
    });
    const officer = await t.signInAs('enterprise_officer');
    const members = await officer.request('POST', `/api/v1/managed-events/${event.id}/registrations`, {
      members: [{ name: '张师傅', phone: '13800138000' }],
    });
    expect(members.statusCode).toBe(201);
    return k;
  }

  it('leaves every ciphertext on the new key, and everything reads with the old key removed', async () => {
    const k = await fillEverySealedColumn();
    const before = await keyCensus(db.database.db);
    // Every sealed column holds something, all of it on k1: the test covers them all.
    expect(before.filter((c) => Object.keys(c.byKey).length === 0).map((c) => c.column)).toEqual([]);
    expect(before.every((c) => Object.keys(c.byKey).join() === 'k1')).toBe(true);

    const rotated = await rotateKeyCommand({ database: db.database, cipher: t.cipher, config: config() });
    expect(rotated.output).toContain('Added key k2');
    // The process that started before the rotation must not re-seal (it would seal with k1 again).
    const stale = await reencryptCommand({ database: db.database, cipher: t.cipher, config: config() }, {});
    expect(stale.exitCode).toBe(2);
    expect(stale.output).toMatch(/restart the server first/);

    const restarted = loadFieldCipher(config());
    expect(restarted.currentKeyId).toBe('k2');
    const env = { database: db.database, cipher: restarted, config: config() };
    const first = await reencryptCommand(env, { batch: '2' });
    expect(first.exitCode).toBe(0);
    expect(first.output).toContain('Every sealed value is on the current key');
    const after = await keyCensus(db.database.db);
    expect(after.every((c) => Object.keys(c.byKey).join() === 'k2')).toBe(true);
    expect(after.map((c) => Object.values(c.byKey)[0])).toEqual(before.map((c) => c.byKey.k1));
    const again = await reencryptCommand(env, {});
    expect(again.output).toContain('Re-sealed 0 values');

    const retired = await retireKeysCommand(env);
    expect(retired.output).toContain('Removed k1');
    const file = JSON.parse(readFileSync(keyFilePath(dataDir), 'utf8'));
    expect(Object.keys(file.keys)).toEqual(['k2']);
    const onlyNew = loadFieldCipher(config());
    expect(onlyNew.keyIds).toEqual(['k2']);

    // Every value of every sealed column opens with the new key alone.
    for (const col of sealedColumns) {
      const rows = (await db.database.db
        .select({ ...col.keys, sealed: col.sealed })
        .from(col.table)
        .where(isNotNull(col.sealed))) as Record<string, unknown>[];
      for (const row of rows) expect(() => onlyNew.decrypt(row.sealed as string, col.aad(row))).not.toThrow();
    }

    // And the service works on it: sign-in (TOTP secrets), appointments found by phone (blind index), the
    // worker's download with the note, the counsellor's questionnaires.
    const later = await makeTestApp(db.database, { cipher: onlyNew, demo: false });
    try {
      later.clock.set(new Date(t.clock.now().getTime() + 3_600_000));
      const who = t.credential('counsellor');
      const counsellor = await later.signIn(who.login, who.password, who.totpSecret);
      expect((await counsellor.request('GET', `/api/v1/cases/${k.id}/measures`)).statusCode).toBe(200);
      const code = await phoneCode(later, PHONE);
      const mine = await later.app.inject({ url: '/api/v1/bookings', headers: byPhone(PHONE, code) });
      expect(mine.json().bookings).toHaveLength(1);
      const exported = await later.app.inject({
        url: '/api/v1/my-data/export?format=json',
        headers: byPhone(PHONE, code),
      });
      expect(exported.statusCode).toBe(200);
      expect(exported.body).toContain(MARKER);
    } finally {
      await later.close();
    }
  });

  it('reports a value it cannot open instead of skipping it silently, and touches nothing else', async () => {
    const [note] = await db.database.db.select().from(caseNotes).limit(1);
    const stranger = new FieldCipher([{ id: 'kx', key: randomBytes(32) }], 'kx');
    const env = { database: db.database, cipher: loadFieldCipher(config()), config: config() };
    await db.database.db
      .update(caseNotes)
      .set({ bodySealed: stranger.encrypt('{}', aad.noteBody(note?.id as string)) })
      .where(eq(caseNotes.id, note?.id as string));
    const res = await reencryptCommand(env, {});
    expect(res.exitCode).toBe(1);
    expect(res.output).toMatch(/case_notes\.body_sealed\s+re-sealed\s+0\s+UNREADABLE 1/);
    expect(res.output).toContain('1 values could not be opened');
  });

  it('with ENCRYPTION_KEYS, explains the steps and gives the blind-index key to keep', async () => {
    const key = randomBytes(32);
    const env = {
      database: db.database,
      cipher: t.cipher,
      config: loadConfig({ DATA_DIR: dataDir, ENCRYPTION_KEYS: `prod1:${key.toString('base64')}` }),
    };
    const res = await rotateKeyCommand(env);
    expect(res.exitCode).toBe(0);
    expect(res.output).toContain(`BLIND_INDEX_KEY=${FieldCipher.deriveIndexKey(key).toString('base64')}`);
    expect(res.output).toMatch(/,k2:[A-Za-z0-9+/=]{44}/);
    expect(res.output).toContain('npm run cli -- reencrypt');
    expect((await retireKeysCommand(env)).exitCode).toBe(2);
  });
});
