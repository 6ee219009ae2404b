import { api, query } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import type { Near } from '../counselling/api';
import type { EventSummary } from './types';

/**
 * The events list request, apart from the calls that carry a credential (api.ts), so the list page loads
 * nothing about proving who one is.
 */
const WAIT = { timeoutMs: 20_000 };

export interface EventQuery {
  kind?: string | null;
  audience?: readonly string[];
  from?: string;
  to?: string;
  near?: Near | null;
  invite?: string | null;
  lang: Language;
}

/** About 100 m, as the stations list sends it: enough to rank, and no finer than that leaves the phone. */
const rounded = (near: Near) => `${near.lat.toFixed(3)},${near.lng.toFixed(3)}`;

export const eventsPath = (q: EventQuery): string =>
  `/api/v1/group-events${query({
    kind: q.kind ?? undefined,
    audience: q.audience?.length ? q.audience.join(',') : undefined,
    from: q.from,
    to: q.to,
    near: q.near ? rounded(q.near) : undefined,
    invite: q.invite ?? undefined,
    lang: q.lang,
  })}`;

export const fetchEvents = (q: EventQuery) =>
  api<{ events: EventSummary[] }>('GET', eventsPath(q), undefined, WAIT).then((r) => r.events);
