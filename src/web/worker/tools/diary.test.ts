import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  type Diary,
  type DiaryInput,
  localDay,
  newestFirst,
  parseDiary,
  serialiseDiary,
  weekSeries,
  withEntry,
  withoutEntry,
} from './diary';
import { DIARY_KEY, type KeyValueStore, loadDiary, storeDiary } from './diary-storage';

// The phone's clock for these tests: China, where a worker's evening is still the morning in UTC.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = zone;
});

const input = (day: string, over: Partial<DiaryInput> = {}): DiaryInput => ({
  day,
  mood: 3,
  sleepHours: 7,
  sleepQuality: 'fair',
  note: '',
  ...over,
});

const save = (d: Diary, i: DiaryInput, at = new Date('2026-12-03T12:00:00Z')): Diary => {
  const next = withEntry(d, i, at);
  if (!next) throw new Error('refused');
  return next;
};

const memoryStore = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

describe('the mood diary', () => {
  it('files a check-in under the phone’s own calendar day, not UTC’s', () => {
    // 23:30 in Shanghai on 3 December is 15:30 UTC; 00:30 on the 4th is still the 3rd in UTC.
    expect(localDay(new Date('2026-12-03T15:30:00Z'))).toBe('2026-12-03');
    expect(localDay(new Date('2026-12-03T16:30:00Z'))).toBe('2026-12-04');
  });

  it('counts days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-03', -6)).toBe('2026-11-27');
  });

  it('keeps one entry per day: saving the day again replaces it', () => {
    let d = save({}, input('2026-12-03', { mood: 2, note: '  累  ' }));
    expect(d['2026-12-03']).toMatchObject({ mood: 2, note: '累', savedAt: '2026-12-03T12:00:00.000Z' });
    d = save(d, input('2026-12-03', { mood: 4, note: '好一些了' }), new Date('2026-12-03T13:00:00Z'));
    expect(Object.keys(d)).toEqual(['2026-12-03']);
    expect(d['2026-12-03']).toMatchObject({ mood: 4, note: '好一些了', savedAt: '2026-12-03T13:00:00.000Z' });
    d = save(d, input('2026-12-01'));
    expect(newestFirst(d).map((e) => e.day)).toEqual(['2026-12-03', '2026-12-01']);
  });

  it('refuses what is not an entry: no mood, a mood out of range, impossible sleep or day', () => {
    const bad = [
      input('2026-12-03', { mood: 0 as 1 }),
      input('2026-12-03', { mood: 6 as 1 }),
      input('2026-12-03', { sleepHours: 30 }),
      input('2026-12-03', { sleepHours: 7.3 }),
      input('2026-02-30'),
    ];
    for (const i of bad) expect(withEntry({}, i, new Date())).toBeNull();
    expect(
      withEntry({}, input('2026-12-03', { sleepHours: null, sleepQuality: null }), new Date()),
    ).not.toBeNull();
  });

  it('cuts a note to 500 characters', () => {
    const d = save({}, input('2026-12-03', { note: '字'.repeat(600) }));
    expect(d['2026-12-03']?.note).toHaveLength(500);
  });

  it('deletes one day, and leaves the others', () => {
    const d = save(save({}, input('2026-12-02')), input('2026-12-03'));
    const left = withoutEntry(d, '2026-12-02');
    expect(Object.keys(left)).toEqual(['2026-12-03']);
    expect(Object.keys(d)).toHaveLength(2); // the old value is not changed
  });

  it('shows the week ending today, oldest first, with the days without a check-in as gaps', () => {
    const d = save(
      save({}, input('2026-11-28', { mood: 1 })),
      input('2026-12-03', { mood: 5, sleepHours: null }),
    );
    const week = weekSeries(save(d, input('2026-11-20')), '2026-12-03');
    expect(week.map((p) => p.day)).toEqual([
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
    expect(week.map((p) => p.entry?.mood ?? null)).toEqual([null, 1, null, null, null, null, 5]);
    expect(week[6]?.entry?.sleepHours).toBeNull();
  });

  it('reads back what it wrote, and skips damaged entries rather than losing the diary', () => {
    const d = save(save({}, input('2026-12-02', { note: '下雨' })), input('2026-12-03'));
    expect(parseDiary(serialiseDiary(d))).toEqual(d);
    const damaged = JSON.stringify({
      version: 1,
      entries: [{ day: '2026-12-03', mood: 9 }, d['2026-12-02']],
    });
    expect(Object.keys(parseDiary(damaged))).toEqual(['2026-12-02']);
    expect(parseDiary('{not json')).toEqual({});
    expect(parseDiary(null)).toEqual({});
  });

  it('is kept in the phone’s storage under one key, and deleting everything removes the key', () => {
    const store = memoryStore();
    const d = save({}, input('2026-12-03', { note: '只在手机上' }));
    expect(storeDiary(d, store)).toBe(true);
    expect(store.data.has(DIARY_KEY)).toBe(true);
    expect(loadDiary(store)).toEqual(d);
    expect(storeDiary({}, store)).toBe(true);
    expect(store.data.has(DIARY_KEY)).toBe(false);
    expect(loadDiary(store)).toEqual({});
  });

  it('holds the diary in memory for this visit when the phone will not keep it, and says so', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const d = save({}, input('2026-12-03'));
    expect(storeDiary(d, full)).toBe(false);
    expect(loadDiary(full)).toEqual(d);
    // Once the phone keeps it again, what is stored is what counts.
    const store = memoryStore();
    expect(storeDiary(d, store)).toBe(true);
    expect(loadDiary(store)).toEqual(d);
  });
});
