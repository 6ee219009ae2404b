import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../identity/tables';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { type Jobs, startJobs } from './boss';

const quietLog = { info() {}, error() {}, warn() {}, debug() {} } as unknown as FastifyBaseLogger;

describe.each(testDrivers)('background jobs in PostgreSQL ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let jobs: Jobs;
  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    jobs = await startJobs(
      { database: db.database, clock: t.clock, cipher: t.cipher, sms: t.sms, events: t.events },
      quietLog,
    );
  });
  afterAll(async () => {
    await jobs.stop();
    await t.close();
    await db.drop();
  });

  it('purges ended sessions through the queue, and schedules it hourly', async () => {
    await t.signInAs('counsellor');
    const live = await t.signInAs('auditor');
    t.clock.advance(2 * 24 * 3_600_000); // both sessions ended long ago…
    const fresh = await t.signInAs('auditor'); // …but this one is new
    const before = await db.database.db.select().from(sessions);
    expect(before.length).toBeGreaterThanOrEqual(3);

    const id = await jobs.boss.send('sessions.purge', {});
    expect(id).toBeTruthy();
    const deadline = Date.now() + 30_000;
    let job = await jobs.boss.getJobById('sessions.purge', id as string);
    while (job?.state !== 'completed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      job = await jobs.boss.getJobById('sessions.purge', id as string);
    }
    expect(job?.state).toBe('completed');
    const after = await db.database.db.select().from(sessions);
    expect(after.some((s) => s.idHash === fresh.cookie)).toBe(false); // stored hashed, never the token
    expect(after.length).toBe(1);
    expect((await fresh.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await live.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    const schedules = await jobs.boss.getSchedules();
    expect(schedules.map((s) => s.name)).toContain('sessions.purge');
  });
});
