import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashRetrievalCode } from '../../core/instruments/retrieval-code';
import { findIdentity } from '../checkup/repository';
import { byCode, takeCheckup } from '../my-data/test-workers';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { diaryResponse, groupsResponse } from './schemas';
import { linkedDiaries, linkedGroups } from './tables';

const NOTE = '夜班后头疼 <b>MARKER-5f2c</b>';
const entry = (date: string, mood: number, extra: Record<string, unknown> = {}) => ({
  date,
  mood,
  note: '',
  savedAt: `${date}T13:00:00.000Z`,
  ...extra,
});

describe.each(testDrivers)(
  'the diary and groups a worker links to their retrieval code ($name)',
  (driver) => {
    let db: TestDatabase;
    let t: TestApp;
    let code: string;

    beforeAll(async () => {
      db = await driver.open();
      t = await makeTestApp(db.database);
      code = (await takeCheckup(t)).code;
    });
    afterAll(async () => {
      await t.close();
      await db.drop();
    });

    const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: unknown, who = code) =>
      t.app.inject({
        method,
        url,
        headers: byCode(who),
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      });
    const diary = async (who = code) =>
      diaryResponse.parse((await call('GET', '/api/v1/linked-diary', undefined, who)).json());
    const rowsOf = async (table: typeof linkedDiaries | typeof linkedGroups) =>
      (await db.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n;

    it('holds nothing until the worker links, then keeps the whole diary sealed, newest day first', async () => {
      expect(await diary()).toEqual({ entries: [], updatedAt: null });
      const put = await call('PUT', '/api/v1/linked-diary', {
        entries: [
          entry('2026-11-28', 2, { sleepHours: 6.5, sleepQuality: 'poor', note: NOTE }),
          entry('2026-11-29', 4),
        ],
        baseUpdatedAt: null,
      });
      expect(put.statusCode).toBe(200);
      const linked = await diary();
      expect(linked.updatedAt).toBe(t.clock.now().toISOString());
      expect(linked.entries.map((e) => [e.date, e.mood])).toEqual([
        ['2026-11-29', 4],
        ['2026-11-28', 2],
      ]);
      expect(linked.entries[1]).toMatchObject({ sleepHours: 6.5, sleepQuality: 'poor', note: NOTE });
      const [row] = await db.database.db.select().from(linkedDiaries);
      expect(row?.entriesSealed).not.toContain('MARKER-5f2c');
      expect(row?.entryCount).toBe(2);
    });

    it('replaces the copy only from the version it was merged from: a stale one is refused and changes nothing', async () => {
      const before = await diary();
      const stale = await call('PUT', '/api/v1/linked-diary', {
        entries: [entry('2026-11-30', 5)],
        baseUpdatedAt: null,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({
        code: 'conflict',
        details: { updatedAt: before.updatedAt },
      });
      const older = await call('PUT', '/api/v1/linked-diary', {
        entries: [entry('2026-11-30', 5)],
        baseUpdatedAt: '2026-01-01T00:00:00.000Z',
      });
      expect(older.statusCode).toBe(409);
      expect(await diary()).toEqual(before);

      // The same instant twice still moves the version on, so the other phone's base is stale.
      const merged = [...before.entries, entry('2026-11-30', 5)];
      const ok = await call('PUT', '/api/v1/linked-diary', {
        entries: merged,
        baseUpdatedAt: before.updatedAt,
      });
      expect(ok.statusCode).toBe(200);
      const after = await diary();
      expect(after.entries.map((e) => e.date)).toEqual(['2026-11-30', '2026-11-29', '2026-11-28']);
      expect(after.updatedAt).not.toBe(before.updatedAt);
      t.clock.advance(60_000);
      const fewer = await call('PUT', '/api/v1/linked-diary', {
        entries: [entry('2026-11-30', 3)],
        baseUpdatedAt: after.updatedAt,
      });
      expect(fewer.statusCode).toBe(200);
      expect((await diary()).entries.map((e) => [e.date, e.mood])).toEqual([['2026-11-30', 3]]);
    });

    it('refuses a bad diary with 400 and keeps what was linked', async () => {
      const before = await diary();
      const base = before.updatedAt;
      const bad = [
        [entry('2026-11-31', 3)],
        [entry('2026-11-30', 6)],
        [entry('2026-11-30', 0)],
        [entry('2026-11-30', 3, { note: 'x'.repeat(501) })],
        [entry('2026-11-30', 3, { sleepHours: 7.3 })],
        [entry('2026-11-30', 3, { sleepQuality: 'great' })],
        [entry('2026-11-30', 3), entry('2026-11-30', 4)],
        [{ ...entry('2026-11-30', 3), extra: 1 }],
        Array.from({ length: 367 }, (_, i) =>
          entry(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), 3),
        ),
      ];
      for (const entries of bad) {
        const res = await call('PUT', '/api/v1/linked-diary', { entries, baseUpdatedAt: base });
        expect(res.statusCode, JSON.stringify(entries).slice(0, 80)).toBe(400);
      }
      expect((await call('PUT', '/api/v1/linked-diary', { entries: [] })).statusCode).toBe(400);
      const noCode = await t.app.inject({ method: 'GET', url: '/api/v1/linked-diary' });
      expect(noCode.statusCode).toBe(400);
      const unknown = await call('GET', '/api/v1/linked-diary', undefined, 'ABCD-EFGH-2345-JKLM');
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.code).toBe('unknown_retrieval_code');
      const unknownPut = await call(
        'PUT',
        '/api/v1/linked-diary',
        { entries: [], baseUpdatedAt: null },
        'ABCD-EFGH-2345-JKLM',
      );
      expect(unknownPut.json().error.code).toBe('unknown_retrieval_code');
      expect(await diary()).toEqual(before);
    });

    it('links groups the same way, refusing unknown ones', async () => {
      const groups = async () => groupsResponse.parse((await call('GET', '/api/v1/linked-groups')).json());
      expect(await groups()).toEqual({ groups: [], updatedAt: null });
      const put = await call('PUT', '/api/v1/linked-groups', {
        groups: ['truck_driver', 'parent'],
        baseUpdatedAt: null,
      });
      expect(put.statusCode).toBe(200);
      const linked = await groups();
      expect(linked.groups).toEqual(['truck_driver', 'parent']);
      for (const bad of [['astronaut'], ['parent', 'parent']]) {
        const res = await call('PUT', '/api/v1/linked-groups', {
          groups: bad,
          baseUpdatedAt: linked.updatedAt,
        });
        expect(res.statusCode).toBe(400);
      }
      const stale = await call('PUT', '/api/v1/linked-groups', { groups: [], baseUpdatedAt: null });
      expect(stale.statusCode).toBe(409);
      expect(await groups()).toEqual(linked);
      const [row] = await db.database.db.select().from(linkedGroups);
      expect(row?.groupsSealed).not.toContain('truck_driver');
    });

    it('shows both in the worker’s data and download, and deleting my data deletes them', async () => {
      const other = (await takeCheckup(t)).code;
      await call(
        'PUT',
        '/api/v1/linked-diary',
        { entries: [entry('2026-11-27', 1, { note: NOTE })], baseUpdatedAt: null },
        other,
      );
      await call('PUT', '/api/v1/linked-groups', { groups: ['office_staff'], baseUpdatedAt: null }, other);
      const held = await t.app.inject({ url: '/api/v1/my-data', headers: byCode(other) });
      expect(held.json().linked).toMatchObject({
        diary: { entryCount: 1 },
        groups: { groups: ['office_staff'] },
      });
      const json = await t.app.inject({ url: '/api/v1/my-data/export?format=json', headers: byCode(other) });
      expect(json.json().linked.diary.entries[0]).toMatchObject({ date: '2026-11-27', mood: 1, note: NOTE });
      const html = await t.app.inject({
        url: '/api/v1/my-data/export?format=html&lang=en',
        headers: byCode(other),
      });
      expect(html.body).toContain('&lt;b&gt;MARKER-5f2c&lt;/b&gt;');
      expect(html.body).toContain('Office staff');
      expect(html.body).not.toContain('<b>MARKER');
      const before = { diaries: await rowsOf(linkedDiaries), groups: await rowsOf(linkedGroups) };
      const deletion = await t.app.inject({
        method: 'POST',
        url: '/api/v1/my-data/deletion',
        headers: byCode(other),
        payload: { confirm: true },
      });
      expect(deletion.statusCode).toBe(200);
      expect(deletion.json().deleted).toMatchObject({ linkedDiaryEntries: 1, linkedGroups: 1 });
      expect(deletion.json().statement).toContain('1篇心情日记');
      expect(await rowsOf(linkedDiaries)).toBe((before.diaries ?? 0) - 1);
      expect(await rowsOf(linkedGroups)).toBe((before.groups ?? 0) - 1);
      // The first worker's copies are untouched.
      expect((await diary()).entries).toHaveLength(1);
    });

    it('erasing with the retrieval code erases the linked copies too', async () => {
      const other = (await takeCheckup(t)).code;
      await call(
        'PUT',
        '/api/v1/linked-diary',
        { entries: [entry('2026-11-26', 2)], baseUpdatedAt: null },
        other,
      );
      await call('PUT', '/api/v1/linked-groups', { groups: ['parent'], baseUpdatedAt: null }, other);
      const identity = await findIdentity(db.database.db, hashRetrievalCode(other));
      const erase = await t.app.inject({
        method: 'POST',
        url: '/api/v1/retrieval/erase',
        payload: { retrievalCode: other },
      });
      expect(erase.statusCode).toBe(200);
      const id = identity?.id as string;
      expect(
        await db.database.db.select().from(linkedDiaries).where(eq(linkedDiaries.identityId, id)),
      ).toEqual([]);
      expect(await db.database.db.select().from(linkedGroups).where(eq(linkedGroups.identityId, id))).toEqual(
        [],
      );
    });

    it('stops linking on request: the server copy goes, and says whether there was one', async () => {
      const first = await call('DELETE', '/api/v1/linked-diary');
      expect(first.json()).toEqual({ deleted: true });
      expect(await diary()).toEqual({ entries: [], updatedAt: null });
      expect((await call('DELETE', '/api/v1/linked-diary')).json()).toEqual({ deleted: false });
      expect((await call('DELETE', '/api/v1/linked-groups')).json()).toEqual({ deleted: true });
      const groups = await call('GET', '/api/v1/linked-groups');
      expect(groups.json()).toEqual({ groups: [], updatedAt: null });
      // Linking again starts from nothing.
      const again = await call('PUT', '/api/v1/linked-diary', {
        entries: [entry('2026-12-01', 4)],
        baseUpdatedAt: null,
      });
      expect(again.statusCode).toBe(200);
    });
  },
);
