/** Preferences kept on the device (never sent anywhere): language and large text. */
export type Language = 'zh-CN' | 'en';

const LANG_KEY = 'carnation.lang';
const LARGE_TEXT_KEY = 'carnation.largeText';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // private mode or storage blocked: fall back to defaults
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

/** Chinese first: English only when the person chose it. */
export const savedLanguage = (): Language => (read(LANG_KEY) === 'en' ? 'en' : 'zh-CN');
export const saveLanguage = (lang: Language): void => write(LANG_KEY, lang);

export const savedLargeText = (): boolean => read(LARGE_TEXT_KEY) === '1';
export const saveLargeText = (on: boolean): void => write(LARGE_TEXT_KEY, on ? '1' : '0');
