import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { appendAuditEvent } from './repository';
import { verifyAuditChains } from './verify';

interface Event {
  action: string;
  outcome: string;
  actorLabel: string;
  details: Record<string, unknown>;
  seq: number;
  tenantId: string;
}

describe.each(testDrivers)('audit trail ($name)', (driver) => {
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

  const sql = (text: string) => db.database.executeSql(text, []);

  it('records sign-ins, failed sign-ins and denials, and lets an auditor find them', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/session',
      payload: { login: 'demo-counsellor', password: 'wrong-password' },
    });
    const counsellor = await t.signInAs('counsellor');
    expect((await counsellor.request('GET', '/api/v1/audit-events')).statusCode).toBe(403);

    const auditor = await t.signInAs('auditor');
    const res = await auditor.request(
      'GET',
      '/api/v1/audit-events?action=auth.sign_in&actor=demo-counsellor',
    );
    const events = res.json().events as Event[];
    expect(events.some((e) => e.outcome === 'failure' && e.details.reason === 'wrong_password')).toBe(true);
    expect(events.some((e) => e.outcome === 'success')).toBe(true);
    const denied = (await auditor.request('GET', '/api/v1/audit-events?outcome=denied')).json()
      .events as Event[];
    expect(denied[0]).toMatchObject({
      action: 'access.denied',
      actorLabel: 'demo-counsellor',
      details: { code: 'forbidden', action: 'audit.read' },
    });
  });

  it('audits reading the audit trail itself', async () => {
    const auditor = await t.signInAs('auditor');
    await auditor.request('GET', '/api/v1/audit-events?limit=5');
    const reads = (await auditor.request('GET', '/api/v1/audit-events?action=audit.read')).json()
      .events as Event[];
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('filters by a calendar day in the service zone', async () => {
    const auditor = await t.signInAs('auditor');
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
    const today = (await auditor.request('GET', `/api/v1/audit-events?from=${day}&to=${day}`)).json();
    expect(today.total).toBeGreaterThan(0);
    const none = (await auditor.request('GET', '/api/v1/audit-events?from=2020-01-01&to=2020-01-02')).json();
    expect(none.total).toBe(0);
  });

  it('refuses to change, delete or truncate audit events, in the database itself', async () => {
    await expect(sql(`update audit_events set actor_label = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_events')).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit_events cascade')).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_heads')).rejects.toThrow(/cannot be deleted/);
    await expect(sql('update audit_heads set seq = seq + 2')).rejects.toThrow(/advances by one/);
    await expect(sql('update audit_heads set seq = seq + 1')).rejects.toThrow(/point at a stored event/);
    // An event cannot be slipped into the chain out of order either.
    await expect(
      sql(`insert into audit_events (tenant_id, seq, at, actor_label, action, outcome, details, prev_hash, hash)
           select tenant_id, seq + 5, now(), 'x', 'x', 'success', '{}', hash, 'f' from audit_heads limit 1`),
    ).rejects.toThrow(/follow the head/);
  });

  it('keeps one unbroken chain under many concurrent writers', async () => {
    const tenantId = ((await t.signInAs('auditor')).session.user as { tenantId: string }).tenantId;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.database.db.transaction((tx) =>
          appendAuditEvent(
            tx,
            {
              tenantId,
              actorId: null,
              actorLabel: `writer-${i}`,
              action: 'test.concurrent',
              outcome: 'success',
            },
            new Date(),
          ),
        ),
      ),
    );
    const [report] = await verifyAuditChains(db.database.db, tenantId);
    expect(report?.ok).toBe(true);
    const auditor = await t.signInAs('auditor');
    const verified = await auditor.request('POST', '/api/v1/audit-events/verify', {});
    expect(verified.json().ok).toBe(true);
  });

  it('detects an event changed or removed behind the application’s back', async () => {
    // Someone with superuser rights switches the guard off and edits the table directly.
    await sql('alter table audit_events disable trigger user');
    try {
      await sql(`update audit_events set actor_label = 'innocent' where action = 'access.denied'`);
      const changed = (await verifyAuditChains(db.database.db)).filter((r) => !r.ok);
      expect(changed.flatMap((r) => r.problems.map((p) => p.problem))).toContain('changed');

      await sql(
        `delete from audit_events where seq = 2 and tenant_id = (select tenant_id from audit_heads order by seq desc limit 1)`,
      );
      const removed = (await verifyAuditChains(db.database.db)).flatMap((r) =>
        r.problems.map((p) => p.problem),
      );
      expect(removed).toContain('missing');
    } finally {
      await sql('alter table audit_events enable trigger user');
    }
    const auditor = await t.signInAs('auditor');
    const verified = await auditor.request('POST', '/api/v1/audit-events/verify', {});
    expect(verified.json().ok).toBe(false);
  });
});
