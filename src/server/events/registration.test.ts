import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../jobs/handlers';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { retrievalCode } from '../testing/identities';
import { replanEventReminders } from './offers';
import { eventFeedback, eventRegistrations, eventReminders, groupEvents } from './tables';
import { demoOrganisation, insertTestEvent } from './test-fixtures';

const HOUR = 3_600_000;

describe.each(testDrivers)('registering for a group event ($name)', (driver) => {
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
  const person = () => retrievalCode(db.database);
  const register = (eventId: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
    inject('POST', `/api/v1/group-events/${eventId}/registrations`, { consent: true, ...body }, headers);
  const asCode = (code: string) => ({ 'x-retrieval-code': code });
  let phoneSeq = 0;
  /** A worker with a confirmed phone: the credential for the body, and the headers. */
  async function phoneWorker(lang?: 'en') {
    const phone = `1390000${String(1000 + phoneSeq++).padStart(4, '0')}`;
    await inject('POST', '/api/v1/phone-verifications', { phone, lang });
    const code = (t.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0] as string;
    return { phone, body: { phone, code }, headers: { 'x-phone': phone, 'x-phone-code': code } };
  }
  const rows = (eventId: string) =>
    db.database.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
  const held = async (eventId: string) =>
    (await db.database.db.select().from(groupEvents).where(eq(groupEvents.id, eventId)))[0]?.held;
  const runJob = (name: string) =>
    jobHandlers
      .find((j) => j.name === name)
      ?.run({
        database: db.database,
        clock: t.clock,
        cipher: t.cipher,
        sms: t.sms,
        events: t.events,
        data: {},
      });

  it('lists an open event with places left, hides drafts and invitation-only ones without the token', async () => {
    const now = t.clock.now();
    const open = await insertTestEvent(db.database.db, now, { title: '公开讲座', capacity: 12 });
    const draft = await insertTestEvent(db.database.db, now, { title: '草稿', status: 'draft' });
    const logistics = await demoOrganisation(db.database.db, '顺达');
    const invited = await insertTestEvent(db.database.db, now, {
      title: '顺达专场',
      invitedOrganisationId: logistics.id,
      inviteToken: 'secret-invite-token-1',
      place: 'site',
    });
    const list = await inject('GET', '/api/v1/group-events');
    expect(list.statusCode).toBe(200);
    const ids = list.json().events.map((e: { id: string }) => e.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(invited.id);
    const summary = list.json().events.find((e: { id: string }) => e.id === open.id);
    expect(summary).toMatchObject({
      kind: 'lecture',
      kindName: '心理讲座',
      title: '公开讲座',
      timeZone: 'Asia/Shanghai',
      capacity: 12,
      placesLeft: 12,
      waitlistLength: 0,
      visibility: 'open',
      status: 'published',
      hosts: [{ name: '王老师' }],
      registration: { refusal: null },
      place: { kind: 'service_point', name: '市职工服务中心心灵驿站' },
    });

    const withToken = await inject('GET', '/api/v1/group-events?invite=secret-invite-token-1');
    const shown = withToken.json().events.find((e: { id: string }) => e.id === invited.id);
    expect(shown).toMatchObject({ visibility: 'invitation', invitedOrganisationName: logistics.name });
    expect((await inject('GET', `/api/v1/group-events/${invited.id}`)).json().error.code).toBe(
      'event_not_found',
    );
    const detail = await inject(
      'GET',
      `/api/v1/group-events/${invited.id}?invite=secret-invite-token-1&lang=en`,
    );
    expect(detail.json().event).toMatchObject({ id: invited.id, place: { kind: 'site' }, seriesId: null });
    expect(detail.json().event.description).toContain('\n');
    expect((await inject('GET', `/api/v1/group-events/${draft.id}`)).statusCode).toBe(404);

    // Nearest first with ?near= (the logistics park's site is closer to the park than the city station).
    const near = (
      await inject('GET', '/api/v1/group-events?near=33.9823,116.7652&invite=secret-invite-token-1')
    )
      .json()
      .events.filter((e: { id: string }) => [open.id, invited.id].includes(e.id));
    expect(near.map((e: { id: string }) => e.id)).toEqual([invited.id, open.id]);
    expect(near[0].distanceMetres).toBe(0);
    expect((await inject('GET', '/api/v1/group-events?near=nowhere')).statusCode).toBe(400);
  });

  it('registers while places last, then waitlists; refuses a second live registration', async () => {
    const event = await insertTestEvent(db.database.db, t.clock.now(), { capacity: 2 });
    const a = await person();
    const first = await register(event.id, { retrievalCode: a });
    expect(first.statusCode).toBe(201);
    expect(first.json().registration).toMatchObject({
      status: 'registered',
      position: null,
      canCancel: true,
      canCheckIn: false,
      event: { id: event.id, placesLeft: 1 },
    });
    expect(first.json().registration.ticket).toMatch(/^carnation-event:/);
    expect((await register(event.id, { retrievalCode: a })).json().error.code).toBe('already_registered');
    await register(event.id, { retrievalCode: await person() });
    const third = await register(event.id, { retrievalCode: await person() });
    expect(third.statusCode).toBe(201);
    expect(third.json().registration).toMatchObject({ status: 'waitlisted', position: 1, ticket: null });
    const fourth = await register(event.id, { retrievalCode: await person() });
    expect(fourth.json().registration.position).toBe(2);
    expect(await held(event.id)).toBe(2);
    const mine = await inject('GET', '/api/v1/event-registrations', undefined, asCode(a));
    expect(mine.json().registrations.map((r: { id: string }) => r.id)).toContain(
      first.json().registration.id,
    );
  });

  it('refuses bad input and closed events with 4xx, changing nothing', async () => {
    const event = await insertTestEvent(db.database.db, t.clock.now(), { capacity: 5 });
    const code = await person();
    const answers = [
      await register(event.id, { retrievalCode: code, consent: false }),
      await register(event.id, {}),
      await register(event.id, { retrievalCode: code, extra: 1 }),
      await register('00000000-0000-4000-8000-000000000000', { retrievalCode: code }),
      await inject('POST', `/api/v1/group-events/${event.id}/registrations`, { retrievalCode: code }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 400, 404, 400]);
    expect(answers[0]?.json().error.code).toBe('consent_required');
    const soon = await insertTestEvent(db.database.db, t.clock.now(), {
      registrationOpensAt: new Date(t.clock.now().getTime() + 5 * HOUR),
    });
    const early = await register(soon.id, { retrievalCode: code });
    expect([early.statusCode, early.json().error.code, early.json().error.details]).toEqual([
      409,
      'event_closed',
      { refusal: 'not_yet_open' },
    ]);
    expect(await rows(event.id)).toHaveLength(0);
    expect(await rows(soon.id)).toHaveLength(0);
  });

  it('answers a retry with the same Idempotency-Key as the first time, registering once', async () => {
    const event = await insertTestEvent(db.database.db, t.clock.now(), { capacity: 3 });
    const code = await person();
    const key = { 'idempotency-key': 'retry-key-0001' };
    const first = await register(event.id, { retrievalCode: code }, key);
    const again = await register(event.id, { retrievalCode: code }, key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().registration.id).toBe(first.json().registration.id);
    const other = await register(event.id, { retrievalCode: await person() }, key);
    expect(other.json().error.code).toBe('idempotency_key_reused');
    expect(await rows(event.id)).toHaveLength(1);
  });

  it('offers a freed place to the first in line by text, passes it on when it lapses, and lets the next accept', async () => {
    const event = await insertTestEvent(db.database.db, t.clock.now(), { capacity: 1 });
    const holder = await person();
    const taken = (await register(event.id, { retrievalCode: holder })).json().registration;
    const first = await phoneWorker();
    const second = await phoneWorker('en');
    const w1 = (await register(event.id, first.body)).json().registration;
    const w2 = (await register(event.id, { ...second.body, lang: 'en' })).json().registration;
    expect([w1.status, w2.status, w2.position]).toEqual(['waitlisted', 'waitlisted', 2]);

    const cancelled = await inject(
      'POST',
      `/api/v1/event-registrations/${taken.id}/cancel`,
      undefined,
      asCode(holder),
    );
    expect(cancelled.json().registration).toMatchObject({ status: 'cancelled', canCancel: false });
    const offerText = t.sms.lastTo(first.phone)?.body ?? '';
    expect(offerText.startsWith('【康乃馨】活动提醒：')).toBe(true);
    expect(offerText).toContain('市职工服务中心心灵驿站');
    expect(offerText).not.toMatch(/讲座|压力/);
    const offered = (await inject('GET', '/api/v1/event-registrations', undefined, first.headers)).json()
      .registrations[0];
    expect(offered).toMatchObject({ id: w1.id, status: 'offered', ticket: null });
    expect(await held(event.id)).toBe(1);

    // Not taken in time: it lapses and goes to the second in line (texted in English).
    t.clock.advance(2 * HOUR + 60_000);
    expect(await runJob('events.offers')).toEqual({ expired: 1, offered: 1 });
    const late = await inject('POST', `/api/v1/event-registrations/${w1.id}/accept`, undefined, {
      ...(await refreshed(first.phone)),
    });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'offer_expired']);
    expect(t.sms.lastTo(second.phone)?.body).toMatch(/^\[Carnation\] Event reminder: a place has come free/);
    const accepted = await inject('POST', `/api/v1/event-registrations/${w2.id}/accept`, undefined, {
      ...(await refreshed(second.phone)),
    });
    expect(accepted.json().registration).toMatchObject({ status: 'registered', offerExpiresAt: null });
    expect(accepted.json().registration.ticket).toMatch(/^carnation-event:/);
    expect(await held(event.id)).toBe(1);
    const planned = await db.database.db
      .select()
      .from(eventReminders)
      .where(eq(eventReminders.registrationId, w2.id));
    expect(planned.map((p) => p.kind).sort()).toEqual(['day_before', 'two_hours']);
  });

  /** A fresh phone code for a known number (codes last ten minutes; the tests move the clock). */
  async function refreshed(phone: string) {
    await inject('POST', '/api/v1/phone-verifications', { phone });
    const code = (t.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0] as string;
    return { 'x-phone': phone, 'x-phone-code': code };
  }

  it('reminds the registered by text with the time and place only, in their language', async () => {
    const startsAt = new Date(t.clock.now().getTime() + 30 * HOUR);
    const event = await insertTestEvent(db.database.db, t.clock.now(), {
      startsAt,
      kind: 'group_counselling',
    });
    const zh = await phoneWorker();
    const en = await phoneWorker('en');
    await register(event.id, zh.body);
    await register(event.id, { ...en.body, lang: 'en' });
    t.clock.set(new Date(startsAt.getTime() - 24 * HOUR + 30_000));
    const result = (await runJob('events.reminders')) as { sent: number };
    expect(result.sent).toBeGreaterThanOrEqual(2);
    const zhText = t.sms.lastTo(zh.phone)?.body ?? '';
    expect(zhText).toMatch(/^【康乃馨】活动提醒：您报名的活动在明天，/);
    expect(zhText).toContain('地点：市职工服务中心心灵驿站');
    expect(zhText).not.toMatch(/团体辅导|讲座/);
    expect(t.sms.lastTo(en.phone)?.body).toMatch(/^\[Carnation\] Event reminder: .* tomorrow/);
    const again = (await runJob('events.reminders')) as { sent: number };
    expect(again.sent).toBe(0);
  });

  it('gives a freed place at once near the start; a place in line frees nothing; the link only while registered', async () => {
    const startsAt = new Date(t.clock.now().getTime() + 70 * 60_000);
    const event = await insertTestEvent(db.database.db, t.clock.now(), {
      startsAt,
      capacity: 1,
      place: 'online',
      kind: 'online_live',
      audiences: ['truck_driver'],
    });
    const holder = await person();
    const taken = (await register(event.id, { retrievalCode: holder })).json().registration;
    expect(taken.onlineUrl).toBe('https://meet.example.org/carnation-talk');
    const next = await phoneWorker();
    const third = await person();
    const waiting = (await register(event.id, next.body)).json().registration;
    const last = (await register(event.id, { retrievalCode: third })).json().registration;
    expect([waiting.onlineUrl, last.position]).toEqual([null, 2]);

    const left = await inject(
      'POST',
      `/api/v1/event-registrations/${last.id}/cancel`,
      undefined,
      asCode(third),
    );
    expect(left.json().registration.status).toBe('cancelled');
    expect(await held(event.id)).toBe(1);

    await inject('POST', `/api/v1/event-registrations/${taken.id}/cancel`, undefined, asCode(holder));
    const given = (await inject('GET', '/api/v1/event-registrations', undefined, next.headers)).json()
      .registrations[0];
    expect(given).toMatchObject({ id: waiting.id, status: 'registered' });
    expect(given.onlineUrl).not.toBeNull();
    expect(t.sms.lastTo(next.phone)?.body).toMatch(
      /^【康乃馨】活动提醒：您候补的活动有名额了，已为您报名：.*线上参加/,
    );
    expect(await held(event.id)).toBe(1);

    const byKind = (await inject('GET', '/api/v1/group-events?kind=online_live')).json().events;
    expect(byKind.map((e: { id: string }) => e.id)).toContain(event.id);
    expect(byKind.every((e: { kind: string }) => e.kind === 'online_live')).toBe(true);
    const forDrivers = (await inject('GET', '/api/v1/group-events?audience=retiree,truck_driver')).json()
      .events;
    // The demo's roadside stations are for drivers too.
    expect(forDrivers.map((e: { id: string }) => e.id)).toContain(event.id);
    expect((await inject('GET', '/api/v1/group-events?audience=retiree')).json().events).toEqual([]);
  });

  it('plans the reminders again when staff move an event', async () => {
    const event = await insertTestEvent(db.database.db, t.clock.now(), {
      startsAt: new Date(t.clock.now().getTime() + 50 * HOUR),
    });
    const worker = await phoneWorker();
    const reg = (await register(event.id, worker.body)).json().registration;
    const later = new Date(event.startsAt.getTime() + 24 * HOUR);
    await db.database.db.transaction(async (tx) => {
      const [moved] = await tx
        .update(groupEvents)
        .set({ startsAt: later, endsAt: new Date(later.getTime() + HOUR) })
        .where(eq(groupEvents.id, event.id))
        .returning();
      expect(await replanEventReminders(tx, moved as typeof event, t.clock.now())).toBe(1);
    });
    const planned = await db.database.db
      .select()
      .from(eventReminders)
      .where(eq(eventReminders.registrationId, reg.id));
    expect(planned.map((p) => p.dueAt.getTime()).sort()).toEqual([
      later.getTime() - 24 * HOUR,
      later.getTime() - 2 * HOUR,
    ]);
  });

  it('checks in with the door code inside the window, then takes feedback once, anonymously by default', async () => {
    const startsAt = new Date(t.clock.now().getTime() + 3 * HOUR);
    const event = await insertTestEvent(db.database.db, t.clock.now(), {
      startsAt,
      doorCode: 'ABCD-EFGH-JKMN',
    });
    const code = await person();
    const headers = asCode(code);
    const reg = (await register(event.id, { retrievalCode: code })).json().registration;
    const checkIn = (c: string) =>
      inject('POST', `/api/v1/event-registrations/${reg.id}/check-in`, { code: c }, headers);
    const feedback = (body: Record<string, unknown>) =>
      inject('POST', `/api/v1/event-registrations/${reg.id}/feedback`, body, headers);

    expect((await checkIn('abcdefghjkmn')).json().error.code).toBe('checkin_closed');
    t.clock.set(new Date(startsAt.getTime() - 30 * 60_000));
    expect((await feedback({ rating: 5 })).json().error.code).toBe('feedback_closed');
    const wrong = await checkIn('zzzz-zzzz-zzzz');
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'invalid_checkin_code']);
    const ok = await checkIn('abcd efgh jkmn');
    expect(ok.json().registration.checkedInAt).toBe(t.clock.now().toISOString());
    expect((await checkIn('abcdefghjkmn')).statusCode).toBe(200);

    const stranger = await person();
    const other = (await register(event.id, { retrievalCode: stranger })).json().registration;
    t.clock.set(new Date(startsAt.getTime() + 30 * 60_000));
    const notCame = await inject(
      'POST',
      `/api/v1/event-registrations/${other.id}/feedback`,
      { rating: 3 },
      asCode(stranger),
    );
    expect(notCame.json().error.code).toBe('not_attended');
    expect((await feedback({ rating: 9 })).statusCode).toBe(400);
    const given = await feedback({ rating: 4, comment: '很有帮助' });
    expect([given.statusCode, given.json()]).toEqual([201, { ok: true }]);
    expect((await feedback({ rating: 4 })).json().error.code).toBe('feedback_given');
    const stored = await db.database.db
      .select()
      .from(eventFeedback)
      .where(eq(eventFeedback.eventId, event.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rating: 4, comment: '很有帮助', registrationId: null });
    const mine = (await inject('GET', '/api/v1/event-registrations', undefined, headers)).json()
      .registrations;
    expect(mine.find((r: { id: string }) => r.id === reg.id)).toMatchObject({
      feedbackGiven: true,
      canGiveFeedback: false,
    });
    // Someone else's credential finds nothing.
    const theirs = await inject(
      'POST',
      `/api/v1/event-registrations/${reg.id}/cancel`,
      undefined,
      asCode(stranger),
    );
    expect(theirs.json().error.code).toBe('registration_not_found');
  });
});
