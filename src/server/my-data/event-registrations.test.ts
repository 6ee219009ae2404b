import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRegistrations, groupEvents } from '../events/tables';
import { insertTestEvent } from '../events/test-fixtures';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCode } from '../testing/identities';
import { holdingsSchema } from './schemas';
import { byCode, byPhone, phoneCode } from './test-workers';

const WORKER = '13912340001';

describe.each(testDrivers)('my data: the worker’s event registrations ($name)', (driver) => {
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

  const inject = (method: 'GET' | 'POST', url: string, payload?: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method, url, payload: payload as Record<string, unknown>, headers });
  const register = async (eventId: string, body: Record<string, unknown>) => {
    const res = await inject('POST', `/api/v1/group-events/${eventId}/registrations`, {
      consent: true,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().registration.id as string;
  };
  const registration = async (id: string) =>
    (await db.database.db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id)))[0];

  it('shows the worker their own registrations, in the download too, and deletion unlinks them', async () => {
    const d = db.database.db;
    const talk = await insertTestEvent(d, t.clock.now(), { title: '睡个好觉：倒班职工的睡眠讲座' });
    const workshop = await insertTestEvent(d, t.clock.now(), {
      title: '沙画疗愈坊',
      startsAt: new Date(t.clock.now().getTime() + 50 * 3_600_000),
    });
    const mine = await register(talk.id, { phone: WORKER, code: await phoneCode(t, WORKER) });
    await d
      .update(eventRegistrations)
      .set({ checkedInAt: t.clock.now() })
      .where(eq(eventRegistrations.id, mine));
    // Somebody else, by retrieval code, at both events.
    const other = await retrievalCode(db.database);
    const theirs = await register(talk.id, { retrievalCode: other });
    await register(workshop.id, { retrievalCode: other });

    const res = await inject(
      'GET',
      '/api/v1/my-data',
      undefined,
      byPhone(WORKER, await phoneCode(t, WORKER)),
    );
    expect(res.statusCode, res.body).toBe(200);
    const held = holdingsSchema.parse(res.json());
    expect(held.eventRegistrations).toEqual([
      {
        id: mine,
        title: '睡个好觉：倒班职工的睡眠讲座',
        startsAt: talk.startsAt.toISOString(),
        endsAt: talk.endsAt.toISOString(),
        timeZone: 'Asia/Shanghai',
        place: expect.stringContaining('驿站'),
        eventCancelled: false,
        status: 'registered',
        registeredAt: expect.any(String),
        cancelledAt: null,
        checkedIn: true,
        checkedInAt: t.clock.now().toISOString(),
      },
    ]);

    // The other worker sees their two, in English when asked, and not checked in; never the first worker's.
    const theirView = holdingsSchema.parse(
      (await inject('GET', '/api/v1/my-data?lang=en', undefined, byCode(other))).json(),
    );
    expect(theirView.eventRegistrations.map((r) => [r.id === theirs, r.checkedIn, r.status])).toEqual([
      [false, false, 'registered'],
      [true, false, 'registered'],
    ]);
    expect(theirView.eventRegistrations.some((r) => r.id === mine)).toBe(false);
    await d.update(groupEvents).set({ status: 'cancelled' }).where(eq(groupEvents.id, workshop.id));
    const afterCancel = holdingsSchema.parse(
      (await inject('GET', '/api/v1/my-data', undefined, byCode(other))).json(),
    );
    expect(afterCancel.eventRegistrations[0]?.eventCancelled).toBe(true);

    // The download holds them too: the JSON and the readable page.
    const code = await phoneCode(t, WORKER);
    const json = await inject('GET', '/api/v1/my-data/export?format=json', undefined, byPhone(WORKER, code));
    expect(json.statusCode).toBe(200);
    expect(JSON.parse(json.body).eventRegistrations[0]).toMatchObject({ id: mine, checkedIn: true });
    const html = await inject(
      'GET',
      '/api/v1/my-data/export?format=html',
      undefined,
      byPhone(WORKER, await phoneCode(t, WORKER)),
    );
    expect(html.body).toContain('活动报名');
    expect(html.body).toContain('睡个好觉：倒班职工的睡眠讲座');
    expect(html.body).toContain('已签到');
    expect(held.retention.statement).toContain('活动报名记录在您要求删除时不再关联到您本人');

    // Deleting: the registration stays for the event's counts, linked to nobody; the other worker's is untouched.
    const deleted = await inject(
      'POST',
      '/api/v1/my-data/deletion',
      { confirm: true },
      byPhone(WORKER, await phoneCode(t, WORKER)),
    );
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect(await registration(mine)).toMatchObject({ bookerId: null, status: 'registered' });
    expect((await registration(theirs))?.bookerId).not.toBeNull();
    const after = holdingsSchema.parse(
      (await inject('GET', '/api/v1/my-data', undefined, byPhone(WORKER, await phoneCode(t, WORKER)))).json(),
    );
    expect(after.eventRegistrations).toEqual([]);
  });
});
