import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { instrumentChoices, missingFor, triggerText, wordingRows } from './instruments';
import type { InstrumentForm, InstrumentText } from './types';

const options = (labels: string[]) => labels.map((label, value) => ({ value, label }));

const form = (
  variant: 'A' | 'B',
  items: string[],
  labels: string[],
  instructions: string,
): InstrumentForm => ({
  id: 'gad2',
  version: '2026-11',
  lang: 'zh-CN',
  variant,
  name: 'GAD-2',
  shortName: 'GAD-2',
  minutes: 0.5,
  timeframe: '过去两周',
  instructions,
  items: items.map((text, i) => ({
    n: i + 1,
    text,
    options: options(labels),
    reverse: false,
    critical: false,
  })),
  scoring: { method: 'sum', range: [0, 6], direction: 'higher_is_worse' },
  bands: [],
  bandsDescriptive: false,
  flags: [],
  criticalItems: [],
  attribution: '',
});

describe('wordingRows', () => {
  const a = form(
    'A',
    ['感觉紧张，焦虑或急切', '不能够停止或控制担忧'],
    ['完全不会', '好几天'],
    '在过去两个星期…',
  );
  const b = form(
    'B',
    ['感觉紧张、焦虑或不安', '不能够停止或控制担忧'],
    ['根本没有', '有几天'],
    '在过去2周里…',
  );

  it('lines up instructions, timeframe, each item and the shared options, marking what differs', () => {
    const rows = wordingRows(a, b);
    expect(rows.map((r) => [r.key, r.differs])).toEqual([
      ['instructions', true],
      ['timeframe', false],
      ['item-1', true],
      ['item-2', false],
      ['options', true],
    ]);
    expect(rows.find((r) => r.key === 'options')?.b).toBe('根本没有 / 有几天');
  });

  it('gives items with their own options their own line', () => {
    const mixed = { ...a, items: a.items.map((it, i) => (i ? { ...it, options: options(['从不']) } : it)) };
    expect(
      wordingRows(mixed, mixed)
        .filter((r) => r.part === 'options')
        .map((r) => r.n),
    ).toEqual([1, 2]);
  });
});

const text = (
  instrumentId: string,
  lang: InstrumentText['lang'],
  notShownBecause: InstrumentText['notShownBecause'],
): InstrumentText => ({
  instrumentId,
  version: '2026-11',
  name: { 'zh-CN': `${instrumentId} 中文名`, en: `${instrumentId} name` },
  shortName: instrumentId.toUpperCase(),
  lang,
  verification: notShownBecause ? 'unverified' : 'verified',
  variants: [],
  licence: 'free',
  review: null,
  shownToWorkers: notShownBecause === null,
  notShownBecause,
});

describe('check-up choices', () => {
  const texts = [
    text('phq4', 'zh-CN', null),
    text('phq4', 'en', null),
    text('k10', 'zh-CN', 'text_not_approved'),
    text('k10', 'en', null),
    text('pss10', 'zh-CN', 'licence_permission_missing'),
  ];

  it('offers each instrument once, by its Chinese text, with why it cannot be chosen', () => {
    expect(instrumentChoices(texts).map((c) => [c.id, c.available, c.reason])).toEqual([
      ['phq4', true, null],
      ['k10', false, 'text_not_approved'],
      ['pss10', false, 'licence_permission_missing'],
    ]);
  });

  it('says which instruments keep a check-up from workers in a language', () => {
    expect(missingFor(['phq4', 'k10'], texts, 'zh-CN')).toEqual([
      { id: 'k10', shortName: 'K10', reason: 'text_not_approved' },
    ]);
    expect(missingFor(['phq4', 'k10'], texts, 'en')).toEqual([]);
    expect(missingFor(['isi'], texts, 'zh-CN')).toEqual([
      { id: 'isi', shortName: 'isi', reason: 'excluded' },
    ]);
  });
});

describe('triggerText', () => {
  // Shows which key was chosen and with what values, instead of real wording.
  const t = ((key: string, values?: Record<string, unknown>) =>
    values && !('defaultValue' in values) ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;
  const short = (id: string) => id.toUpperCase();

  it('words each kind of step-up condition with the instrument’s short name', () => {
    expect(triggerText(t, { instrument: 'phq4', subscalePositive: 'depression' }, short)).toBe(
      'checkups.triggers.subscalePositive {"instrument":"PHQ4","subscale":"checkups.subscales.depression"}',
    );
    expect(triggerText(t, { instrument: 'phq2', band: 'positive' }, short)).toBe(
      'checkups.triggers.band {"instrument":"PHQ2","band":"checkups.bands.positive"}',
    );
    expect(triggerText(t, { instrument: 'who5', scoreBelow: 13 }, short)).toBe(
      'checkups.triggers.scoreBelow {"instrument":"WHO5","score":13}',
    );
    expect(triggerText(t, { instrument: 'who5', flag: 'item_low' }, short)).toBe(
      'checkups.triggers.flag {"instrument":"WHO5","flag":"checkups.flags.item_low"}',
    );
  });
});
