import { api } from '../../shared/api';
import { cleanEntry, type Diary, type DiaryEntry, newestFirst } from './diary';
import { type Call, codeHeaders, isConflict, type LinkState } from './linked-copy';

/** The diary as the server keeps it (`date` for the phone's day), at most a year of the newest days. */
export interface WireEntry {
  date: string;
  mood: number;
  sleepHours: number | null;
  sleepQuality: 'poor' | 'fair' | 'good' | null;
  note: string;
  savedAt: string;
}

export const LINK_MAX_DAYS = 366;
export const DIARY_LINK_KEY = 'carnation.diary-link';

export const toWire = (diary: Diary): WireEntry[] =>
  newestFirst(diary)
    .slice(0, LINK_MAX_DAYS)
    .map((e) => ({
      date: e.day,
      mood: e.mood,
      sleepHours: e.sleepHours,
      sleepQuality: e.sleepQuality,
      note: e.note,
      savedAt: e.savedAt,
    }));

/** Read defensively, like the phone's own storage: an entry that would not be kept is left out. */
export function fromWire(list: readonly Partial<WireEntry>[]): Diary {
  const out: Record<string, DiaryEntry> = {};
  for (const w of list) {
    const e = cleanEntry({ ...w, day: w.date });
    if (e) out[e.day] = e;
  }
  return out;
}

/**
 * Two diaries as one, day by day: a day written on only one phone is kept, and where both wrote it the one
 * saved later wins (this phone on a tie). A day deleted here since the last sync stays deleted unless the
 * other copy saved it again after the deletion. Entries from two phones combine; none is lost by a sync.
 */
export function mergeDiaries(
  local: Diary,
  remote: Diary,
  removed: Readonly<Record<string, string>> = {},
): Diary {
  const out: Record<string, DiaryEntry> = {};
  for (const day of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    const mine = local[day];
    const theirs = remote[day];
    const newer =
      mine && theirs
        ? Date.parse(theirs.savedAt) > Date.parse(mine.savedAt)
          ? theirs
          : mine
        : (mine ?? theirs);
    if (!newer) continue;
    const gone = removed[day];
    if (!mine && gone && Date.parse(gone) >= Date.parse(newer.savedAt)) continue;
    out[day] = newer;
  }
  return out;
}

const same = (a: WireEntry[], b: WireEntry[]) => JSON.stringify(a) === JSON.stringify(b);

export interface DiarySynced {
  diary: Diary;
  updatedAt: string;
}

/** Thrown when the server has no copy although this phone had linked one: stopped on another phone, or erased. */
export class UnlinkedElsewhere extends Error {}

/**
 * One sync: fetch the server's copy, merge it with this phone's by day, and send the merged diary back from
 * the version it was merged from. When another phone wrote in between (409), fetch and merge again.
 */
export async function syncDiary(
  code: string,
  local: Diary,
  state: LinkState,
  call: Call = api,
): Promise<DiarySynced> {
  const h = codeHeaders(code);
  for (let attempt = 0; ; attempt++) {
    const remote = await call<{ entries: WireEntry[]; updatedAt: string | null }>(
      'GET',
      '/api/v1/linked-diary',
      undefined,
      h,
    );
    if (remote.updatedAt === null && state.updatedAt !== null) throw new UnlinkedElsewhere();
    const merged = mergeDiaries(local, fromWire(remote.entries), state.removed);
    const wire = toWire(merged);
    if (remote.updatedAt !== null && same(wire, remote.entries))
      return { diary: merged, updatedAt: remote.updatedAt };
    try {
      const put = await call<{ updatedAt: string }>(
        'PUT',
        '/api/v1/linked-diary',
        { entries: wire, baseUpdatedAt: remote.updatedAt },
        h,
      );
      return { diary: merged, updatedAt: put.updatedAt as string };
    } catch (e) {
      if (!isConflict(e) || attempt >= 2) throw e;
    }
  }
}

/** Notes a deletion on this phone, so the next sync does not bring the day back from the server. */
export const withRemoved = (state: LinkState, days: readonly string[], at: Date): LinkState => ({
  ...state,
  pending: true,
  removed: { ...state.removed, ...Object.fromEntries(days.map((d) => [d, at.toISOString()])) },
});
