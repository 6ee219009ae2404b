import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageLimits } from '../../core/content/images';
import { jpegHeader, pngHeader, webpLossy } from '../../core/content/test-images';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { installStartingLibrary } from './install';
import { startingLibrary } from './library';
import type { LibraryEntry } from './library/types';
import { contentDetailSchema, contentSummarySchema, searchHitSchema } from './schemas';
import { contentInput, expectStatus, publicGet, publish } from './test-kit';

const entry = (slug: string, over: Partial<LibraryEntry>): LibraryEntry => ({
  slug,
  kind: 'article',
  topics: ['emotions'],
  audiences: [],
  readingMinutes: 2,
  media: null,
  zh: { title: `文章${slug}`, summary: '摘要', bodyHtml: '<p>正文</p>' },
  en: { title: `Article ${slug}`, summary: 'Summary', bodyHtml: '<p>Body</p>' },
  ...over,
});

/** Entries of this test, newest first as listed (the installer spaces them a millisecond apart). */
/** Whatever the starting library holds, these tests look at their own entries (and the two never published). */
const entries: LibraryEntry[] = [
  entry('t-for-drivers', { audiences: ['truck_driver'], topics: ['loneliness'] }),
  entry('t-for-office', { audiences: ['office_staff'] }),
  entry('t-for-everyone', {}),
  entry('t-body-mentions-burnout', {
    topics: ['work_stress'],
    zh: { title: '加班以后', summary: '如何休息', bodyHtml: '<p>很多人在长期加班后感到倦怠，这很常见。</p>' },
    en: {
      title: 'After overtime',
      summary: 'How to rest',
      bodyHtml: '<p>Many feel burnout after long overtime.</p>',
    },
  }),
  entry('t-burnout-title', {
    topics: ['work_stress'],
    zh: { title: '告别职业倦怠', summary: '三个信号', bodyHtml: '<p>累到提不起劲。</p>' },
    en: { title: 'Beyond burnout', summary: 'Three signs', bodyHtml: '<p>Drained and distant.</p>' },
  }),
  entry('t-sleep-in-body', {
    topics: ['sleep'],
    zh: { title: '跑完夜车以后', summary: '休息的办法', bodyHtml: '<p>白天补觉，睡眠常常又浅又短。</p>' },
    en: {
      title: 'After a night drive',
      summary: 'Ways to rest',
      bodyHtml: '<p>Sleeping in the day is often shallow.</p>',
    },
  }),
  entry('t-sleeping-on-the-road', {
    topics: ['sleep'],
    zh: { title: '路上的睡眠', summary: '在车上也能休息', bodyHtml: '<p>睡眠不足会让人烦躁。</p>' },
    en: {
      title: 'Sleep on the road',
      summary: 'Rest in the cab',
      bodyHtml: '<p>Too little sleep makes you irritable.</p>',
    },
  }),
];

const mine = new Set([...entries.map((e) => e.slug), 'draft-burnout', 'archived-burnout']);

