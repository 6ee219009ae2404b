import { inflateRawSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventKinds } from '../../core/events/kinds';
import { phoneIndex } from '../booking/booking';
import { bookers, bookings, rosterExceptions, slots } from '../booking/tables';
import { organisations } from '../organisations/tables';
import { type Agent, makeTestApp, signInNewAccount, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { eventFeedback, eventRegistrations, eventReminders, groupEvents } from './tables';

/** The files of an xlsx archive (stored or deflated), read through its central directory. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

interface ManagedEvent {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  capacity: number;
  inviteLink: string | null;
  hosts: { userId: string | null; name: string }[];
  cancelReason: string | null;
}

describe.each(testDrivers)('group events on the staff side ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let station: Agent;
  let counsellor: Agent;
  let counsellorId: string;
  let city: { id: string; organisationId: string; name: string };
  let rootId: string;
  let logisticsId: string;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    station = await t.signInAs('station_manager');
    counsellor = await t.signInAs('counsellor');
    counsellorId = String((counsellor.session.user as { id: string }).id);
    const points = (await station.request('GET', '/api/v1/managed-service-points')).json().servicePoints;
    city = points.find((p: { kind: string }) => p.kind === 'city_station');
    const orgs = await t.database.db.select().from(organisations);
    rootId = orgs.find((o) => o.kind === 'federation' && o.name.includes('淮北'))?.id as string;
    logisticsId = orgs.find((o) => o.name === '顺达物流有限公司工会')?.id as string;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const talk = (over: Record<string, unknown> = {}) => ({
    organisationId: rootId,
    kind: 'lecture',
    title: '睡个好觉：倒班职工的睡眠讲座',
    titleEn: 'Sleeping well: a talk for shift workers',
    description: '讲讲倒班后怎么睡得着、睡得好。',
    place: { kind: 'service_point', servicePointId: city.id },
    startsAt: '2027-01-09T14:00:00+08:00',
    endsAt: '2027-01-09T15:30:00+08:00',
    capacity: 30,
    audiences: ['factory_shift'],
    hosts: [{ userId: counsellorId }, { name: '赵教授', nameEn: 'Prof. Zhao' }],
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}, agent = station) => {
    const res = await agent.request('POST', '/api/v1/managed-events', talk(over));
    return res;
  };
  const one = async (over: Record<string, unknown> = {}) => {
    const res = await create(over);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().events[0] as ManagedEvent;
  };

  /** A worker with a confirmed phone, registered (or waiting) directly in the table. */
  const register = async (eventId: string, phone: string, status = 'registered', extra = {}) => {
    const tenantId = (await t.database.db.select().from(groupEvents).where(eq(groupEvents.id, eventId)))[0]
      ?.tenantId as string;
    const hash = phoneIndex(t.cipher, phone);
    const [booker] = await t.database.db
      .insert(bookers)
      .values({
        tenantId,
        phoneHash: hash,
        phoneSealed: t.cipher.encrypt(phone, `bookers.phone:${tenantId}:${hash}`),
      })
      .onConflictDoNothing()
      .returning();
    const [reg] = await t.database.db
      .insert(eventRegistrations)
      .values({
        tenantId,
        eventId,
        bookerId: booker?.id ?? null,
        source: 'worker',
        status,
        queuedAt: status === 'waitlisted' ? t.clock.now() : null,
        ...extra,
      })
      .returning();
    if (status === 'registered' || status === 'offered') {
      const [row] = await t.database.db.select().from(groupEvents).where(eq(groupEvents.id, eventId));
      await t.database.db
        .update(groupEvents)
        .set({ held: (row?.held ?? 0) + 1 })
        .where(eq(groupEvents.id, eventId));
    }
    return reg?.id as string;
  };

  it('lets a station manager create a weekly series of drafts at the same local time, then publish one', async () => {
    const res = await create({
      series: { rule: { freq: 'weekly', weekdays: [6] }, until: '2027-01-30' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const events = res.json().events as ManagedEvent[];
    expect(events.map((e) => e.startsAt)).toEqual([
      '2027-01-09T06:00:00.000Z',
      '2027-01-16T06:00:00.000Z',
      '2027-01-23T06:00:00.000Z',
      '2027-01-30T06:00:00.000Z',
    ]);
    expect(new Set(events.map((e) => e.seriesId)).size).toBe(1);
    expect(events.every((e) => e.status === 'draft' && e.endsAt.endsWith('07:30:00.000Z'))).toBe(true);
    expect(events[0]?.hosts).toEqual([
      { userId: counsellorId, name: '王老师', nameEn: 'Ms Wang' },
      { userId: null, name: '赵教授', nameEn: 'Prof. Zhao' },
    ]);
    const first = events[0] as ManagedEvent;
    const published = await station.request('POST', `/api/v1/managed-events/${first.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json().event.status).toBe('published');
    const list = await station.request(
      'GET',
      `/api/v1/managed-events?from=${encodeURIComponent('2027-01-01T00:00:00Z')}&to=${encodeURIComponent('2027-02-01T00:00:00Z')}&kind=lecture`,
    );
    expect(list.statusCode).toBe(200);
    const listed = list.json().events as { id: string; status: string; kindName: string }[];
    expect(listed.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(listed[0]).toMatchObject({ status: 'published', kindName: eventKinds[0].zh });
    // Host 王老师 is now busy on those Saturdays: the same time again is refused.
    const again = await create({
      title: '同一时间的另一场',
      startsAt: '2027-01-16T15:00:00+08:00',
      endsAt: '2027-01-16T16:00:00+08:00',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('host_busy');
    expect(again.json().error.details.conflicts[0]).toMatchObject({ userId: counsellorId, with: 'event' });
  });

  it('refuses a host who has a booked counselling appointment at that time', async () => {
    const startsAt = new Date('2027-02-03T02:00:00Z');
    const [slot] = await t.database.db
      .insert(slots)
      .values({
        tenantId: (await t.database.db.select().from(organisations).where(eq(organisations.id, rootId)))[0]
          ?.tenantId as string,
        servicePointId: city.id,
        counsellorId,
        kind: 'rostered',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 50 * 60_000),
        modes: ['in_person'],
      })
      .returning();
    const body = { startsAt: '2027-02-03T09:30:00+08:00', endsAt: '2027-02-03T11:00:00+08:00' };
    // An open slot is duty at the station: refused unless the manager takes it for the event.
    const onDuty = await create({ ...body, hosts: [{ userId: counsellorId }], capacity: 5 });
    expect(onDuty.statusCode).toBe(409);
    expect(onDuty.json().error.details.conflicts).toEqual([
      {
        userId: counsellorId,
        name: '王老师',
        with: 'duty',
        eventId: null,
        startsAt: startsAt.toISOString(),
        endsAt: '2027-02-03T02:50:00.000Z',
        servicePointId: city.id,
        servicePointName: city.name,
        servicePointNameEn: expect.any(String),
      },
    ]);
    const made = await one({ ...body, hosts: [{ userId: counsellorId }], capacity: 5, blockDutySlots: true });
    const after = await t.database.db.select().from(slots).where(eq(slots.counsellorId, counsellorId));
    expect(after.find((s) => s.id === slot?.id)?.status).toBe('cancelled');
    const block = after.find((s) => s.kind === 'block' && s.startsAt.getTime() === startsAt.getTime());
    expect(block).toMatchObject({
      status: 'open',
      servicePointId: city.id,
      note: expect.stringContaining('睡个好觉'),
    });
    await station.request('POST', `/api/v1/managed-events/${made.id}/cancel`, { reason: '测试：换一天' });
    // The booked appointment: a slot of its own, booked (the block stays until freed on the calendar).
    await t.database.db.delete(slots).where(eq(slots.id, block?.id as string));
    await t.database.db
      .update(slots)
      .set({ status: 'open' })
      .where(eq(slots.id, slot?.id as string));
    await t.database.db.insert(bookings).values({
      tenantId: slot?.tenantId as string,
      slotId: slot?.id as string,
      servicePointId: city.id,
      counsellorId,
      source: 'worker',
      topic: 'work',
      mode: 'in_person',
    });
    const refused = await create({ ...body, hosts: [{ userId: counsellorId }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('host_busy');
    const conflict = refused.json().error.details.conflicts[0];
    expect(conflict).toEqual({
      userId: counsellorId,
      name: '王老师',
      with: 'appointment',
      eventId: null,
      startsAt: startsAt.toISOString(),
      endsAt: '2027-02-03T02:50:00.000Z',
    });
    // Taking the duty does not take an appointment.
    const still = await create({ ...body, hosts: [{ userId: counsellorId }], blockDutySlots: true });
    expect(still.statusCode).toBe(409);
    expect(still.json().error.details.conflicts[0].with).toBe('appointment');
    // An outside expert alone is never busy.
    expect((await create({ ...body, hosts: [{ name: '外请专家', nameEn: 'Guest' }] })).statusCode).toBe(201);
  });

  it('refuses a host rostered at a station then, months ahead too, unless the duty is taken for the event', async () => {
    // 王老师 is on duty at the city station on Tuesday afternoons (the demo's roster): 14:00, 15:00, 16:00.
    const tuesday = { startsAt: '2027-01-19T15:00:00+08:00', endsAt: '2027-01-19T16:30:00+08:00' };
    const alone = { hosts: [{ userId: counsellorId }] };
    const refused = await create({ ...tuesday, ...alone });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('host_busy');
    expect(refused.json().error.details.conflicts).toEqual([
      expect.objectContaining({
        with: 'duty',
        servicePointId: city.id,
        startsAt: '2027-01-19T07:00:00.000Z',
        endsAt: '2027-01-19T08:50:00.000Z',
      }),
    ]);
    const at = new Date(tuesday.startsAt);
    expect(await t.database.db.select().from(groupEvents).where(eq(groupEvents.startsAt, at))).toEqual([]);

    const taken = await one({ ...tuesday, ...alone, blockDutySlots: true });
    const blocks = (await t.database.db.select().from(slots).where(eq(slots.counsellorId, counsellorId)))
      .filter((s) => s.kind === 'block' && s.startsAt.toISOString().startsWith('2027-01-19'))
      .map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString(), s.servicePointId]);
    expect(blocks.sort()).toEqual([
      ['2027-01-19T07:00:00.000Z', '2027-01-19T07:50:00.000Z', city.id],
      ['2027-01-19T08:00:00.000Z', '2027-01-19T08:50:00.000Z', city.id],
    ]);
    // The roster will not open that time again: only the event is a clash now.
    const again = await create({ ...tuesday, ...alone, title: '同一时间的另一场' });
    expect(again.json().error.details.conflicts.map((c: { with: string }) => c.with)).toEqual(['event']);

    // Moving an event into duty time is refused the same way, and taken when asked.
    const moved = { startsAt: '2027-01-21T14:00:00+08:00', endsAt: '2027-01-21T15:00:00+08:00' };
    const patch = await station.request('PATCH', `/api/v1/managed-events/${taken.id}`, moved);
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.details.conflicts[0]).toMatchObject({ with: 'duty', servicePointId: city.id });
    const patched = await station.request('PATCH', `/api/v1/managed-events/${taken.id}`, {
      ...moved,
      blockDutySlots: true,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().event.startsAt).toBe('2027-01-21T06:00:00.000Z');
    // A day off at the station is no duty.
    const holiday = { startsAt: '2027-01-26T14:00:00+08:00', endsAt: '2027-01-26T15:00:00+08:00' };
    expect((await create({ ...holiday, ...alone })).statusCode).toBe(409);
    const tenantId = (await t.database.db.select().from(organisations).where(eq(organisations.id, rootId)))[0]
      ?.tenantId as string;
    await t.database.db
      .insert(rosterExceptions)
      .values({ tenantId, servicePointId: city.id, date: '2027-01-26' });
    expect((await create({ ...holiday, ...alone })).statusCode).toBe(201);
  });

  it('refuses outsiders: a counsellor may read but not manage, another subtree’s manager neither', async () => {
    const event = await one({ startsAt: '2027-03-01T14:00:00+08:00', endsAt: '2027-03-01T15:00:00+08:00' });
    expect((await counsellor.request('GET', `/api/v1/managed-events/${event.id}`)).statusCode).toBe(200);
    expect((await create({}, counsellor)).statusCode).toBe(403);
    expect((await counsellor.request('POST', `/api/v1/managed-events/${event.id}/publish`)).statusCode).toBe(
      403,
    );

    const admin = await t.signInAs('federation_admin');
    const county = (await t.database.db.select().from(organisations)).find(
      (o) => o.name === '濉溪县总工会',
    )?.id;
    const created = await admin.request('POST', '/api/v1/users', {
      login: 'suixi.events',
      displayName: '濉溪活动管理员',
      organisationId: county,
      roles: [{ role: 'station_manager', organisationId: county }],
    });
    const outsider = await signInNewAccount(t, 'suixi.events', created.json().temporaryPassword);
    expect((await outsider.request('GET', `/api/v1/managed-events/${event.id}`)).statusCode).toBe(403);
    const patch = await outsider.request('PATCH', `/api/v1/managed-events/${event.id}`, { capacity: 10 });
    expect(patch.statusCode).toBe(403);
    expect((await create({}, outsider)).statusCode).toBe(403);
    const theirs = (await outsider.request('GET', '/api/v1/managed-events')).json().events as {
      id: string;
    }[];
    expect(theirs.some((e) => e.id === event.id)).toBe(false);
  });

  it('shows an enterprise officer the invitation-only day for their enterprise, with a link given once', async () => {
    const res = await create({
      kind: 'enterprise_counselling_day',
      title: '顺达物流心理服务日',
      titleEn: 'Counselling day at Shunda Logistics',
      place: { kind: 'site', siteName: '顺达物流园会议室', siteAddress: '淮北市相山区物流大道8号' },
      startsAt: '2027-03-10T09:00:00+08:00',
      endsAt: '2027-03-10T17:00:00+08:00',
      visibility: 'invitation',
      invitedOrganisationId: logisticsId,
      hosts: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    const event = res.json().events[0] as ManagedEvent;
    expect(event.inviteLink).toMatch(new RegExp(`/events/${event.id}\\?invite=[A-Za-z0-9_-]{20,}$`));
    const stored = (await t.database.db.select().from(groupEvents).where(eq(groupEvents.id, event.id)))[0];
    expect(stored?.inviteTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      (await station.request('GET', `/api/v1/managed-events/${event.id}`)).json().event.inviteLink,
    ).toBeNull();
    const renewed = await station.request('POST', `/api/v1/managed-events/${event.id}/invite-link`);
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json().link).not.toBe(event.inviteLink);

    const officer = await t.signInAs('enterprise_officer');
    const seen = (await officer.request('GET', '/api/v1/managed-events')).json().events as { id: string }[];
    expect(seen.map((e) => e.id)).toContain(event.id);
    const open = await one({
      startsAt: '2027-03-11T09:00:00+08:00',
      endsAt: '2027-03-11T10:00:00+08:00',
      hosts: [],
    });
    expect(seen.some((e) => e.id === open.id)).toBe(false);
    expect((await officer.request('GET', `/api/v1/managed-events/${open.id}`)).statusCode).toBe(403);
    expect((await officer.request('GET', `/api/v1/managed-events/${event.id}`)).statusCode).toBe(200);
  });

  it('keeps capacity at or above the places held, and a new time re-plans reminders and texts the registered', async () => {
    const event = await one({
      startsAt: '2027-04-01T14:00:00+08:00',
      endsAt: '2027-04-01T15:00:00+08:00',
      capacity: 3,
      hosts: [],
    });
    await station.request('POST', `/api/v1/managed-events/${event.id}/publish`);
    const a = await register(event.id, '13800001111');
    await register(event.id, '13800002222');
    await register(event.id, '13800003333', 'waitlisted');
    const refused = await station.request('PATCH', `/api/v1/managed-events/${event.id}`, { capacity: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'conflict', details: { held: 2 } });
    const ok = await station.request('PATCH', `/api/v1/managed-events/${event.id}`, { capacity: 2 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().event.capacity).toBe(2);

    const before = t.sms.messages.length;
    const moved = await station.request('PATCH', `/api/v1/managed-events/${event.id}`, {
      startsAt: '2027-04-02T19:00:00+08:00',
      endsAt: '2027-04-02T20:00:00+08:00',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const texts = t.sms.messages.slice(before);
    expect(texts.map((m) => m.to).sort()).toEqual(['13800001111', '13800002222', '13800003333']);
    for (const m of texts) {
      expect(m.body.startsWith('【康乃馨】活动提醒：')).toBe(true);
      expect(m.body).toContain('现在是4月2日（周五）19:00，地点：市职工服务中心心灵驿站');
      expect(m.body).not.toContain('讲座');
      expect(m.body).not.toContain('睡');
    }
    const reminders = await t.database.db
      .select()
      .from(eventReminders)
      .where(eq(eventReminders.registrationId, a));
    expect(reminders.map((r) => r.dueAt.toISOString()).sort()).toEqual([
      '2027-04-01T11:00:00.000Z',
      '2027-04-02T09:00:00.000Z',
    ]);
  });

  it('cancels with a reason: the registered and the waiting are texted, their registrations stay', async () => {
    const event = await one({
      startsAt: '2027-04-10T14:00:00+08:00',
      endsAt: '2027-04-10T15:00:00+08:00',
      hosts: [],
    });
    await station.request('POST', `/api/v1/managed-events/${event.id}/publish`);
    const reg = await register(event.id, '13900004444');
    await register(event.id, '13900005555', 'waitlisted');
    const before = t.sms.messages.length;
    const res = await station.request('POST', `/api/v1/managed-events/${event.id}/cancel`, {
      reason: '讲师临时生病',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().event).toMatchObject({ status: 'cancelled', cancelReason: '讲师临时生病' });
    const texts = t.sms.messages.slice(before);
    expect(texts.map((m) => m.to).sort()).toEqual(['13900004444', '13900005555']);
    expect(texts[0]?.body).toMatch(/^【康乃馨】活动提醒：您报名的4月10日（周六）14:00的活动已取消/);
    expect(texts[0]?.body).not.toContain('讲座');
    const [row] = await t.database.db.select().from(eventRegistrations).where(eq(eventRegistrations.id, reg));
    expect(row?.status).toBe('registered');
    const again = await station.request('POST', `/api/v1/managed-events/${event.id}/cancel`, {
      reason: '再取消',
    });
    expect(again.json().error.code).toBe('invalid_transition');
  });

  it('reports the figures of the rows, and opens as Excel workbooks', async () => {
    const event = await one({
      startsAt: '2027-05-01T14:00:00+08:00',
      endsAt: '2027-05-01T16:00:00+08:00',
      hosts: [],
    });
    await station.request('POST', `/api/v1/managed-events/${event.id}/publish`);
    const checkedIn = { checkedInAt: new Date('2027-05-01T06:05:00Z'), checkInMethod: 'door_code' };
    await register(event.id, '13600000001', 'registered', checkedIn);
    await register(event.id, '13600000002', 'registered', checkedIn);
    await register(event.id, '13600000003');
    await register(event.id, '13600000004', 'waitlisted');
    await register(event.id, '13600000005', 'cancelled');
    const walk = await station.request('POST', `/api/v1/managed-events/${event.id}/walk-ins`, {
      count: 3,
      note: '门口加入',
    });
    expect(walk.statusCode).toBe(201);
    expect(walk.json().walkIns).toBe(3);
    await station.request('POST', `/api/v1/managed-events/${event.id}/care-packages`, {
      audienceGroup: 'general',
      count: 4,
    });
    const care = await station.request('POST', `/api/v1/managed-events/${event.id}/care-packages`, {
      audienceGroup: 'factory_shift',
      count: 2,
    });
    expect(care.json().carePackages).toEqual([
      { audienceGroup: 'factory_shift', count: 2 },
      { audienceGroup: 'general', count: 4 },
    ]);
    const tenantId = (await t.database.db.select().from(groupEvents).where(eq(groupEvents.id, event.id)))[0]
      ?.tenantId as string;
    await t.database.db.insert(eventFeedback).values([
      {
        tenantId,
        eventId: event.id,
        rating: 5,
        comment: '讲得很实在，回去试试。',
        createdAt: new Date('2027-05-01T09:00:00Z'),
      },
      { tenantId, eventId: event.id, rating: 4, comment: null, createdAt: new Date('2027-05-01T10:00:00Z') },
    ]);
    // The event is over (moved into the past in the table: the API refuses a past time).
    await t.database.db
      .update(groupEvents)
      .set({ startsAt: new Date('2026-11-20T06:00:00Z'), endsAt: new Date('2026-11-20T08:00:00Z') })
      .where(and(eq(groupEvents.id, event.id)));
    const res = await station.request('GET', `/api/v1/managed-events/${event.id}/report`);
    expect(res.statusCode).toBe(200);
    expect(res.json().report).toEqual({
      registered: 3,
      waitlisted: 1,
      cancelled: 1,
      attended: 2,
      walkIns: 3,
      attendance: 5,
      noShows: 1,
      carePackages: [
        { audienceGroup: 'factory_shift', count: 2 },
        { audienceGroup: 'general', count: 4 },
      ],
      feedback: {
        count: 2,
        average: 4.5,
        distribution: [0, 0, 0, 1, 1],
        comments: [{ rating: 5, comment: '讲得很实在，回去试试。', createdAt: '2027-05-01T09:00:00.000Z' }],
      },
    });

    const xlsx = await station.request('GET', `/api/v1/managed-events/${event.id}/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toContain(
      'attachment; filename="event-report-2026-11-20.xlsx"',
    );
    const files = unzip(xlsx.rawPayload);
    expect(files.get('xl/workbook.xml')).toContain('name="活动概况"');
    expect(files.get('xl/workbook.xml')).toContain('name="报名名单"');
    const summary = files.get('xl/worksheets/sheet1.xml') ?? '';
    expect(summary).toContain('到场合计');
    expect(summary).toMatch(/到场合计<\/t><\/is><\/c><c r="B\d+"><v>5<\/v>/);
    const list = files.get('xl/worksheets/sheet4.xml') ?? '';
    expect(list).toContain('136****0001');
    expect(list).not.toContain('13600000001');

    const all = await station.request(
      'GET',
      `/api/v1/managed-events/export.xlsx?from=${encodeURIComponent('2026-11-01T00:00:00Z')}&to=${encodeURIComponent('2026-12-01T00:00:00Z')}`,
    );
    expect(all.statusCode).toBe(200);
    const sheet = unzip(all.rawPayload).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('睡个好觉：倒班职工的睡眠讲座');
    expect(unzip(all.rawPayload).get('xl/workbook.xml')).toContain('name="活动列表"');
  });

  it('prints a door poster with a code shown once, and lists who can host', async () => {
    const event = await one({
      startsAt: '2027-06-01T14:00:00+08:00',
      endsAt: '2027-06-01T15:00:00+08:00',
      hosts: [],
    });
    const res = await station.request('POST', `/api/v1/managed-events/${event.id}/door-code`);
    expect(res.statusCode).toBe(201);
    const poster = res.json();
    expect(poster.link).toBe(`http://localhost:80/events/${event.id}/checkin#c=${poster.code}`);
    expect(poster.qrSvg).toContain('<svg');
    const hosts = (await station.request('GET', '/api/v1/event-hosts')).json().hosts as {
      id: string;
      name: string;
    }[];
    expect(hosts.map((h) => h.name)).toEqual(expect.arrayContaining(['王老师', '张老师', '刘老师']));
  });
});
