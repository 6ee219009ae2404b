/*
 * Carnation worker app service worker: the app and crisis help open without a network.
 *
 * - Install: precache the app shell ("/"), the crisis page ("/help") and every file of this build listed in
 *   /precache-manifest.json (written by the precache plugin in vite.config.ts: the worker entry, its lazy
 *   pages, CSS, icons, manifest; never the console's files).
 * - Pages (navigations): network first, so a deploy reaches phones at once; on no network, or a network
 *   too slow to answer in a few seconds, the cached page or else the cached shell.
 * - Built files: from the cache, else the network.
 * - API: never cached, except the library (below) and public reference data read with GET
 *   (stale-while-revalidate): the heart stations, the check-ups and instruments (questions, options,
 *   scoring) and the crisis lines, so a worker who opened the check-up once can start and finish it offline
 *   (the lists of check-ups and instruments, and each check-up taken, default, a federation's own or an
 *   instrument alone, under its own URL).
 *   The stations ranked from the worker's place (?near=) are never cached: the network's answer, or
 *   offline the saved plain list. Slots, bookings and phone codes are left to the network.
 *   Campaign links (/api/v1/campaign-links/<code>) are network first, since a campaign can end: the cached
 *   copy only when there is no network. Nothing personal passes through these; answers, retrieval codes
 *   and contact requests are POSTs and never cached.
 * - Library (知识与故事): its lists (/api/v1/content) stale-while-revalidate, each kept under its address
 *   without `audience`, so the worker's groups stay out of the caches (the page orders by them again).
 *   Each article opened (/api/v1/content/<slug>) is network first (it can be edited or withdrawn: a 404
 *   forgets it), with the saved copy offline or on a hanging network; the last 30 opened are kept in a cache
 *   of their own across deploys (re-opening one makes it the newest; the oldest goes), and their images
 *   (/api/v1/content-images/<id>) in another, fetched once even when the page asks for them at the same time,
 *   and dropped when no kept article shows them. Searches are not cached: what a worker searched for says
 *   what worries them. Read counts are POSTs and never cached.
 * - Activate: delete caches of older versions (the kept articles and their images stay).
 * The console (/console) and the API docs are left to the network.
 */
const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const SHELL_CACHE = `carnation-shell-${VERSION}`;
const API_CACHE = 'carnation-api-v1';
const SHELL = ['/', '/help', '/index.html'];
const CACHED_API = [
  /^\/api\/v1\/service-points$/,
  /^\/api\/v1\/checkups(\/[^/]+)?$/,
  /^\/api\/v1\/instruments(\/[^/]+)?$/,
  /^\/api\/v1\/crisis-resources$/,
  /^\/api\/v1\/recommendation-rules$/,
];
const NETWORK_FIRST_API = [/^\/api\/v1\/campaign-links\/[^/]+$/];
// The library: lists, one article, an article's image. Kept articles and images outlive a deploy.
const CONTENT_LIST = /^\/api\/v1\/content$/;
const CONTENT_ITEM = /^\/api\/v1\/content\/[^/]+$/;
const CONTENT_IMAGE = /^\/api\/v1\/content-images\/[^/]+$/;
const READ_CACHE = 'carnation-learn-read-v1';
const IMAGE_CACHE = 'carnation-learn-images-v1';
const MAX_KEPT_READS = 30;
// On weak mobile signal a request can hang for a long time; after this, a cached page is shown instead.
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch('/precache-manifest.json', { cache: 'no-cache' });
      const manifest = response.ok ? await response.json() : { files: [] };
      const cache = await caches.open(SHELL_CACHE);
      // cache: 'reload' skips the HTTP cache, so the copies are the ones this deploy serves.
      await cache.addAll([...SHELL, ...manifest.files].map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, API_CACHE, READ_CACHE, IMAGE_CACHE]);
      for (const name of await caches.keys()) {
        if (name.startsWith('carnation-') && !keep.has(name)) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/console') || url.pathname.startsWith('/api/docs')) return;

  // Stations ranked from where the worker is: asked of the network only, so no location stays in the
  // phone's caches; offline, the saved list without distances.
  if (url.pathname === '/api/v1/service-points' && url.search) {
    event.respondWith(nearestOrSaved(request));
    return;
  }
  if (CACHED_API.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(staleWhileRevalidate(event, request));
    return;
  }
  if (NETWORK_FIRST_API.some((pattern) => pattern.test(url.pathname))) {
    event.respondWith(networkFirstApi(event, request));
    return;
  }
  if (CONTENT_LIST.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event, request, listKey(url)));
    return;
  }
  if (CONTENT_ITEM.test(url.pathname)) {
    event.respondWith(networkFirstApi(event, request, READ_CACHE, keepRead));
    return;
  }
  if (CONTENT_IMAGE.test(url.pathname)) {
    event.respondWith(contentImage(url.pathname));
    return;
  }
  if (url.pathname.startsWith('/api/')) return;

  if (request.mode === 'navigate') {
    event.respondWith(networkFirstPage(event, request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

/**
 * Pages: the network's copy, else the cached page, else the cached shell. Every worker page is the same
 * index.html except the few sent with their first screen already drawn (x-carnation-prerendered): a fresh
 * plain copy refreshes the shell, a prerendered one is kept under its own address only, so that another page
 * opened offline never flashes the home screen's text.
 */
async function networkFirstPage(event, request) {
  const cache = await caches.open(SHELL_CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      const own = response.headers.get('x-carnation-prerendered') === '1';
      await cache.put(own ? new URL(request.url).pathname : '/index.html', response.clone());
    }
    return response;
  });
  event.waitUntil(fromNetwork.catch(() => undefined));

  const cached = async () =>
    (await cache.match(request, { ignoreSearch: true })) ||
    (await cache.match('/index.html')) ||
    (await cache.match('/'));
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null));
  try {
    const first = await Promise.race([fromNetwork, timeout]);
    if (first) return first;
    return (await cached()) || (await fromNetwork);
  } catch {
    const fallback = await cached();
    if (fallback) return fallback;
    throw new Error('offline and nothing cached');
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  return cached || fetch(request);
}