describe.each(testDrivers)('the library for workers ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let supervisor: Agent;
  let tenantId: string;
  const sql = async (text: string, values: unknown[] = []) =>
    (await db.database.executeSql(text, values)).rows;
  const get = (url: string) => publicGet(t, `${url}${url.includes('?') ? '&' : '?'}tenant=demo-city`);
  const search = async (q: string, lang = 'zh-CN') => {
    const res = await get(`/api/v1/content-search?q=${encodeURIComponent(q)}&lang=${lang}`);
    expectStatus(res, 200);
    searchHitSchema.array().parse(res.json().items);
    const items = res.json().items as { slug: string; title: string; snippet: string; lang: string }[];
    expect(items.map((i) => i.slug)).not.toContain('draft-burnout');
    expect(items.map((i) => i.slug)).not.toContain('archived-burnout');
    return items.filter((i) => mine.has(i.slug));
  };

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    supervisor = await t.signInAs('supervisor');
    tenantId = String((admin.session.user as { tenantId: string }).tenantId);
    t.clock.advance(60_000);
    await installStartingLibrary(db.database.db, tenantId, t.clock, entries);
    // A draft and an archived item that both talk of burnout and sleep: never found by workers.
    await admin.request(
      'POST',
      '/api/v1/content-items',
      contentInput('draft-burnout', {
        zh: { title: '倦怠草稿', summary: '睡眠', bodyHtml: '<p>burnout sleeping</p>' },
      }),
    );
    const archived = await publish(
      admin,
      supervisor,
      contentInput('archived-burnout', {
        zh: { title: '倦怠旧文', summary: '睡眠', bodyHtml: '<p>burnout sleep</p>' },
      }),
    );
    await admin.request('POST', `/api/v1/content-items/${archived}/archive`, {});
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('finds Chinese and English words in titles first, then bodies — published items only', async () => {
    const burnout = await search('倦怠');
    expect(burnout.map((i) => i.slug)).toEqual(['t-burnout-title', 't-body-mentions-burnout']);
    expect(burnout[1]?.snippet).toContain('倦怠');
    expect((await search('burnout', 'en')).map((i) => i.slug)).toEqual([
      't-burnout-title',
      't-body-mentions-burnout',
    ]);
    expect((await search('睡眠')).map((i) => i.slug)).toEqual(['t-sleeping-on-the-road', 't-sleep-in-body']);
    expect((await search('sleeping', 'en')).map((i) => i.slug)).toEqual([
      't-sleeping-on-the-road',
      't-sleep-in-body',
    ]);
    // A Chinese query finds the item and shows it in the language asked for.
    const shown = await search('倦怠', 'en');
    expect(shown[0]).toMatchObject({ title: 'Beyond burnout', lang: 'en' });
    expect(await search('沙盘')).toEqual([]);
    expect(await search('睡')).not.toEqual([]);
  });

  it('refuses an empty or too long query', async () => {
    expectStatus(await get('/api/v1/content-search?q=%20%20'), 400, 'invalid_query');
    expectStatus(await get('/api/v1/content-search'), 400, 'invalid_query');
    expectStatus(await get(`/api/v1/content-search?q=${'字'.repeat(101)}`), 400, 'invalid_query');
  });

  /** Every page of a list, following the cursors. */
  const allPages = async (query: string, limit: number) => {
    const out: { slug: string; audiences: string[] }[] = [];
    let cursor: string | null = '';
    for (let n = 0; cursor !== null && n < 100; n++) {
      const res = await get(`/api/v1/content?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expectStatus(res, 200);
      out.push(...contentSummarySchema.array().parse(res.json().items));
      cursor = res.json().nextCursor;
    }
    return out;
  };

  it('lists what names the worker’s groups first, then what is for everyone, hiding nothing', async () => {
    const items = await allPages('audience=truck_driver,driver_family', 50);
    const slugs = items.map((i) => i.slug);
    expect(slugs.indexOf('t-for-drivers')).toBeLessThan(slugs.indexOf('t-for-everyone'));
    expect(slugs.indexOf('t-for-everyone')).toBeLessThan(slugs.indexOf('t-for-office'));
    expect(items[0]?.audiences.some((a) => a === 'truck_driver' || a === 'driver_family')).toBe(true);
    expect(slugs).not.toContain('draft-burnout');
    expect(slugs).not.toContain('archived-burnout');
    expect(new Set(slugs).size).toBe(slugs.length);

    const plain = (await allPages('lang=zh-CN', 50)).map((i) => i.slug);
    expect(plain.slice(0, entries.length)).toEqual(entries.map((e) => e.slug));
    expect([...plain].sort()).toEqual([...slugs].sort());
    expectStatus(await get('/api/v1/content?audience=astronaut'), 400, 'validation_failed');
  });

  it('pages with a cursor and filters by kind and topic', async () => {
    const first = (await get('/api/v1/content?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const big = await allPages('lang=zh-CN', 50);
    expect((await allPages('lang=zh-CN', 2)).map((i) => i.slug)).toEqual(big.map((i) => i.slug));
    expectStatus(await get('/api/v1/content?cursor=bogus'), 400, 'bad_request');
    const sleep = (await allPages('topic=sleep', 50)).map((i) => i.slug).filter((x) => mine.has(x));
    expect(sleep.sort()).toEqual(['t-sleep-in-body', 't-sleeping-on-the-road']);
    expect((await allPages('kind=story', 50)).filter((i) => mine.has(i.slug))).toEqual([]);
    expect((await allPages('kind=&topic=&cursor=', 50)).length).toBe(big.length);
  });

  it('shows one item in the language asked for, falling back to Chinese', async () => {
    const en = await get('/api/v1/content/t-burnout-title?lang=en');
    expectStatus(en, 200);
    expect(contentDetailSchema.parse(en.json())).toMatchObject({
      lang: 'en',
      title: 'Beyond burnout',
      availableLangs: ['zh-CN', 'en'],
      version: 1,
    });
    await publish(admin, supervisor, contentInput('zh-only', { en: null }));
    expect((await get('/api/v1/content/zh-only?lang=en')).json()).toMatchObject({
      lang: 'zh-CN',
      availableLangs: ['zh-CN'],
    });
    expectStatus(await get('/api/v1/content/draft-burnout'), 404, 'content_not_found');
    expectStatus(await get('/api/v1/content/archived-burnout'), 404, 'content_not_found');
    expectStatus(await get('/api/v1/content/nothing-here'), 404, 'content_not_found');
  });

  it('counts reads and tool uses per day without anything about who', async () => {
    const id = (await get('/api/v1/content/t-burnout-title')).json().id;
    const post = (url: string, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `${url}?tenant=demo-city`, payload });
    const read = await post('/api/v1/content-reads', { contentId: id });
    expectStatus(read, 204);
    expect(read.headers['set-cookie']).toBeUndefined();
    expectStatus(await post('/api/v1/content-reads', { contentId: id }), 204);
    expectStatus(await post('/api/v1/tool-uses', { tool: 'breathing' }), 204);
    expectStatus(
      await post('/api/v1/content-reads', { contentId: '00000000-0000-4000-8000-00000000dead' }),
      404,
      'content_not_found',
    );
    expectStatus(await post('/api/v1/tool-uses', { tool: 'hypnosis' }), 400, 'validation_failed');
    const rows = await sql(
      'select kind, subject, count, day::text as day from content_daily_counts order by kind',
    );
    expect(rows).toEqual([
      { kind: 'read', subject: id, count: 2, day: '2026-11-30' },
      { kind: 'tool', subject: 'breathing', count: 1, day: '2026-11-30' },
    ]);
  });

  it('keeps images checked from their bytes and serves them for a year', async () => {
    const upload = (bytes: Uint8Array, type: string, agent = admin) =>
      agent.request('POST', '/api/v1/content-images', Buffer.from(bytes) as never, { 'content-type': type });
    const ok = await upload(pngHeader(800, 600), 'image/png');
    expectStatus(ok, 201);
    expect(ok.json()).toMatchObject({ width: 800, height: 600, bytes: 33 });
    const image = await publicGet(t, ok.json().url);
    expectStatus(image, 200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toContain('max-age=31536000');
    expect(image.rawPayload.equals(Buffer.from(pngHeader(800, 600)))).toBe(true);
    expectStatus(await upload(jpegHeader(100, 100), 'image/jpeg'), 201);
    expectStatus(await upload(webpLossy(100, 100), 'image/webp'), 201);

    const count = async () => (await sql('select count(*)::int as n from content_images'))[0];
    const before = await count();
    const big = new Uint8Array(imageLimits.maxBytes + 1);
    big.set(pngHeader(10, 10));
    expectStatus(await upload(big, 'image/png'), 413, 'image_too_large');
    expectStatus(await upload(pngHeader(4097, 100), 'image/png'), 413, 'image_too_large');
    expectStatus(
      await upload(new TextEncoder().encode('<svg onload="x()"/>'), 'image/png'),
      415,
      'unsupported_image',
    );
    expectStatus(await upload(pngHeader(10, 10), 'image/jpeg'), 415, 'unsupported_image');
    expectStatus(
      await admin.request('POST', '/api/v1/content-images', { not: 'an image' }),
      415,
      'unsupported_image',
    );
    expectStatus(await upload(pngHeader(10, 10), 'image/png', supervisor), 403, 'forbidden');
    expect(await count()).toEqual(before);
    expectStatus(await publicGet(t, '/api/v1/content-images/00000000-0000-4000-8000-00000000dead'), 404);

    const cover = await publish(
      admin,
      supervisor,
      contentInput('with-cover', { coverImageId: ok.json().id }),
    );
    expect((await get('/api/v1/content/with-cover')).json().coverImageUrl).toBe(ok.json().url);
    expect(cover).toBeTruthy();
  });

  it('gives a new federation the starting library, once', async () => {
    const operator = await t.signInAs('platform_operator');
    const res = await operator.request('POST', '/api/v1/tenants', {
      kind: 'city',
      slug: 'new-city',
      name: '新市总工会',
      nameEn: 'New City',
    });
    expectStatus(res, 201);
    const id = res.json().id ?? res.json().tenant?.id;
    const items = await sql('select status, published_version from content_items where tenant_id = $1', [id]);
    expect(items).toHaveLength(startingLibrary.length);
    expect(items.every((i) => (i as { status: string }).status === 'published')).toBe(true);
    expect(await installStartingLibrary(db.database.db, id, t.clock)).toEqual({
      installed: 0,
      skipped: startingLibrary.length,
    });
    // Every entry reaches the worker, page by page.
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await publicGet(
        t,
        `/api/v1/content?tenant=new-city&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      const body = page.json() as { items: { slug: string }[]; nextCursor: string | null };
      slugs.push(...body.items.map((i) => i.slug));
      cursor = body.nextCursor;
    } while (cursor);
    expect(slugs.sort()).toEqual(startingLibrary.map((e) => e.slug).sort());
    const history = await sql(
      'select h.action, h.by from content_history h join content_items i on i.id = h.item_id where i.tenant_id = $1 and i.slug = $2 order by h.id',
      [id, startingLibrary[0]?.slug],
    );
    expect(history).toEqual([
      { action: 'created', by: null },
      { action: 'approved', by: null },
      { action: 'published', by: null },
    ]);
  });
});
