import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { IMAGE_CACHE, MAX_KEPT_READS, READ_CACHE } from './kept';

/**
 * The service worker's library caching (src/web/public/sw.js), run in a sandbox with an in-memory Cache
 * Storage and a scripted network: the rules the pages rely on (kept articles, their images, lists without
 * the worker's groups, nothing cached for searches or POSTs).
 */
const ORIGIN = 'https://app.example';
const source = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');

class FakeCache {
  readonly entries = new Map<string, Response>();
  private key = (r: Request | string) => (typeof r === 'string' ? new URL(r, ORIGIN).href : r.url);
  async match(r: Request | string) {
    return this.entries.get(this.key(r))?.clone();
  }
  // Like the real one: storing again removes the old entry, so the new one is the newest.
  async put(r: Request | string, response: Response) {
    this.entries.delete(this.key(r));
    this.entries.set(this.key(r), response);
  }
  async delete(r: Request | string) {
    return this.entries.delete(this.key(r));
  }
  async keys() {
    return [...this.entries.keys()].map((k) => new Request(k));
  }
  paths() {
    return [...this.entries.keys()].map((k) => k.replace(ORIGIN, ''));
  }
}

function load(network: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const stores = new Map<string, FakeCache>();
  const open = async (name: string) => {
    if (!stores.has(name)) stores.set(name, new FakeCache());
    return stores.get(name) as FakeCache;
  };
  const listeners = new Map<string, (e: unknown) => void>();
  const fetched: string[] = [];
  const sandbox = {
    self: {
      location: { href: `${ORIGIN}/sw.js?v=test`, origin: ORIGIN },
      addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
    },
    caches: {
      open,
      match: async (r: Request) => {
        for (const c of stores.values()) {
          const hit = await c.match(r);
          if (hit) return hit;
        }
        return undefined;
      },
    },
    fetch: async (r: Request | string) => {
      const url = typeof r === 'string' ? new URL(r, ORIGIN).href : r.url;
      fetched.push(url.replace(ORIGIN, ''));
      return network(url);
    },
    URL,
    Request,
    Response,
    setTimeout,
  };
  runInNewContext(source, sandbox);
  /** One fetch event: its answer (or undefined when left to the browser) and all the work it started. */
  const request = async (path: string, init?: RequestInit) => {
    const waits: Promise<unknown>[] = [];
    let answer: Promise<Response> | undefined;
    const event = {
      request: new Request(`${ORIGIN}${path}`, init),
      respondWith: (p: Promise<Response>) => {
        answer = p;
      },
      waitUntil: (p: Promise<unknown>) => waits.push(p),
    };
    listeners.get('fetch')?.(event);
    const response = answer ? await answer.catch(() => null) : undefined;
    for (let i = 0; i < waits.length; i++) await waits[i]; // waits added while waiting are awaited too
    return response;
  };
  return { request, open, stores, fetched };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const article = (slug: string, images: string[] = []) => ({
  id: slug,
  slug,
  title: slug,
  coverImageUrl: images[0] ?? null,
  bodyHtml: images
    .slice(1)
    .map((src) => `<p><img src="${src}" alt=""></p>`)
    .join(''),
});
const image = (n: number) => `/api/v1/content-images/00000000-0000-0000-0000-00000000000${n}`;

describe('service worker: the library offline', () => {
  it('uses the same cache name and limit as the pages', () => {
    expect(source).toContain(`const READ_CACHE = '${READ_CACHE}';`);
    expect(source).toContain(`const IMAGE_CACHE = '${IMAGE_CACHE}';`);
    expect(source).toContain(`const MAX_KEPT_READS = ${MAX_KEPT_READS};`);
  });

  it('keeps each article opened, and opens it offline', async () => {
    let online = true;
    const sw = load((url) => {
      if (!online) throw new TypeError('offline');
      return json(article(new URL(url).pathname.split('/').pop() ?? ''));
    });
    await sw.request('/api/v1/content/sleep-well?lang=zh-CN');
    online = false;
    const offline = await sw.request('/api/v1/content/sleep-well?lang=zh-CN');
    expect(await offline?.json()).toMatchObject({ slug: 'sleep-well' });
    expect(await sw.request('/api/v1/content/never-read?lang=zh-CN')).toBeNull();
  });

  it('keeps the last 30 opened: the oldest goes, and re-opening one makes it the newest', async () => {
    const sw = load((url) => json(article(new URL(url).pathname.split('/').pop() ?? '')));
    for (let i = 0; i < 30; i++) await sw.request(`/api/v1/content/a${i}?lang=zh-CN`);
    await sw.request('/api/v1/content/a0?lang=zh-CN');
    await sw.request('/api/v1/content/a30?lang=zh-CN');
    const kept = (await sw.open(READ_CACHE)).paths();
    expect(kept).toHaveLength(30);
    expect(kept).not.toContain('/api/v1/content/a1?lang=zh-CN');
    expect(kept.slice(-2)).toEqual(['/api/v1/content/a0?lang=zh-CN', '/api/v1/content/a30?lang=zh-CN']);
  });

  it('forgets an article the server no longer has', async () => {
    let gone = false;
    const sw = load(() => (gone ? json({ error: { code: 'content_not_found' } }, 404) : json(article('x'))));
    await sw.request('/api/v1/content/x?lang=zh-CN');
    gone = true;
    await sw.request('/api/v1/content/x?lang=zh-CN');
    expect((await sw.open(READ_CACHE)).paths()).toEqual([]);
  });

  it('keeps the images of kept articles, fetched once, and drops them with their article', async () => {
    const sw = load((url) => {
      const path = new URL(url).pathname;
      // A slow image, still on its way when the kept article asks for it too.
      if (path.startsWith('/api/v1/content-images/'))
        return new Promise<Response>((done) => setTimeout(() => done(new Response('png')), 30));
      const n = Number(path.split('/').pop()?.slice(1));
      return json(article(`a${n}`, n === 0 ? [image(1), image(2)] : []));
    });
    const [page] = await Promise.all([sw.request(image(1)), sw.request('/api/v1/content/a0?lang=zh-CN')]);
    expect(await page?.text()).toBe('png');
    const images = await sw.open(IMAGE_CACHE);
    expect(images.paths().sort()).toEqual([image(1), image(2)]);
    expect(sw.fetched.filter((p) => p === image(1)).length).toBe(1);
    for (let i = 1; i <= 30; i++) await sw.request(`/api/v1/content/a${i}?lang=zh-CN`);
    expect(images.paths()).toEqual([]);
  });

  it('keeps a list without the worker’s groups, and serves it to any group offline', async () => {
    let online = true;
    const sw = load(() => {
      if (!online) throw new TypeError('offline');
      return json({ items: [], nextCursor: null });
    });
    await sw.request('/api/v1/content?lang=zh-CN&audience=truck_driver&limit=20');
    const lists = (await sw.open('carnation-api-v1')).paths();
    expect(lists).toEqual(['/api/v1/content?lang=zh-CN&limit=20']);
    online = false;
    const offline = await sw.request('/api/v1/content?lang=zh-CN&audience=parent&limit=20');
    expect(await offline?.json()).toEqual({ items: [], nextCursor: null });
  });

  it('caches no search and no POST', async () => {
    const sw = load(() => json({ items: [] }));
    expect(await sw.request('/api/v1/content-search?q=%E7%9D%A1&lang=zh-CN')).toBeUndefined();
    expect(
      await sw.request('/api/v1/content-reads', { method: 'POST', body: '{"contentId":"x"}' }),
    ).toBeUndefined();
    expect([...sw.stores.values()].flatMap((c) => c.paths())).toEqual([]);
  });
});
