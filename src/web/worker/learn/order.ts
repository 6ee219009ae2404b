import { audienceFit, byAudienceFit } from '../../../core/content/audiences';
import { type ContentKind, contentKinds, type TopicId, topicIds } from '../../../core/content/topics';
import type { ContentSummary } from './api';

/**
 * The library's order and marks. The server already puts a worker's group first when it gets `audience`; the
 * page sorts again with the same core rule, because the service worker keeps one copy of a list for all
 * groups (so no group is stored in its caches) and that copy may come in another group's order. The sort is
 * stable, so a list already in order keeps it, and nothing is ever hidden.
 */
export const orderForMe = <T extends Pick<ContentSummary, 'audiences'>>(
  items: readonly T[],
  mine: readonly string[],
): T[] => byAudienceFit(items, (i) => i.audiences, mine);

/** "适合您": only when the item names one of the worker's groups; an item for everyone carries no mark. */
export const fitsMe = (item: Pick<ContentSummary, 'audiences'>, mine: readonly string[]): boolean =>
  audienceFit(item.audiences, mine) === 0;

/** A further page added to what is shown; an item already there (the list moved meanwhile) is not repeated. */
export function appendPage<T extends { id: string }>(shown: readonly T[], next: readonly T[]): T[] {
  const seen = new Set(shown.map((i) => i.id));
  return [...shown, ...next.filter((i) => !seen.has(i.id))];
}

export interface LibraryFilter {
  kind: ContentKind | null;
  topic: TopicId | null;
}

/** The tab and topic chip from the address (?kind=story&topic=sleep), so Back and a shared link keep them. */
export function filterFromParams(params: URLSearchParams): LibraryFilter {
  const kind = params.get('kind');
  const topic = params.get('topic');
  return {
    kind: contentKinds.find((k) => k === kind) ?? null,
    topic: topicIds.find((t) => t === topic) ?? null,
  };
}

export function paramsOfFilter(f: LibraryFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.kind) p.set('kind', f.kind);
  if (f.topic) p.set('topic', f.topic);
  return p;
}

/** The contract takes 1–100 characters after trimming; anything else is not sent (the page says why). */
export function cleanQuery(raw: string | null | undefined): string | null {
  const q = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!q) return null;
  return [...q].slice(0, 100).join('');
}
