import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { postgresDriver, type TestDatabase } from '../testing/databases';
import { contentInput, expectStatus } from './test-kit';

// PGlite is one connection: only the PostgreSQL server can show two editors saving at once.
describe.skipIf(!postgresDriver)('two editors saving one item at once (postgres)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let counsellor: Agent;
  beforeAll(async () => {
    db = await (postgresDriver as NonNullable<typeof postgresDriver>).open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    counsellor = await t.signInAs('counsellor');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('keeps exactly one save on a base version; the others get 409 version_conflict', async () => {
    const created = await admin.request('POST', '/api/v1/content-items', contentInput('raced-item'));
    expectStatus(created, 201);
    const id = created.json().id;
    for (let round = 1; round <= 5; round++) {
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          (i % 2 ? admin : counsellor).request('PUT', `/api/v1/content-items/${id}`, {
            ...contentInput('raced-item', {
              zh: { title: `第${round}轮 ${i}`, summary: 's', bodyHtml: '<p>b</p>' },
            }),
            baseVersion: round,
          }),
        ),
      );
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes.filter((c) => c === 200)).toHaveLength(1);
      expect(codes.filter((c) => c === 409)).toHaveLength(11);
      for (const r of results.filter((x) => x.statusCode === 409))
        expect(r.json().error.code).toBe('version_conflict');
    }
    const detail = (await admin.request('GET', `/api/v1/content-items/${id}`)).json();
    expect(detail.currentVersion).toBe(6);
    expect(detail.versions).toHaveLength(6);
  });
});
