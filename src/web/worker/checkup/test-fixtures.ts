/**
 * Test data for the check-up's unit tests (never imported by the app): the default check-up and its forms
 * as the API presents them, built from the core's catalogue, with the items' reverse flags left out as the
 * server's response schema leaves them out.
 */
import { renderForm } from '../../../core/instruments/availability';
import { catalogue } from '../../../core/instruments/catalogue';
import { defaultCheckup } from '../../../core/instruments/checkups';
import type { Lang } from '../../../core/instruments/types';
import type { CheckupSummary, Form } from './types';

/** A form as the API renders it. */
export function wireForm(id: string, lang: Lang = 'en'): Form {
  const def = catalogue.get(id);
  if (!def) throw new Error(`no ${id}`);
  return renderForm(def, lang, lang === 'zh-CN' && def.zhVariants ? 'A' : null);
}

export const summary = (lang: Lang = 'en'): CheckupSummary => ({
  id: defaultCheckup.id,
  name: defaultCheckup.name[lang],
  description: defaultCheckup.description[lang],
  instruments: defaultCheckup.instruments,
  itemCount: 19,
  minutes: 4,
  stepUps: defaultCheckup.stepUps.map((s) => ({
    instrument: s.target,
    reason: s.reason[lang],
    when: s.when as unknown as Record<string, unknown>[],
    carryOver: s.carryOver,
  })),
});

export const forms = (lang: Lang = 'en'): Form[] =>
  [...defaultCheckup.instruments, 'phq9', 'gad7'].map((id) => wireForm(id, lang));

/** A localStorage for node: what the phone keeps, in a Map. */
export class MemoryStorage {
  private data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
}

export function useMemoryStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  return storage;
}
