import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashRetrievalCode } from '../../core/instruments/retrieval-code';
import { alerts } from '../alerts/tables';
import { auditEvents } from '../audit/tables';
import { generateOpenSlots } from '../booking/slot-generation';
import { bookings } from '../booking/tables';
import { caseEvents, caseNotes, cases, referrals } from '../care/tables';
import { findIdentity } from '../checkup/repository';
import { jobHandlers } from '../jobs/handlers';
import {
  demoWorld,
  insertAlertRow,
  insertCase,
  insertNote,
  insertReferral,
  sampleNote,
} from '../measures/test-fixtures';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { deletionResponse, holdingsSchema, withdrawalResponse } from './schemas';
import { book, byCode, byPhone, phoneCode, takeCheckup } from './test-workers';

const WORKER = '13955556666';
const BYSTANDER = '13677778888';

describe.each(testDrivers)(
  'the worker’s rights: withdrawing consent, deletion, retention ($name)',
  (driver) => {
    let db: TestDatabase;
    let t: TestApp;
    let world: Awaited<ReturnType<typeof demoWorld>>;
    let bystanderCase: string;

    beforeAll(async () => {
      db = await driver.open();
      t = await makeTestApp(db.database);
      world = await demoWorld(db.database.db);
      await generateOpenSlots(db.database.db, {}, t.clock.now());
      const hash = t.cipher.blindIndex(BYSTANDER, 'phone');
      await insertAlertRow(db.database.db, t.cipher, {
        tenantId: world.tenantId,
        contact: { phone: BYSTANDER },
        subjectPhoneHash: hash,
      });
      bystanderCase = (
        await insertCase(db.database.db, t.cipher, {
          tenantId: world.tenantId,
          counsellorId: world.counsellorId,
          subjectPhoneHash: hash,
          contact: { phone: BYSTANDER },
        })
      ).id;
    });
    afterAll(async () => {
      await t.close();
      await db.drop();
    });

    const post = (url: string, payload: Record<string, unknown>, headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url, payload, headers });
    const rowOf = async <T>(table: 'cases' | 'alerts', id: string) => {
      const tbl = table === 'cases' ? cases : alerts;
      const [row] = await db.database.db.select().from(tbl).where(eq(tbl.id, id));
      return row as T;
    };
    const untouchedBystander = async () => {
      const c = await rowOf<typeof cases.$inferSelect>('cases', bystanderCase);
      expect(c.contactSealed).not.toBeNull();
      expect(c.status).toBe('open');
    };

    it('withdraws each consent at once, everywhere it was given, and says what changed', async () => {
      const { id: submissionId, code: retrieval } = await takeCheckup(t);
      const identity = await findIdentity(db.database.db, hashRetrievalCode(retrieval));
      const code = await phoneCode(t, WORKER);
      const bookingId = await book(t, { retrievalCode: retrieval }, true);
      const hash = t.cipher.blindIndex(WORKER, 'phone');
      const d = db.database.db;
      const alert = await insertAlertRow(d, t.cipher, {
        tenantId: world.tenantId,
        contact: { phone: WORKER },
        subjectPhoneHash: hash,
        subjectIdentityId: identity?.id,
        submissionId,
      });
      const c = await insertCase(d, t.cipher, {
        tenantId: world.tenantId,
        counsellorId: world.counsellorId,
        subjectPhoneHash: hash,
        contact: { phone: WORKER },
      });
      await insertReferral(d, t.cipher, { ...c, counsellorId: world.counsellorId }, world.institutionId, {
        phone: WORKER,
      });

      const bad = await post(
        '/api/v1/my-data/consent-withdrawal',
        { consent: 'everything' },
        byPhone(WORKER, code),
      );
      expect(bad.statusCode).toBe(400);
      expect((await rowOf<typeof alerts.$inferSelect>('alerts', alert.id)).contactSealed).not.toBeNull();

      const contact = await post(
        '/api/v1/my-data/consent-withdrawal',
        { consent: 'contact' },
        byPhone(WORKER, code),
      );
      expect(contact.statusCode).toBe(200);
      expect(withdrawalResponse.parse(contact.json()).changed).toMatchObject({
        requests: 1,
        requestsClosed: 1,
        cases: 1,
      });
      const a = await rowOf<typeof alerts.$inferSelect>('alerts', alert.id);
      expect(a).toMatchObject({ contactSealed: null, status: 'closed', closedReason: 'consent_withdrawn' });
      const k = await rowOf<typeof cases.$inferSelect>('cases', c.id);
      expect(k).toMatchObject({ contactSealed: null, status: 'open' });
      expect(k.contactErasedAt).not.toBeNull();
      const timeline = await d.select().from(caseEvents).where(eq(caseEvents.caseId, c.id));
      expect(timeline.map((e) => e.kind)).toEqual(['contact_withdrawn']);

      const sharing = await post(
        '/api/v1/my-data/consent-withdrawal',
        { consent: 'results_sharing', lang: 'en' },
        byCode(retrieval),
      );
      expect(sharing.json().changed).toMatchObject({ requests: 1, bookings: 1 });
      expect(sharing.json().message).toMatch(/no longer shown/);
      expect((await rowOf<typeof alerts.$inferSelect>('alerts', alert.id)).submissionId).toBeNull();
      const [b] = await d.select().from(bookings).where(eq(bookings.id, bookingId));
      expect(b?.sharedIdentityId).toBeNull();

      const refs = await post(
        '/api/v1/my-data/consent-withdrawal',
        { consent: 'referrals' },
        byPhone(WORKER, code),
      );
      expect(refs.json().changed.referrals).toBe(1);
      const [r] = await d.select().from(referrals).where(eq(referrals.caseId, c.id));
      expect(r).toMatchObject({ status: 'withdrawn', sharedSealed: null });

      const held = holdingsSchema.parse(
        (await t.app.inject({ url: '/api/v1/my-data', headers: byPhone(WORKER, code) })).json(),
      );
      const kinds = held.consents
        .filter((x) => x.withdrawnAt)
        .map((x) => x.kind)
        .sort();
      expect(kinds).toEqual(['contact', 'contact', 'referrals', 'results_sharing']);
      await untouchedBystander();
    });

    it('deletes at once, keeps the case records the ethics code asks for, states until when and why; the purge job deletes them then', async () => {
      const { code: retrieval } = await takeCheckup(t);
      await takeCheckup(t, retrieval);
      const identity = await findIdentity(db.database.db, hashRetrievalCode(retrieval));
      const bookingId = await book(t, { retrievalCode: retrieval });
      const d = db.database.db;
      const alert = await insertAlertRow(d, t.cipher, {
        tenantId: world.tenantId,
        contact: { phone: '13500001111' },
        subjectIdentityId: identity?.id,
      });
      const base = { tenantId: world.tenantId, counsellorId: world.counsellorId };
      const open = await insertCase(d, t.cipher, {
        ...base,
        subjectIdentityId: identity?.id,
        contact: { phone: '13500001111' },
      });
      await insertNote(d, t.cipher, { ...open, ...base }, sampleNote('kept for three years'));
      const closedAt = new Date('2026-06-01T00:00:00Z');
      const earlier = await insertCase(d, t.cipher, {
        ...base,
        subjectIdentityId: identity?.id,
        status: 'closed',
        closedAt,
        retainUntil: new Date('2029-06-01T00:00:00Z'),
      });

      const unconfirmed = await post('/api/v1/my-data/deletion', { confirm: false }, byCode(retrieval));
      expect(unconfirmed.statusCode).toBe(400);
      expect(await findIdentity(d, hashRetrievalCode(retrieval))).toBeDefined();

      const res = await post('/api/v1/my-data/deletion', { confirm: true }, byCode(retrieval));
      expect(res.statusCode).toBe(200);
      const answer = deletionResponse.parse(res.json());
      expect(answer.deleted).toMatchObject({
        checkups: 2,
        appointmentsUnlinked: 1,
        appointmentsCancelled: 1,
        requestContacts: 1,
        caseContacts: 1,
        casesClosed: 1,
      });
      const now = t.clock.now();
      const threeYears = new Date(now);
      threeYears.setUTCFullYear(threeYears.getUTCFullYear() + 3);
      expect(answer.retained).toEqual(
        expect.arrayContaining([
          {
            caseNumber: open.number,
            retainUntil: threeYears.toISOString(),
            why: expect.stringContaining('3年'),
          },
          { caseNumber: earlier.number, retainUntil: '2029-06-01T00:00:00.000Z', why: expect.any(String) },
        ]),
      );
      expect(answer.statement).toContain('已删除：2次自测结果');
      expect(answer.statement).toContain(open.number);

      // What the answer says happened, happened.
      expect(await findIdentity(d, hashRetrievalCode(retrieval))).toBeUndefined();
      const history = await post('/api/v1/retrieval/history', { retrievalCode: retrieval }, {});
      expect(history.json().error.code).toBe('unknown_retrieval_code');
      const [b] = await d.select().from(bookings).where(eq(bookings.id, bookingId));
      expect(b).toMatchObject({ bookerId: null, status: 'cancelled' });
      const a = await rowOf<typeof alerts.$inferSelect>('alerts', alert.id);
      expect(a).toMatchObject({
        contactSealed: null,
        subjectIdentityId: null,
        subjectPhoneHash: null,
        status: 'closed',
      });
      const k = await rowOf<typeof cases.$inferSelect>('cases', open.id);
      expect(k).toMatchObject({ status: 'closed', closureReason: 'deletion_requested', contactSealed: null });
      expect(k.retainUntil?.toISOString()).toBe(threeYears.toISOString());
      expect(await d.select().from(caseNotes).where(eq(caseNotes.caseId, open.id))).toHaveLength(1);
      await untouchedBystander();

      // The day after the earlier case's date, the daily job deletes it; the other waits for its own date.
      const job = jobHandlers.find((j) => j.name === 'cases.purge');
      const run = (at: Date) => {
        t.clock.set(at);
        return job?.run({
          database: db.database,
          clock: t.clock,
          cipher: t.cipher,
          sms: t.sms,
          events: t.events,
          data: {},
        });
      };
      expect(await run(new Date('2029-06-02T00:00:00Z'))).toEqual({ deleted: 1 });
      const left = await d
        .select({ id: cases.id })
        .from(cases)
        .where(inArray(cases.id, [open.id, earlier.id]));
      expect(left.map((x) => x.id)).toEqual([open.id]);
      expect(await run(new Date(threeYears.getTime() + 86_400_000))).toEqual({ deleted: 1 });
      expect(await d.select().from(caseNotes).where(eq(caseNotes.caseId, open.id))).toHaveLength(0);
      const purged = await d.select().from(auditEvents).where(eq(auditEvents.action, 'case.purge'));
      expect(purged.map((e) => e.objectId).sort()).toEqual([open.id, earlier.id].sort());
      await untouchedBystander();
    });
  },
);
