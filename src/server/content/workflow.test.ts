import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { installStartingLibrary } from './install';
import { startingLibrary } from './library';
import { publishScheduled } from './publish-scheduled';
import { contentInput, expectStatus, publicGet } from './test-kit';

const MIN = 60_000;

describe.each(testDrivers)('the editorial workflow ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let counsellor: Agent;
  let supervisor: Agent;
  const sql = async (text: string, values: unknown[] = []) =>
    (await db.database.executeSql(text, values)).rows;
  const detail = async (id: string) => (await admin.request('GET', `/api/v1/content-items/${id}`)).json();
  const worker = (slug: string, lang = 'zh-CN') =>
    publicGet(t, `/api/v1/content/${slug}?tenant=demo-city&lang=${lang}`);
  const audits = async (id: string) =>
    (await sql('select action from audit_events where object_id = $1 order by seq', [id])).map(
      (r) => (r as { action: string }).action,
    );

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    counsellor = await t.signInAs('counsellor');
    supervisor = await t.signInAs('supervisor');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('starts a draft, sanitising its HTML, and refuses a slug already used', async () => {
    const res = await counsellor.request(
      'POST',
      '/api/v1/content-items',
      contentInput('draft-one', {
        zh: {
          title: '草稿',
          summary: '摘要',
          bodyHtml: '<p onclick="x()">好<script>alert(1)</script></p><img src=x>',
        },
      }),
    );
    expectStatus(res, 201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'draft',
      currentVersion: 1,
      publishedVersion: null,
      reviewer: null,
    });
    expect(body.zh.bodyHtml).toBe('<p>好</p>');
    expect(body.author.displayName).toContain('王老师');
    expect(body.history.map((h: { action: string }) => h.action)).toEqual(['created']);
    expect(await worker('draft-one')).toMatchObject({ statusCode: 404 });
    expectStatus(
      await admin.request('POST', '/api/v1/content-items', contentInput('draft-one')),
      409,
      'slug_taken',
    );
    expectStatus(
      await admin.request('POST', '/api/v1/content-items', contentInput(startingLibrary[0]?.slug ?? '')),
      409,
      'slug_taken',
    );
    expect(await sql("select id from content_items where slug = 'draft-one'")).toHaveLength(1);
    // A long article in Chinese is past the app's usual 64 KiB body limit, and still saved; its reading time is estimated.
    const long = await counsellor.request(
      'POST',
      '/api/v1/content-items',
      contentInput('long-article', {
        zh: { title: '长文', summary: '摘要', bodyHtml: `<p>${'字'.repeat(30_000)}</p>` },
      }),
    );
    expectStatus(long, 201);
    expect(long.json().readingMinutes).toBe(75);
  });

  it('refuses bad input with a clear 400 and stores nothing', async () => {
    const before = await sql('select count(*)::int as n from content_items');
    for (const bad of [
      contentInput('BAD SLUG'),
      contentInput('ok-slug', { topics: [] }),
      contentInput('ok-slug', { topics: ['astrology'] }),
      contentInput('ok-slug', { media: { type: 'video', url: 'http://insecure.example/v.mp4' } }),
      contentInput('ok-slug', { zh: { title: '', summary: 's', bodyHtml: '' } }),
    ])
      expectStatus(await admin.request('POST', '/api/v1/content-items', bad), 400, 'validation_failed');
    expectStatus(
      await admin.request(
        'POST',
        '/api/v1/content-items',
        contentInput('ok-slug', { coverImageId: '00000000-0000-4000-8000-00000000dead' }),
      ),
      400,
      'bad_request',
    );
    expect(await sql('select count(*)::int as n from content_items')).toEqual(before);
  });

  it('answers every illegal step with 409 invalid_transition and changes nothing', async () => {
    const id = (
      await counsellor.request('POST', '/api/v1/content-items', contentInput('illegal-steps'))
    ).json().id;
    const tryAll = async (steps: [string, Record<string, unknown>][]) => {
      const before = await detail(id);
      for (const [step, body] of steps) {
        const agent = step === 'review' ? supervisor : admin;
        expectStatus(
          await agent.request('POST', `/api/v1/content-items/${id}/${step}`, body),
          409,
          'invalid_transition',
        );
      }
      expect(await detail(id)).toEqual(before);
    };
    // draft: no review, archive or restore
    await tryAll([
      ['review', { decision: 'approve' }],
      ['review', { decision: 'return' }],
      ['archive', {}],
      ['restore', {}],
    ]);
    expectStatus(await counsellor.request('POST', `/api/v1/content-items/${id}/submit`, {}), 200);
    // review: no second submit, no archive or restore
    await tryAll([
      ['submit', {}],
      ['archive', {}],
      ['restore', {}],
    ]);
    expectStatus(
      await supervisor.request('POST', `/api/v1/content-items/${id}/review`, {
        decision: 'approve',
        publishAt: new Date(t.clock.now().getTime() + 60 * MIN).toISOString(),
      }),
      200,
    );
    // scheduled: no submit, review or restore
    await tryAll([
      ['submit', {}],
      ['review', { decision: 'approve' }],
      ['restore', {}],
    ]);
    expectStatus(
      await admin.request('POST', `/api/v1/content-items/${id}/archive`, { reason: '不再需要' }),
      200,
    );
    // archived: no submit, review, archive or edit
    await tryAll([
      ['submit', {}],
      ['review', { decision: 'return' }],
      ['archive', {}],
    ]);
    const before = await detail(id);
    expectStatus(
      await admin.request('PUT', `/api/v1/content-items/${id}`, {
        ...contentInput('illegal-steps'),
        baseVersion: 1,
      }),
      409,
      'invalid_transition',
    );
    expect(await detail(id)).toEqual(before);
    const restored = await admin.request('POST', `/api/v1/content-items/${id}/restore`);
    expectStatus(restored, 200);
    expect(restored.json().status).toBe('draft');
    // published: no submit, no review, no restore
    expectStatus(await counsellor.request('POST', `/api/v1/content-items/${id}/submit`, {}), 200);
    expectStatus(
      await supervisor.request('POST', `/api/v1/content-items/${id}/review`, { decision: 'approve' }),
      200,
    );
    await tryAll([
      ['submit', {}],
      ['review', { decision: 'approve' }],
      ['restore', {}],
    ]);
    expectStatus(
      await admin.request('GET', '/api/v1/content-items/00000000-0000-4000-8000-00000000dead'),
      404,
      'content_not_found',
    );
  });

  it('never lets someone approve a version they saved, and keeps reviews to reviewers', async () => {
    const id = (await admin.request('POST', '/api/v1/content-items', contentInput('own-work'))).json().id;
    expectStatus(await admin.request('POST', `/api/v1/content-items/${id}/submit`, {}), 200);
    expectStatus(
      await admin.request('POST', `/api/v1/content-items/${id}/review`, { decision: 'approve' }),
      403,
      'review_own_work',
    );
    expectStatus(
      await counsellor.request('POST', `/api/v1/content-items/${id}/review`, { decision: 'approve' }),
      403,
      'forbidden',
    );
    expect((await detail(id)).status).toBe('review');
    const approved = await supervisor.request('POST', `/api/v1/content-items/${id}/review`, {
      decision: 'approve',
      comment: '可以发布',
    });
    expectStatus(approved, 200);
    expect(approved.json()).toMatchObject({ status: 'published', publishedVersion: 1 });
    expect(approved.json().reviewer.displayName).toContain('李老师');
    expect(approved.json().history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'submitted',
      'approved',
      'published',
    ]);
    expect(await audits(id)).toEqual(['content.created', 'content.submitted', 'content.approved']);
  });

  it('keeps the published version live for workers while a new version is edited, returned and scheduled', async () => {
    const id = (
      await counsellor.request('POST', '/api/v1/content-items', contentInput('live-while-edited'))
    ).json().id;
    expectStatus(await counsellor.request('POST', `/api/v1/content-items/${id}/submit`, {}), 200);
    expectStatus(
      await admin.request('POST', `/api/v1/content-items/${id}/review`, { decision: 'approve' }),
      200,
    );
    const v1Title = (await worker('live-while-edited')).json().title;

    const edit = (baseVersion: number, title: string) =>
      counsellor.request('PUT', `/api/v1/content-items/${id}`, {
        ...contentInput('live-while-edited', { zh: { title, summary: '新摘要', bodyHtml: '<p>新正文</p>' } }),
        baseVersion,
        note: '改标题',
      });
    const saved = await edit(1, '第二版标题');
    expectStatus(saved, 200);
    expect(saved.json()).toMatchObject({ status: 'draft', currentVersion: 2, publishedVersion: 1 });
    expect(
      saved.json().versions.map((v: { version: number; note: string | null }) => [v.version, v.note]),
    ).toEqual([
      [2, '改标题'],
      [1, null],
    ]);
    const live = await worker('live-while-edited');
    expect(live.json()).toMatchObject({ title: v1Title, version: 1 });

    // Someone else's save since version 1: the stale editor is told, nothing is stored.
    const before = await detail(id);
    expectStatus(await edit(1, '过时的修改'), 409, 'version_conflict');
    expect(await detail(id)).toEqual(before);

    expectStatus(
      await counsellor.request('POST', `/api/v1/content-items/${id}/submit`, { note: '请看' }),
      200,
    );
    const returned = await supervisor.request('POST', `/api/v1/content-items/${id}/review`, {
      decision: 'return',
      comment: '标题再短一点',
    });
    expect(returned.json().status).toBe('draft');
    expect(returned.json().history.at(-1)).toMatchObject({ action: 'returned', comment: '标题再短一点' });
    expect((await worker('live-while-edited')).json().version).toBe(1);

    const v2 = await admin.request('GET', `/api/v1/content-items/${id}/versions/1`);
    expectStatus(v2, 200);
    expect(v2.json().zh.title).toBe(v1Title);

    expectStatus(await edit(2, '第三版'), 200);
    expectStatus(await counsellor.request('POST', `/api/v1/content-items/${id}/submit`, {}), 200);
    const at = new Date(t.clock.now().getTime() + 30 * MIN);
    const scheduled = await supervisor.request('POST', `/api/v1/content-items/${id}/review`, {
      decision: 'approve',
      publishAt: at.toISOString(),
    });
    expect(scheduled.json()).toMatchObject({
      status: 'scheduled',
      publishAt: at.toISOString(),
      publishedVersion: 1,
    });
    expect((await worker('live-while-edited')).json().version).toBe(1);

    // The job, on a clock moved by hand: nothing before the time, the new version after it.
    expect(await publishScheduled(db.database.db, new Date(at.getTime() - MIN))).toEqual({ published: 0 });
    expect((await worker('live-while-edited')).json().version).toBe(1);
    expect(await publishScheduled(db.database.db, new Date(at.getTime() + 40_000))).toEqual({ published: 1 });
    expect(await publishScheduled(db.database.db, new Date(at.getTime() + 100_000))).toEqual({
      published: 0,
    });
    const now = (await worker('live-while-edited')).json();
    expect(now).toMatchObject({ version: 3, title: '第三版', updatedAt: at.toISOString() });
    const after = await detail(id);
    expect(after).toMatchObject({ status: 'published', publishedVersion: 3, publishAt: null });
    expect(after.history.at(-1)).toMatchObject({ action: 'published', by: null });

    // Archived: off the worker app at once, and back only through review.
    expectStatus(await admin.request('POST', `/api/v1/content-items/${id}/archive`, {}), 200);
    expectStatus(await worker('live-while-edited'), 404, 'content_not_found');
    expectStatus(await admin.request('POST', `/api/v1/content-items/${id}/restore`), 200);
    expectStatus(await worker('live-while-edited'), 404, 'content_not_found');
  });

  it('lists the library for staff with filters, and hides another federation’s items', async () => {
    const list = await counsellor.request('GET', '/api/v1/content-items?status=draft');
    expectStatus(list, 200);
    expect(list.json().items.every((i: { status: string }) => i.status === 'draft')).toBe(true);
    const found = (await admin.request('GET', `/api/v1/content-items?q=${encodeURIComponent('草稿')}`)).json()
      .items;
    expect(found.map((i: { slug: string }) => i.slug)).toEqual(['draft-one']);
    const library = (await admin.request('GET', '/api/v1/content-items?status=published')).json().items;
    const starting = library.find((i: { slug: string }) => i.slug === startingLibrary[0]?.slug);
    expect(starting).toMatchObject({
      status: 'published',
      author: { id: 'system' },
      reviewer: { id: 'system' },
    });

    const [other] = (await sql(
      "insert into tenants (kind, slug, name, name_en) values ('city', 'other-city', '他市', 'Other') returning id",
    )) as { id: string }[];
    await installStartingLibrary(db.database.db, (other as { id: string }).id, t.clock);
    const [foreign] = (await sql('select id from content_items where tenant_id = $1', [other?.id])) as {
      id: string;
    }[];
    for (const [method, url, body] of [
      ['GET', `/api/v1/content-items/${foreign?.id}`, undefined],
      ['GET', `/api/v1/content-items/${foreign?.id}/versions/1`, undefined],
      ['PUT', `/api/v1/content-items/${foreign?.id}`, { ...contentInput('x-x-x'), baseVersion: 1 }],
      ['POST', `/api/v1/content-items/${foreign?.id}/archive`, {}],
    ] as const)
      expectStatus(await admin.request(method, url, body), 404, 'content_not_found');
    expect(
      (await admin.request('GET', '/api/v1/content-items'))
        .json()
        .items.some((i: { id: string }) => i.id === foreign?.id),
    ).toBe(false);
  });
});
