import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashRetrievalCode } from '../../core/instruments/retrieval-code';
import { generateOpenSlots } from '../booking/slot-generation';
import { findIdentity } from '../checkup/repository';
import {
  demoWorld,
  insertAlertRow,
  insertBreakGlass,
  insertCase,
  insertNote,
  insertReferral,
  insertTask,
  sampleNote,
} from '../measures/test-fixtures';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { accessLogSchema, holdingsSchema } from './schemas';
import { book, byCode, byPhone, phoneCode, takeCheckup } from './test-workers';

const MINE = '13911112222';
const THEIRS = '13733334444';
const MARKER = 'MARKER-b7e1 <script>alert(1)</script>';

describe.each(testDrivers)(
  'the worker’s own data: what is held, who read it, the download ($name)',
  (driver) => {
    let db: TestDatabase;
    let t: TestApp;
    let world: Awaited<ReturnType<typeof demoWorld>>;
    let code: string;
    let retrieval: string;
    let mine: { id: string; number: string; tenantId: string };
    let theirs: { id: string; number: string; tenantId: string };
    let myAlert: string;

    beforeAll(async () => {
      db = await driver.open();
      t = await makeTestApp(db.database);
      world = await demoWorld(db.database.db);
      await generateOpenSlots(db.database.db, {}, t.clock.now());
      const d = db.database.db;
      const c = t.cipher;
      retrieval = (await takeCheckup(t)).code;
      const identity = await findIdentity(d, hashRetrievalCode(retrieval));
      code = await phoneCode(t, MINE);
      await book(t, { phone: MINE, code });
      const hash = c.blindIndex(MINE, 'phone');
      myAlert = (
        await insertAlertRow(d, c, {
          tenantId: world.tenantId,
          contact: { phone: MINE, preferredTime: '晚上' },
          subjectPhoneHash: hash,
        })
      ).id;
      const base = { tenantId: world.tenantId, counsellorId: world.counsellorId };
      mine = await insertCase(d, c, {
        ...base,
        alertId: myAlert,
        subjectPhoneHash: hash,
        subjectIdentityId: identity?.id,
        contact: { name: '张师傅', phone: MINE },
      });
      await insertNote(d, c, { ...mine, ...base }, sampleNote(MARKER));
      await insertTask(d, c, { ...mine, ...base }, 'group_activity', '减压团体辅导（周六）');
      await insertReferral(d, c, { ...mine, ...base }, world.institutionId, { summary: '需要评估' });
      const otherHash = c.blindIndex(THEIRS, 'phone');
      await insertAlertRow(d, c, {
        tenantId: world.tenantId,
        contact: { phone: THEIRS },
        subjectPhoneHash: otherHash,
      });
      theirs = await insertCase(d, c, { ...base, subjectPhoneHash: otherHash, contact: { phone: THEIRS } });
      await insertNote(d, c, { ...theirs, ...base }, sampleNote('SOMEONE-ELSE'));
    });
    afterAll(async () => {
      await t.close();
      await db.drop();
    });

    const get = (url: string, headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url, headers });

    it('shows exactly what is held about the person asking, by phone or by code, and nobody else’s', async () => {
      const res = await get('/api/v1/my-data', byPhone(MINE, code));
      expect(res.statusCode).toBe(200);
      const held = holdingsSchema.parse(res.json());
      expect(held.identifiedBy).toBe('phone');
      expect(held.cases.map((x) => x.number)).toEqual([mine.number]);
      expect(held.cases[0]).toMatchObject({
        status: 'open',
        notesCount: 1,
        contactHeld: true,
        retainUntil: null,
        recommendations: [{ kind: 'group_activity', title: '减压团体辅导（周六）' }],
        referrals: [{ institution: '市心理健康服务中心（合作机构）', items: ['contact', 'summary'] }],
      });
      expect(held.requests.map((r) => r.id)).toEqual([myAlert]);
      expect(held.requests[0]).toMatchObject({ contactHeld: true, caseNumber: null });
      expect(held.appointments).toHaveLength(1);
      expect(held.consents.map((x) => x.kind).sort()).toEqual(['booking', 'contact', 'contact', 'referrals']);
      expect(held.retention.statement).toContain('3年');
      // The overview shows that notes exist, not their words; nothing of the other worker is there.
      expect(res.body).not.toContain('MARKER');
      expect(res.body).not.toContain(theirs.number);
      expect(res.body).not.toContain(THEIRS);

      const byRetrieval = holdingsSchema.parse(
        (await get('/api/v1/my-data?lang=en', byCode(retrieval))).json(),
      );
      expect(byRetrieval.identifiedBy).toBe('retrieval_code');
      expect(byRetrieval.checkups).toHaveLength(1);
      expect(byRetrieval.checkups[0]?.results.map((r) => r.instrument)).toContain('who5');
      expect(byRetrieval.cases.map((x) => x.number)).toEqual([mine.number]);
      expect(byRetrieval.appointments).toEqual([]); // booked by phone, not under the code
      expect(byRetrieval.retention.statement).toContain('3 years');
    });

    it('refuses a wrong credential with a clear 4xx and says nothing', async () => {
      const wrong = await get('/api/v1/my-data', byPhone(MINE, '000000'));
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.code).toBe('invalid_phone_code');
      const unknown = await get('/api/v1/my-data', byCode('ABCD-EFGH-2345-JKLM'));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.code).toBe('unknown_retrieval_code');
      const none = await get('/api/v1/my-data', {});
      expect(none.statusCode).toBe(400);
      expect(none.json().error.code).toBe('validation_failed');
    });

    it('lists who read the records and when, with names, roles, the basis and break-glass, newest first', async () => {
      const counsellor = await t.signInAs('counsellor');
      expect((await counsellor.request('GET', `/api/v1/cases/${mine.id}/measures`)).statusCode).toBe(200);
      expect((await counsellor.request('GET', `/api/v1/cases/${theirs.id}/measures`)).statusCode).toBe(200);
      const supervisor = await t.signInAs('supervisor');
      await insertBreakGlass(
        db.database.db,
        t.cipher,
        mine,
        world.supervisorId,
        '紧急：联系不上本人',
        t.clock.now(),
      );
      t.clock.advance(1000);
      expect((await supervisor.request('GET', `/api/v1/cases/${mine.id}/measures`)).statusCode).toBe(200);

      const res = await get('/api/v1/my-data/access-log', byPhone(MINE, code));
      expect(res.statusCode).toBe(200);
      const { entries } = accessLogSchema.parse(res.json());
      const reads = entries.filter((e) => e.action === 'case.measures.read');
      expect(reads).toEqual([
        expect.objectContaining({
          who: '演示·督导 李老师',
          role: 'supervisor',
          basis: 'break_glass',
          breakGlass: true,
        }),
        expect.objectContaining({
          who: '演示·心理咨询师 王老师',
          role: 'counsellor',
          basis: 'assigned',
          breakGlass: false,
        }),
      ]);
      expect(reads[0]?.what).toBe('查看了问卷结果');
      expect(Date.parse(reads[0]?.at as string)).toBeGreaterThan(Date.parse(reads[1]?.at as string));
    });

    it('downloads everything held: complete JSON with the notes opened, and a readable, escaped page', async () => {
      const json = await get('/api/v1/my-data/export?format=json', byPhone(MINE, code));
      expect(json.statusCode).toBe(200);
      expect(json.headers['content-disposition']).toMatch(
        /^attachment; filename="carnation-my-data-.*\.json"$/,
      );
      const data = JSON.parse(json.body);
      expect(data.cases).toHaveLength(1);
      expect(data.cases[0].notes[0].body.text).toBe(MARKER);
      expect(data.cases[0].contact).toEqual({ name: '张师傅', phone: MINE });
      expect(data.cases[0].referrals[0].shared).toEqual({ summary: '需要评估' });
      expect(data.requests[0].contact).toMatchObject({ phone: MINE });
      expect(data.accessLog.length).toBeGreaterThan(0);
      expect(json.body).not.toContain('SOMEONE-ELSE');

      const html = await get('/api/v1/my-data/export?format=html&lang=en', byPhone(MINE, code));
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      expect(html.body).toMatch(/^<!doctype html>\s*<html lang="en">/);
      expect(html.body).toContain('MARKER-b7e1 &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html.body).not.toContain('<script>');
      expect(html.body).toContain(mine.number);
      expect(html.body).toContain('Who read or changed it');
    });
  },
);
