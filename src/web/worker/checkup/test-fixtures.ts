/**
 * Test data for the check-up's unit tests (never imported by the app): the default check-up and its forms
 * as the API presents them, built from the core's catalogue, with the items' reverse flags left out as the
 * server's response schema leaves them out.
 */
import { renderForm } from '../../../core/instruments/availability';
import { catalogue } from '../../../core/instruments/catalogue';
import {
  type CheckupDefinition,
  defaultCheckup,
  stepUpsApplicableTo,
} from '../../../core/instruments/checkups';
import { singleInstrumentCheckup } from '../../../core/instruments/evaluate';
import type { Lang } from '../../../core/instruments/types';
import type { CheckupSummary, Form } from './types';

/** A form as the API renders it. */
export function wireForm(id: string, lang: Lang = 'en'): Form {
  const def = catalogue.get(id);
  if (!def) throw new Error(`no ${id}`);
  return renderForm(def, lang, lang === 'zh-CN' && def.zhVariants ? 'A' : null);
}

/** A check-up definition as the API summarises it. */
const summaryOf = (c: CheckupDefinition, lang: Lang): CheckupSummary => ({
  id: c.id,
  name: c.name[lang],
  description: c.description[lang],
  instruments: c.instruments,
  audiences: c.audiences ?? [],
  itemCount: c.instruments.reduce((n, id) => n + (catalogue.get(id)?.items.length ?? 0), 0),
  minutes: c.instruments.reduce((n, id) => n + (catalogue.get(id)?.minutes ?? 0), 0),
  stepUps: c.stepUps.map((s) => ({
    instrument: s.target,
    reason: s.reason[lang],
    when: s.when as unknown as Record<string, unknown>[],
    carryOver: s.carryOver,
  })),
});

export const summary = (lang: Lang = 'en'): CheckupSummary => summaryOf(defaultCheckup, lang);

/** An instrument taken alone, as GET /api/v1/checkups/<instrument id> sends it: its summary and forms. */
export function single(id: string, lang: Lang = 'en'): { checkup: CheckupSummary; forms: Form[] } {
  const def = catalogue.get(id);
  if (!def) throw new Error(`no ${id}`);
  const checkup = singleInstrumentCheckup(def, stepUpsApplicableTo([id]));
  return {
    checkup: summaryOf(checkup, lang),
    forms: [id, ...checkup.stepUps.map((s) => s.target)].map((f) => wireForm(f, lang)),
  };
}

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
