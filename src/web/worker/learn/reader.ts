import { ApiError } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { type ContentDetail, type ContentSummary, fetchContent } from './api';
import { keptCopy, readKept } from './kept';

export interface Opened {
  item: ContentDetail;
  /** Opened from the phone's own copy (in another language than asked), not from the network. */
  saved: boolean;
}

/**
 * An article from the network (or from the service worker's copy, which it answers with offline); failing
 * that, the copy kept in the other language. A real refusal (404: withdrawn) is not papered over.
 */
export async function openArticle(slug: string, lang: Language): Promise<Opened> {
  try {
    return { item: await fetchContent(slug, lang), saved: false };
  } catch (err) {
    if (err instanceof ApiError && err.status !== 0) throw err;
    const copy = keptCopy(await readKept(), slug, lang);
    if (copy) return { item: copy, saved: true };
    throw err;
  }
}

/** Next reads: others on the article's first topic, in the list's order, at most three. */
export function nextReads<T extends Pick<ContentSummary, 'slug' | 'topics'>>(
  item: Pick<ContentSummary, 'slug' | 'topics'>,
  candidates: readonly T[],
  max = 3,
): T[] {
  const topic = item.topics[0];
  return candidates.filter((c) => c.slug !== item.slug && topic && c.topics.includes(topic)).slice(0, max);
}
