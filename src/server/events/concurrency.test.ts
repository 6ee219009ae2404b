import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCodes } from '../testing/identities';
import { eventRegistrations, groupEvents } from './tables';
import { insertTestEvent } from './test-fixtures';

/**
 * No event overbooked, no freed place offered twice, decided under the event's row lock (and the
 * `held <= capacity` check behind it). On a PostgreSQL server the requests truly race; on the embedded
 * database (one connection) the same assertions hold with fewer rounds.
 */
describe.each(testDrivers)('concurrent registrations for one event ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  const rounds = driver.name === 'postgres' ? 3 : 1;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const register = (eventId: string, body: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/group-events/${eventId}/registrations`,
      payload: { consent: true, ...body },
    });
  const rowsOf = (eventId: string) =>
    db.database.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
  const heldOf = async (eventId: string) =>
    (await db.database.db.select().from(groupEvents).where(eq(groupEvents.id, eventId)))[0]?.held;

  it('gives 30 places to 30 of 100 simultaneous registrations and puts the other 70 in line', async () => {
    for (let round = 0; round < rounds; round++) {
      const event = await insertTestEvent(db.database.db, t.clock.now(), { capacity: 30 });
      const codes = await retrievalCodes(db.database, 100);
      const answers = await Promise.all(codes.map((retrievalCode) => register(event.id, { retrievalCode })));
      expect(answers.filter((a) => a.statusCode >= 500).map((a) => a.body)).toEqual([]);
      expect(answers.map((a) => a.statusCode).every((s) => s === 201)).toBe(true);
      const statuses = answers.map((a) => a.json().registration.status);
      expect(statuses.filter((s) => s === 'registered')).toHaveLength(30);
      expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(70);
      const positions = answers
        .map((a) => a.json().registration.position)
        .filter((p): p is number => p !== null)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
      const rows = await rowsOf(event.id);
      expect(rows.filter((r) => r.status === 'registered')).toHaveLength(30);
      expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(70);
      expect(await heldOf(event.id)).toBe(30);
    }
  });

  it('offers the places of two simultaneous cancellations to positions 1 and 2, each exactly once', async () => {
    for (let round = 0; round < rounds; round++) {
      const event = await insertTestEvent(db.database.db, t.clock.now(), { capacity: 2 });
      const holders = await retrievalCodes(db.database, 2);
      const held = [];
      for (const retrievalCode of holders)
        held.push({
          retrievalCode,
          id: (await register(event.id, { retrievalCode })).json().registration.id,
        });
      const waiting: { phone: string; id: string }[] = [];
      for (let i = 0; i < 3; i++) {
        const phone = `1370${round}${String(i).padStart(6, '0')}`;
        await t.app.inject({ method: 'POST', url: '/api/v1/phone-verifications', payload: { phone } });
        const code = (t.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0] as string;
        const answer = await register(event.id, { phone, code });
        expect(answer.json().registration).toMatchObject({ status: 'waitlisted', position: i + 1 });
        waiting.push({ phone, id: answer.json().registration.id });
      }
      const sentBefore = t.sms.messages.length;

      const cancels = await Promise.all(
        held.map((h) =>
          t.app.inject({
            method: 'POST',
            url: `/api/v1/event-registrations/${h.id}/cancel`,
            headers: { 'x-retrieval-code': h.retrievalCode },
          }),
        ),
      );
      expect(cancels.map((c) => c.statusCode)).toEqual([200, 200]);

      const rows = await rowsOf(event.id);
      const statusOf = (id: string) => rows.find((r) => r.id === id)?.status;
      expect(waiting.map((w) => statusOf(w.id))).toEqual(['offered', 'offered', 'waitlisted']);
      expect(await heldOf(event.id)).toBe(2);
      const texts = t.sms.messages.slice(sentBefore);
      expect(texts.filter((m) => m.to === waiting[0]?.phone)).toHaveLength(1);
      expect(texts.filter((m) => m.to === waiting[1]?.phone)).toHaveLength(1);
      expect(texts.filter((m) => m.to === waiting[2]?.phone)).toHaveLength(0);
      expect(texts.every((m) => m.body.startsWith('【康乃馨】活动提醒：'))).toBe(true);
    }
  });
});
