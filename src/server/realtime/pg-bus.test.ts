import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp } from '../testing/app';
import { postgresDriver, type TestDatabase } from '../testing/databases';
import type { CareEvent } from './bus';
import { PgEventBus, splitForNotify } from './pg-bus';

const alertEvent = (tenantId = randomUUID()): CareEvent => ({
  type: 'alert',
  tenantId,
  alertId: randomUUID(),
  priority: 'crisis',
  status: 'new',
  source: 'hotline',
  escalationLevel: 0,
});

async function eventually(test: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('splitting a large notification for NOTIFY', () => {
  it('keeps every recipient and each part under the payload limit', () => {
    const userIds = Array.from({ length: 700 }, () => randomUUID());
    const parts = splitForNotify({
      type: 'notification',
      tenantId: randomUUID(),
      userIds,
      kind: 'alert_escalated',
      objectType: 'alert',
      objectId: randomUUID(),
      label: null,
      priority: 'crisis',
    });
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => (p.type === 'notification' ? p.userIds : []))).toEqual(userIds);
    for (const p of parts) expect(JSON.stringify(p).length).toBeLessThan(7_000);
  });
});

describe.runIf(postgresDriver)('care events across processes: LISTEN/NOTIFY on PostgreSQL', () => {
  let db: TestDatabase;
  const buses: PgEventBus[] = [];
  const start = async () => {
    const bus = await PgEventBus.start(db.url as string, {
      notify: async (channel, payload) => {
        await db.database.executeSql('select pg_notify($1, $2)', [channel, payload]);
      },
      retryMs: 100,
    });
    buses.push(bus);
    return bus;
  };

  beforeAll(async () => {
    db = await (postgresDriver as NonNullable<typeof postgresDriver>).open();
  });
  afterAll(async () => {
    for (const b of buses) await b.close();
    await db.drop();
  });

  it('delivers an event published in one process to the other, and once to the publisher', async () => {
    const a = await start();
    const b = await start();
    const seenA: CareEvent[] = [];
    const seenB: CareEvent[] = [];
    a.subscribe((e) => seenA.push(e));
    b.subscribe((e) => seenB.push(e));
    const event = alertEvent();
    await a.publish(event);
    await eventually(() => seenB.length === 1);
    expect(seenB[0]).toEqual(event);
    await new Promise((r) => setTimeout(r, 200));
    expect(seenA).toEqual([event]);
  });

  it('listens again after its connection is cut, and hears what comes after', async () => {
    const a = await start();
    const b = await start();
    const seen: CareEvent[] = [];
    b.subscribe((e) => seen.push(e));
    await db.database.executeSql(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%' and pid <> pg_backend_pid()",
    );
    await eventually(() => !b.listening);
    await eventually(() => a.listening && b.listening);
    const event = alertEvent();
    await a.publish(event);
    await eventually(() =>
      seen.some((e) => e.type === 'alert' && e.alertId === (event as { alertId: string }).alertId),
    );
  });

  it('brings a contact request made through one server to the consoles of another', async () => {
    const first = await start();
    const second = await start();
    const one = await makeTestApp(db.database, { events: first });
    // The second server shares the database (and the demo loaded by the first).
    const seen: CareEvent[] = [];
    second.subscribe((e) => seen.push(e));
    const res = await one.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      payload: { phone: '13900001111', preferredTime: '今晚', consent: true },
    });
    expect(res.statusCode).toBe(201);
    await eventually(() => seen.some((e) => e.type === 'alert' && e.alertId === res.json().id));
    expect(JSON.stringify(seen)).not.toContain('13900001111');
    await one.close();
  });
});
