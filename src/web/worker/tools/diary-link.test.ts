import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { GroupsUnlinkedElsewhere, syncGroups } from '../audience/link';
import type { Diary, DiaryEntry } from './diary';
import {
  fromWire,
  LINK_MAX_DAYS,
  mergeDiaries,
  syncDiary,
  toWire,
  UnlinkedElsewhere,
  withRemoved,
} from './diary-link';
import type { Call, LinkState } from './linked-copy';

const e = (day: string, mood: DiaryEntry['mood'], savedAt: string, note = ''): DiaryEntry => ({
  day,
  mood,
  sleepHours: null,
  sleepQuality: null,
  note,
  savedAt,
});
const diaryOf = (...entries: DiaryEntry[]): Diary => Object.fromEntries(entries.map((x) => [x.day, x]));
const CODE = 'ABCD-EFGH-2345-JKLM';

/** A server copy in memory, answering like the API (409 on a stale base). */
function fakeServer(start: { entries: unknown[]; updatedAt: string | null }, interfere?: () => void) {
  const copy = { ...start };
  const calls: { method: string; body?: unknown; code?: string }[] = [];
  let tick = 0;
  const call = (async (
    method: string,
    _path: string,
    body?: unknown,
    options?: { headers?: Record<string, string> },
  ) => {
    calls.push({ method, body, code: options?.headers?.['x-retrieval-code'] });
    if (method === 'GET') return structuredClone(copy);
    interfere?.();
    const b = body as { entries?: unknown[]; groups?: unknown[]; baseUpdatedAt: string | null };
    if (b.baseUpdatedAt !== copy.updatedAt) throw new ApiError(409, 'conflict', 'stale');
    copy.entries = (b.entries ?? b.groups) as unknown[];
    copy.updatedAt = `2026-12-0${++tick}T00:00:00.000Z`;
    return structuredClone(copy);
  }) as unknown as Call;
  return { copy, calls, call };
}

describe('merging two copies of the mood diary by day', () => {
  it('keeps the days written on either phone, and the later save where both wrote the same day', () => {
    const here = diaryOf(
      e('2026-12-01', 2, '2026-12-01T13:00:00Z'),
      e('2026-12-02', 4, '2026-12-02T14:00:00Z'),
    );
    const there = diaryOf(
      e('2026-12-02', 1, '2026-12-02T15:00:00Z', '后来改了'),
      e('2026-12-03', 3, '2026-12-03T12:00:00Z'),
    );
    const merged = mergeDiaries(here, there);
    expect(Object.keys(merged).sort()).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(merged['2026-12-02']?.note).toBe('后来改了');
    // The same instant: this phone's entry stays.
    const tie = mergeDiaries(diaryOf(e('2026-12-02', 5, '2026-12-02T15:00:00Z')), there);
    expect(tie['2026-12-02']?.mood).toBe(5);
  });

  it('does not bring back a day deleted here, unless the other phone saved it again afterwards', () => {
    const there = diaryOf(
      e('2026-12-01', 2, '2026-12-01T13:00:00Z'),
      e('2026-12-02', 3, '2026-12-05T09:00:00Z'),
    );
    const removed = { '2026-12-01': '2026-12-04T00:00:00Z', '2026-12-02': '2026-12-04T00:00:00Z' };
    expect(Object.keys(mergeDiaries({}, there, removed))).toEqual(['2026-12-02']);
  });

  it('sends the newest year of days, and reads back only what would be kept', () => {
    const many = diaryOf(
      ...Array.from({ length: LINK_MAX_DAYS + 10 }, (_, i) =>
        e(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), 3, '2026-01-01T00:00:00Z'),
      ),
    );
    const wire = toWire(many);
    expect(wire).toHaveLength(LINK_MAX_DAYS);
    expect(wire[0]?.date > (wire.at(-1)?.date ?? '')).toBe(true);
    expect(
      fromWire([{ date: '2026-02-30', mood: 3 }, { date: '2026-02-03', mood: 9 }, wire[0] ?? {}]),
    ).toEqual({
      [wire[0]?.date as string]: many[wire[0]?.date as string],
    });
  });
});

