import type { Language } from '../../shared/preferences';
import type { ContentDetail } from './api';
import { needles } from './highlight';

/**
 * What the phone can read offline: the articles the service worker kept (sw.js, the last 30 opened, in a
 * cache of its own). The service worker alone writes that cache; the pages only read it, to say which
 * articles open offline and to open one in another language than the phone's when that is the copy kept.
 */
export const READ_CACHE = 'carnation-learn-read-v1';
export const IMAGE_CACHE = 'carnation-learn-images-v1';
export const MAX_KEPT_READS = 30;

export type KeptRead = Pick<
  ContentDetail,
  'id' | 'slug' | 'kind' | 'topics' | 'audiences' | 'title' | 'summary' | 'readingMinutes' | 'lang'
>;

export interface KeptEntry {
  /** The address it was kept under: /api/v1/content/<slug>?lang=… */
  url: string;
  item: ContentDetail;
}

/** The language a kept copy was asked for (its address), which may differ from its text's own. */
const askedLang = (url: string): string =>
  new URL(url, 'https://x.invalid').searchParams.get('lang') ?? 'zh-CN';

/**
 * The kept articles to offer, newest first (the cache lists them oldest first): one line per article even
 * when it was read in both languages, the copy asked for in the phone's language preferred; at most 30.
 */
export function recentReads(entries: readonly KeptEntry[], lang: Language): KeptRead[] {
  const bySlug = new Map<string, { entry: KeptEntry; rank: number }>();
  entries.forEach((entry, rank) => {
    const had = bySlug.get(entry.item.slug);
    const better = !had || (askedLang(entry.url) === lang && askedLang(had.entry.url) !== lang);
    // Newest reading decides the place in the list; the phone's language decides which copy is shown.
    const place = had ? Math.max(had.rank, rank) : rank;
    bySlug.set(entry.item.slug, { entry: better ? entry : (had?.entry ?? entry), rank: place });
  });
  return [...bySlug.values()]
    .sort((a, b) => b.rank - a.rank)
    .slice(0, MAX_KEPT_READS)
    .map(({ entry: { item } }) => ({
      id: item.id,
      slug: item.slug,
      kind: item.kind,
      topics: item.topics,
      audiences: item.audiences,
      title: item.title,
      summary: item.summary,
      readingMinutes: item.readingMinutes,
      lang: item.lang,
    }));
}

/** A kept copy of one article: in the phone's language if kept so, else in the other. */
export function keptCopy(entries: readonly KeptEntry[], slug: string, lang: Language): ContentDetail | null {
  const mine = entries.filter((e) => e.item.slug === slug);
  return (mine.find((e) => askedLang(e.url) === lang) ?? mine[mine.length - 1])?.item ?? null;
}

const isDetail = (v: unknown): v is ContentDetail =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ContentDetail).slug === 'string' &&
  typeof (v as ContentDetail).title === 'string' &&
  typeof (v as ContentDetail).bodyHtml === 'string';

/** Reads the kept articles, oldest first; none where the browser has no Cache Storage (old WebView, http). */
export async function readKept(): Promise<KeptEntry[]> {
  if (typeof caches === 'undefined') return [];
  try {
    if (!(await caches.has(READ_CACHE))) return [];
    const cache = await caches.open(READ_CACHE);
    const out: KeptEntry[] = [];
    for (const request of await cache.keys()) {
      const item: unknown = await (await cache.match(request))?.json().catch(() => null);
      if (isDetail(item)) out.push({ url: request.url, item });
    }
    return out;
  } catch {
    return []; // storage blocked: as if nothing was kept
  }
}

/** Offline search: the kept articles whose title, summary or text holds one of the searched words. */
export function searchKept(entries: readonly KeptEntry[], q: string, lang: Language): KeptRead[] {
  const words = needles(q);
  if (words.length === 0) return [];
  const text = new Map(entries.map((e) => [e.item.slug, plainText(e.item).toLowerCase()]));
  return recentReads(entries, lang).filter((r) => {
    const hay = `${r.title} ${r.summary} ${text.get(r.slug) ?? ''}`.toLowerCase();
    return words.some((w) => hay.includes(w));
  });
}

/** An article's words without its tags (for matching only; never rendered). */
const plainText = (item: ContentDetail): string => item.bodyHtml.replace(/<[^>]*>/g, ' ');

/**
 * Forgets every kept article and image on this phone: what someone read about their troubles is theirs to
 * wipe, say on a phone shared at home. The service worker keeps new ones again as they are opened.
 */
export async function clearKept(): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    await Promise.all([caches.delete(READ_CACHE), caches.delete(IMAGE_CACHE)]);
  } catch {
    /* storage blocked: nothing was kept either */
  }
}
