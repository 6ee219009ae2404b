/**
 * The mood diary (心情日记): one short check-in per day — mood 1–5, sleep, an optional note — kept on this
 * phone only. Days are the phone's own calendar days ("YYYY-MM-DD" in its time zone), so a note written at
 * 23:30 belongs to that evening wherever the server is. Pure: the storage is in diary-storage.ts.
 */
export const moods = [1, 2, 3, 4, 5] as const;
export type Mood = (typeof moods)[number];

export const sleepQualities = ['poor', 'fair', 'good'] as const;
export type SleepQuality = (typeof sleepQualities)[number];

export const NOTE_MAX = 500;
export const SLEEP_MAX_HOURS = 16;
/** Sleep is counted in half hours: more would be false precision for a morning guess. */
export const SLEEP_STEP = 0.5;

export interface DiaryEntry {
  day: string;
  mood: Mood;
  sleepHours: number | null;
  sleepQuality: SleepQuality | null;
  note: string;
  /** When it was last saved (ISO), to say "saved at 21:05". */
  savedAt: string;
}

export type DiaryInput = Omit<DiaryEntry, 'savedAt'>;

/** Entries by day: one per day, so saving a day again replaces it. */
export type Diary = Readonly<Record<string, DiaryEntry>>;

const two = (n: number) => String(n).padStart(2, '0');

/** The phone's calendar day of an instant. */
export const localDay = (at: Date): string =>
  `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(v: unknown): v is string {
  const m = typeof v === 'string' ? DAY_RE.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}

/** A calendar day n days later (or earlier): counted in UTC, so a daylight-saving night is still one day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export const isMood = (v: unknown): v is Mood => moods.includes(v as Mood);
export const isSleepQuality = (v: unknown): v is SleepQuality => sleepQualities.includes(v as SleepQuality);
export const isSleepHours = (v: unknown): v is number =>
  typeof v === 'number' && v >= 0 && v <= SLEEP_MAX_HOURS && Number.isInteger(v / SLEEP_STEP);

/** An entry as it may be kept, or null when something in it is not (a damaged or hand-edited value). */
export function cleanEntry(v: unknown): DiaryEntry | null {
  if (typeof v !== 'object' || v === null) return null;
  const e = v as Record<string, unknown>;
  if (!isDay(e.day) || !isMood(e.mood)) return null;
  return {
    day: e.day,
    mood: e.mood,
    sleepHours: isSleepHours(e.sleepHours) ? e.sleepHours : null,
    sleepQuality: isSleepQuality(e.sleepQuality) ? e.sleepQuality : null,
    note: typeof e.note === 'string' ? e.note.slice(0, NOTE_MAX) : '',
    savedAt: typeof e.savedAt === 'string' ? e.savedAt : new Date(0).toISOString(),
  };
}

/** Saves (or replaces) the entry for its day; null when the input is not a valid entry. */
export function withEntry(diary: Diary, input: DiaryInput, now: Date): Diary | null {
  const entry = cleanEntry({ ...input, note: input.note.trim(), savedAt: now.toISOString() });
  if (!entry || (input.sleepHours !== null && entry.sleepHours === null)) return null;
  return { ...diary, [entry.day]: entry };
}

export function withoutEntry(diary: Diary, day: string): Diary {
  const { [day]: _gone, ...rest } = diary;
  return rest;
}

export const newestFirst = (diary: Diary): DiaryEntry[] =>
  Object.values(diary).sort((a, b) => (a.day < b.day ? 1 : -1));

export interface DayPoint {
  day: string;
  entry: DiaryEntry | null;
}

/** The seven days ending `today`, oldest first; a day without a check-in is there, empty (a gap, not a zero). */
export const weekSeries = (diary: Diary, today: string): DayPoint[] =>
  Array.from({ length: 7 }, (_, i) => {
    const day = addDays(today, i - 6);
    return { day, entry: diary[day] ?? null };
  });

/** A stored diary read defensively: anything that is not a valid entry is left out. */
export function parseDiary(raw: string | null): Diary {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    const list = (parsed as { entries?: unknown })?.entries;
    if (!Array.isArray(list)) return {};
    const out: Record<string, DiaryEntry> = {};
    for (const item of list) {
      const entry = cleanEntry(item);
      if (entry) out[entry.day] = entry;
    }
    return out;
  } catch {
    return {};
  }
}

/** As kept: a version for later changes, and a list (smaller than keyed JSON and simple to read back). */
export const serialiseDiary = (diary: Diary): string =>
  JSON.stringify({ version: 1, entries: newestFirst(diary) });
