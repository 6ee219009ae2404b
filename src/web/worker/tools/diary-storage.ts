import { type Diary, parseDiary, serialiseDiary } from './diary';

/**
 * Where the diary lives: this phone's localStorage, under one key, never sent anywhere. When the phone will
 * not keep it (private mode, storage full), it is held in memory for this visit and the page says so.
 */
export const DIARY_KEY = 'carnation.diary';

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let unsaved: string | null = null;

const browserStore = (): KeyValueStore | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

export function loadDiary(store: KeyValueStore | null = browserStore()): Diary {
  if (unsaved !== null) return parseDiary(unsaved);
  try {
    return parseDiary(store?.getItem(DIARY_KEY) ?? null);
  } catch {
    return {};
  }
}

/** True when the phone kept it; false when it lasts only until the page is closed. */
export function storeDiary(diary: Diary, store: KeyValueStore | null = browserStore()): boolean {
  const empty = Object.keys(diary).length === 0;
  try {
    if (!store) throw new Error('no storage');
    if (empty) store.removeItem(DIARY_KEY);
    else store.setItem(DIARY_KEY, serialiseDiary(diary));
    unsaved = null;
    return true;
  } catch {
    unsaved = empty ? null : serialiseDiary(diary);
    return empty;
  }
}
