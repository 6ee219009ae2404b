import { describe, expect, it } from 'vitest';
import { monthLabel } from './month-label';
import { recentMonths } from './reports-api';
import { reportsEn } from './texts.en';
import { reportsZh } from './texts.zh-CN';

describe('the reports page’s helpers', () => {
  it('offers this month and the eleven before, across the new year', () => {
    const months = recentMonths(new Date(2027, 1, 10));
    expect(months.slice(0, 3)).toEqual(['2027-02', '2027-01', '2026-12']);
    expect(months).toHaveLength(12);
  });
  it('names a month in both languages', () => {
    expect(monthLabel('2026-11', 'zh')).toBe('2026年11月');
    expect(monthLabel('2026-11', 'en')).toBe('Nov 2026');
  });
  it('has every Chinese text in English too', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${p}${k}`] : keys(v, `${p}${k}.`)));
    expect(keys(reportsEn)).toEqual(keys(reportsZh));
  });
});