describe('syncing the diary', () => {
  const linked: LinkState = { tail: 'JKLM', updatedAt: null, pending: true };

  it('links: the phone’s diary and what the server had combine, sent with the code in a header', async () => {
    const server = fakeServer({ entries: [], updatedAt: null });
    const local = diaryOf(e('2026-12-01', 2, '2026-12-01T13:00:00Z'));
    const synced = await syncDiary(CODE, local, linked, server.call);
    expect(synced.updatedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(server.copy.entries).toEqual(toWire(local));
    expect(server.calls.map((c) => [c.method, c.code])).toEqual([
      ['GET', CODE],
      ['PUT', CODE],
    ]);
  });

  it('when another phone wrote in between, fetches and merges again instead of overwriting', async () => {
    const other = e('2026-12-03', 5, '2026-12-03T10:00:00Z');
    let once = true;
    const server = fakeServer({ entries: [], updatedAt: '2026-11-30T00:00:00.000Z' }, () => {
      if (!once) return;
      once = false;
      server.copy.entries = toWire(diaryOf(other));
      server.copy.updatedAt = '2026-11-30T12:00:00.000Z';
    });
    const local = diaryOf(e('2026-12-01', 2, '2026-12-01T13:00:00Z'));
    const synced = await syncDiary(
      CODE,
      local,
      { ...linked, updatedAt: '2026-11-30T00:00:00.000Z' },
      server.call,
    );
    expect(Object.keys(synced.diary).sort()).toEqual(['2026-12-01', '2026-12-03']);
    expect((server.copy.entries as { date: string }[]).map((x) => x.date)).toEqual([
      '2026-12-03',
      '2026-12-01',
    ]);
  });

  it('sends nothing when both already agree, and stops when the copy was deleted elsewhere', async () => {
    const local = diaryOf(e('2026-12-01', 2, '2026-12-01T13:00:00Z'));
    const same = fakeServer({ entries: toWire(local), updatedAt: '2026-12-01T00:00:00.000Z' });
    await syncDiary(CODE, local, { ...linked, updatedAt: '2026-12-01T00:00:00.000Z' }, same.call);
    expect(same.calls.map((c) => c.method)).toEqual(['GET']);
    const gone = fakeServer({ entries: [], updatedAt: null });
    await expect(
      syncDiary(CODE, local, { ...linked, updatedAt: '2026-12-01T00:00:00.000Z' }, gone.call),
    ).rejects.toBeInstanceOf(UnlinkedElsewhere);
  });

  it('notes deleted days as pending until the next sync', () => {
    const s = withRemoved(
      { tail: 'JKLM', updatedAt: 'x', pending: false },
      ['2026-12-01'],
      new Date('2026-12-04T00:00:00Z'),
    );
    expect(s).toEqual({
      tail: 'JKLM',
      updatedAt: 'x',
      pending: true,
      removed: { '2026-12-01': '2026-12-04T00:00:00.000Z' },
    });
  });
});

describe('syncing 我是…', () => {
  it('keeps both phones’ groups when linking, then the latest change here wins, and a change elsewhere is taken', async () => {
    const server = fakeServer({ entries: ['parent'], updatedAt: '2026-11-30T00:00:00.000Z' });
    // Linked from another phone already: linking here combines.
    const first = await syncGroups(
      CODE,
      ['truck_driver'],
      { tail: 'JKLM', updatedAt: null, pending: true },
      (async (m: string, p: string, b?: unknown, o?: unknown) => {
        const r = (await server.call(m as 'GET', p, b, o as undefined)) as {
          entries?: unknown;
          updatedAt: string;
        };
        return { groups: r.entries, updatedAt: r.updatedAt };
      }) as unknown as Call,
    );
    expect(first.groups.sort()).toEqual(['parent', 'truck_driver']);
    const s: LinkState = { tail: 'JKLM', updatedAt: first.updatedAt, pending: true };
    const asGroups = (async (m: string, p: string, b?: unknown, o?: unknown) => {
      const r = (await server.call(m as 'GET', p, b, o as undefined)) as {
        entries?: unknown;
        updatedAt: string;
      };
      return { groups: r.entries, updatedAt: r.updatedAt };
    }) as unknown as Call;
    const removedOne = await syncGroups(CODE, ['truck_driver'], s, asGroups);
    expect(server.copy.entries).toEqual(['truck_driver']);
    server.copy.entries = ['office_staff'];
    server.copy.updatedAt = '2026-12-09T00:00:00.000Z';
    const taken = await syncGroups(
      CODE,
      ['truck_driver'],
      { ...s, updatedAt: removedOne.updatedAt, pending: false },
      asGroups,
    );
    expect(taken.groups).toEqual(['office_staff']);
    server.copy.updatedAt = null;
    await expect(syncGroups(CODE, [], { ...s, pending: false }, asGroups)).rejects.toBeInstanceOf(
      GroupsUnlinkedElsewhere,
    );
  });
});
