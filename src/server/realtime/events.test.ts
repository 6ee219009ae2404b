import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';

/** A console's open event stream, read as it arrives. */
interface Stream {
  status: number;
  headers: Headers;
  text(): string;
  /** Resolves when the text so far satisfies the test, or fails after `ms`. */
  until(test: (text: string) => boolean, ms?: number): Promise<string>;
  ended: Promise<void>;
  cancel(): Promise<void>;
}

const critical = {
  phq4: [0, 0, 2, 1],
  who5: [4, 4, 4, 4, 4],
  cbi_work: [0, 0, 0, 25, 25, 0, 100],
  ucla3: [1, 1, 1],
  phq9: [2, 1, 0, 0, 0, 0, 0, 0, 2],
};

describe.each(testDrivers)('the console’s event stream on a listening server ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let base: string;
  const open: Stream[] = [];

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database, { env: { EVENTS_PING_SECONDS: '1' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    for (const s of open) await s.cancel();
    await t.close();
    await db.drop();
  });

  async function connect(agent: Agent | null, headers: Record<string, string> = {}): Promise<Stream> {
    const res = await fetch(`${base}/api/v1/events`, {
      headers: {
        accept: 'text/event-stream',
        'accept-encoding': 'gzip, br',
        ...(agent ? { cookie: `carnation_session=${agent.cookie}` } : {}),
        ...headers,
      },
    });
    let text = '';
    const waiters = new Set<() => void>();
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    const ended = (async () => {
      if (!reader) return;
      for (;;) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) break;
        text += decoder.decode(value, { stream: true });
        for (const w of waiters) w();
      }
    })();
    const stream: Stream = {
      status: res.status,
      headers: res.headers,
      text: () => text,
      ended,
      until(test, ms = 1000) {
        return new Promise((resolve, reject) => {
          const check = () => {
            if (!test(text)) return;
            waiters.delete(check);
            clearTimeout(timer);
            resolve(text);
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(new Error(`not within ${ms} ms; stream so far:\n${text}`));
          }, ms);
          waiters.add(check);
          check();
        });
      },
      cancel: async () => {
        await reader?.cancel().catch(() => {});
      },
    };
    open.push(stream);
    return stream;
  }

  const frames = (text: string, event: string) =>
    text
      .split('\n\n')
      .filter((f) => f.startsWith(`event: ${event}\n`))
      .map((f) => JSON.parse(f.split('\ndata: ')[1] as string));

  it('brings a worker’s crisis contact request to the on-duty counsellor’s console within a second, and nothing personal', async () => {
    const counsellor = await t.signInAs('counsellor');
    await counsellor.request('PUT', '/api/v1/care-duty', { hours: 2 });
    const auditor = await t.signInAs('auditor');
    const stream = await connect(counsellor);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.headers.get('cache-control')).toContain('no-transform');
    expect(stream.headers.get('content-encoding')).toBeNull();
    expect(stream.headers.get('x-accel-buffering')).toBe('no');
    const watching = await connect(auditor);
    await stream.until((s) => s.includes(': connected'));
    await watching.until((s) => s.includes(': connected'));

    // Another federation's request never reaches this console.
    await t.events.publish({
      type: 'alert',
      tenantId: randomUUID(),
      alertId: randomUUID(),
      priority: 'crisis',
      status: 'new',
      source: 'hotline',
      escalationLevel: 0,
    });
    const checkup = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/submissions',
        payload: { checkup: 'default', answers: critical },
      })
    ).json();
    const started = Date.now();
    const res = await fetch(`${base}/api/v1/contact-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        phone: '13955556666',
        preferredTime: '现在',
        message: '撑不下去了',
        consent: true,
        submissionId: checkup.id,
      }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const text = await stream.until(
      (s) => frames(s, 'alert').length > 0 && frames(s, 'notification').length > 0,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(frames(text, 'alert')).toEqual([
      {
        alertId: id,
        priority: 'crisis',
        status: 'new',
        source: 'checkup_contact_request',
        escalationLevel: 0,
        forYou: true,
      },
    ]);
    expect(frames(text, 'notification')[0]).toMatchObject({
      kind: 'alert_new',
      objectType: 'alert',
      objectId: id,
    });
    expect(text).not.toContain('13955556666');
    expect(text).not.toContain('撑不下去');
    // An auditor handles no requests: their console hears nothing of it.
    await new Promise((r) => setTimeout(r, 200));
    expect(frames(watching.text(), 'alert')).toEqual([]);
    await stream.until((s) => s.includes(': ping'), 2500);
  });

  it('refuses without a session or without asking for an event stream', async () => {
    const anonymous = await connect(null);
    expect(anonymous.status).toBe(401);
    const counsellor = await t.signInAs('counsellor');
    const plain = await connect(counsellor, { accept: 'application/json' });
    expect(plain.status).toBe(400);
  });

  it('ends the stream when its session ends (checked at each ping)', async () => {
    const counsellor = await t.signInAs('counsellor');
    const stream = await connect(counsellor);
    await stream.until((s) => s.includes(': connected'));
    expect((await counsellor.request('DELETE', '/api/v1/auth/session')).statusCode).toBeLessThan(300);
    await stream.until((s) => s.includes('event: end'), 2500);
    await stream.ended;
    expect((await connect(counsellor)).status).toBe(401);
  });

  it('ends open streams cleanly when the server closes', async () => {
    const stream = await connect(await t.signInAs('supervisor'));
    await stream.until((s) => s.includes(': connected'));
    const started = Date.now();
    await t.app.close();
    await stream.ended;
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
