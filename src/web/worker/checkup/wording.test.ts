import { describe, expect, it } from 'vitest';
import { reportEn } from '../i18n/report.en';
import { reportZh } from '../i18n/report.zh-CN';
import { flatten } from '../i18n/texts';
import { forms } from './test-fixtures';
import { orderedResults, scoreLine, sentenceKey, toneOf, topicKey } from './wording';

const zh = flatten(reportZh);
const en = flatten(reportEn);

describe('the report’s words', () => {
  it('has a kind sentence of its own for every band of every instrument the check-up may ask', () => {
    for (const form of forms('zh-CN')) {
      expect(topicKey(form.id), form.id).not.toBeNull();
      for (const band of form.bands) {
        const key = sentenceKey({ instrument: form.id, band }, (k) => zh.has(k));
        expect(key, `${form.id} ${band.code}`).toBe(`bands.${form.id}.l${band.level}`);
        expect(en.has(key), key).toBe(true);
      }
    }
  });

  it('falls back to the general sentence for its level, and never to a clinical label', () => {
    const has = (k: string) => zh.has(k);
    expect(sentenceKey({ instrument: 'k6', band: { code: 'high', label: '高', level: 2 } }, has)).toBe(
      'bands.generic.l2',
    );
    expect(sentenceKey({ instrument: 'who5', band: { code: 'x', label: 'x', level: 1 } }, has)).toBe(
      'bands.generic.l1',
    );
    expect(sentenceKey({ instrument: 'phq9', band: { code: 'x', label: 'x', level: 9 } }, has)).toBe(
      'bands.phq9.l4',
    );
    for (const [key, text] of [...zh, ...en].filter(([k]) => k.startsWith('bands.'))) {
      expect(text, key).not.toMatch(/诊断|抑郁症|焦虑症|diagnos|disorder|suicid/i);
    }
  });

  it('shows WHO-5 also out of 100, and a burnout mean with one decimal', () => {
    const [, who5, cbi] = forms('en');
    const meta = (f: typeof who5) => ({
      id: f?.id ?? '',
      name: '',
      shortName: '',
      attribution: '',
      range: f?.scoring.range ?? [0, 0],
      ...(f?.scoring.transform ? { percentRange: f.scoring.transform.range } : {}),
      direction: f?.scoring.direction ?? 'higher_is_worse',
      bandsDescriptive: false,
    });
    const result = { instrument: 'who5', version: '1', score: 13, percentage: 52 } as const;
    const band = { code: 'not_low', label: '', level: 0 };
    const base = { ...result, band, bandsDescriptive: false, subscales: [], flags: [] };
    expect(scoreLine(base, meta(who5))).toEqual({ score: '13', percent: '52' });
    expect(
      scoreLine({ ...base, instrument: 'cbi_work', score: 53.6, percentage: undefined }, meta(cbi)),
    ).toEqual({
      score: '53.6',
    });
  });

  it('shows levels calmly: nothing alarming for any of them', () => {
    expect([0, 1, 2, 3, 4].map(toneOf)).toEqual(['calm', 'mild', 'notice', 'notice', 'notice']);
  });
});

describe('the order of the results', () => {
  it('puts mood first, the longer step-ups right after their short screen', () => {
    const r = (instrument: string) => ({
      instrument,
      version: '1',
      score: 0,
      band: { code: 'x', label: 'x', level: 0 },
      bandsDescriptive: false,
      subscales: [],
      flags: [],
    });
    const served = ['phq4', 'who5', 'cbi_work', 'ucla3', 'phq9', 'gad7'].map(r);
    expect(orderedResults(served, []).map((x) => x.result.instrument)).toEqual([
      'phq4',
      'phq9',
      'gad7',
      'who5',
      'cbi_work',
      'ucla3',
    ]);
  });
});