async function nearestOrSaved(request) {
  try {
    return await fetch(request);
  } catch (err) {
    const saved = await (await caches.open(API_CACHE)).match('/api/v1/service-points');
    if (saved) return saved;
    throw err;
  }
}

/**
 * Reference data: the saved copy at once when there is one, refreshed from the network behind it. `key` is
 * the address it is saved under when that is not the request's own (a list without the worker's groups).
 */
async function staleWhileRevalidate(event, request, key = request) {
  const cache = await caches.open(API_CACHE);
  const cached = await cache.match(key);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  if (cached) {
    event.waitUntil(fromNetwork.catch(() => undefined));
    return cached;
  }
  return fromNetwork;
}

/**
 * Data that can stop being true (an ended campaign): the network's answer, kept when it is a success and
 * forgotten when it is a 404; the saved copy when the network fails, or is too slow to answer in a few
 * seconds (the network's answer still refreshes the copy behind it).
 */
async function networkFirstApi(event, request, cacheName = API_CACHE, afterStore = undefined) {
  const cache = await caches.open(cacheName);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok) {
      await cache.put(request, response.clone());
      if (afterStore) event.waitUntil(afterStore(cache, response.clone()).catch(() => undefined));
    } else if (response.status === 404) await cache.delete(request);
    return response;
  });
  event.waitUntil(fromNetwork.catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null));
  try {
    const first = await Promise.race([fromNetwork, timeout]);
    if (first) return first;
    return (await cache.match(request)) || (await fromNetwork);
  } catch (err) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw err;
  }
}

/** A library list's cache address: the request's own, without the worker's groups. */
function listKey(url) {
  const key = new URL(url.href);
  key.searchParams.delete('audience');
  return key.href;
}

/** The images an article shows: its cover and those in its body (the server allows no others). */
function imagesOf(item) {
  const found = new Set();
  const add = (src) => {
    const path = typeof src === 'string' ? src.replace(/^https?:\/\/[^/]+/, '') : '';
    if (CONTENT_IMAGE.test(path)) found.add(path);
  };
  add(item?.coverImageUrl);
  const body = typeof item?.bodyHtml === 'string' ? item.bodyHtml : '';
  for (const m of body.matchAll(/\/api\/v1\/content-images\/[0-9A-Za-z-]+/g)) add(m[0]);
  return [...found];
}

/** The kept entries to let go, oldest first (a cache lists its entries in the order they were stored). */
function overLimit(keys, max = MAX_KEPT_READS) {
  return keys.slice(0, Math.max(0, keys.length - max));
}

/**
 * After an article is stored: the oldest beyond 30 are let go, its images are fetched if the page has not
 * asked for them yet (below the fold, perhaps never scrolled to), and images no kept article shows are dropped.
 */
async function keepRead(cache, response) {
  const item = await response.json();
  for (const old of overLimit(await cache.keys())) await cache.delete(old);
  await Promise.all(imagesOf(item).map((path) => contentImage(path).catch(() => undefined)));
  const shown = new Set();
  for (const key of await cache.keys()) {
    const kept = await cache.match(key);
    if (kept) for (const path of imagesOf(await kept.json().catch(() => null))) shown.add(path);
  }
  const images = await caches.open(IMAGE_CACHE);
  for (const key of await images.keys()) {
    if (!shown.has(new URL(key.url).pathname)) await images.delete(key);
  }
}

// One download per image, when the page and keepRead ask for it at the same moment (weak signal, paid data).
const imageLoads = new Map();

/** An article's image: the kept copy, else one fetch shared by all who ask, kept when it succeeds. */
async function contentImage(path) {
  const images = await caches.open(IMAGE_CACHE);
  const cached = await images.match(path);
  if (cached) return cached;
  let load = imageLoads.get(path);
  if (!load) {
    load = fetch(path)
      .then(async (response) => {
        if (response.ok) await images.put(path, response.clone());
        return response;
      })
      .finally(() => imageLoads.delete(path));
    imageLoads.set(path, load);
  }
  return (await load).clone();
}
