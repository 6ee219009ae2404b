import type { AudienceId } from '../../../core/content/audiences';
import type { ContentKind, TopicId } from '../../../core/content/topics';
import { api, query } from '../../shared/api';
import type { Language } from '../../shared/preferences';

/**
 * The public content API (issue 6 contract) as the worker app calls it: the library's list, one item, search,
 * and the anonymous read count. No sign-in, nothing identifying; the worker's groups go only in a list's
 * `audience` parameter (which the server does not keep, and the service worker leaves out of its caches).
 */
export interface ContentMedia {
  type: 'video' | 'audio';
  url: string;
  durationMinutes: number | null;
}

export interface ContentSummary {
  id: string;
  slug: string;
  kind: ContentKind;
  topics: TopicId[];
  audiences: AudienceId[];
  title: string;
  summary: string;
  readingMinutes: number;
  publishedAt: string;
  coverImageUrl: string | null;
  media: ContentMedia | null;
  /** The language of this text: English falls back to Chinese when an item has none. */
  lang: Language;
}

export interface ContentDetail extends ContentSummary {
  /** Sanitised by the server (allowlist in the contract); rendered as it comes, from the API only. */
  bodyHtml: string;
  version: number;
  updatedAt: string;
  availableLangs: Language[];
}

export interface ContentPage {
  lang: Language;
  items: ContentSummary[];
  nextCursor: string | null;
}

export interface SearchHit extends ContentSummary {
  /** Plain text around the match; shown as text with the query's words marked, never as HTML. */
  snippet: string;
}

export interface SearchResult {
  lang: Language;
  q: string;
  items: SearchHit[];
}

export interface ListFilter {
  kind?: ContentKind | null;
  topic?: TopicId | null;
  audience?: readonly AudienceId[];
  cursor?: string | null;
}

// A weak signal can hang a request for minutes; after this it counts as failed and the page says so.
const WAIT = 15_000;
export const PAGE_SIZE = 20;

export const listPath = (f: ListFilter, lang: Language): string =>
  `/api/v1/content${query({
    lang,
    kind: f.kind,
    topic: f.topic,
    audience: f.audience?.length ? f.audience.join(',') : undefined,
    limit: PAGE_SIZE,
    cursor: f.cursor,
  })}`;

export const detailPath = (slug: string, lang: Language): string =>
  `/api/v1/content/${encodeURIComponent(slug)}${query({ lang })}`;

export const searchPath = (q: string, lang: Language): string =>
  `/api/v1/content-search${query({ q, lang, limit: PAGE_SIZE })}`;

export const fetchContentPage = (f: ListFilter, lang: Language) =>
  api<ContentPage>('GET', listPath(f, lang), undefined, { timeoutMs: WAIT });

export const fetchContent = (slug: string, lang: Language) =>
  api<ContentDetail>('GET', detailPath(slug, lang), undefined, { timeoutMs: WAIT });

export const searchContent = (q: string, lang: Language) =>
  api<SearchResult>('GET', searchPath(q, lang), undefined, { timeoutMs: WAIT });

/**
 * Counts one read, anonymously: fire and forget. Never when the phone is offline (it would only fail, or sit
 * in a queue), never awaited by the page, and a failure is dropped: a count is not worth a worker's wait.
 */
export function countRead(contentId: string): void {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return;
  api('POST', '/api/v1/content-reads', { contentId }, { timeoutMs: 10_000 }).catch(() => undefined);
}
