import { describe, expect, it } from 'vitest';
import {
  bandLevels,
  bandsOption,
  breakdownOption,
  bucketUnit,
  instrumentLabel,
  levelCount,
  trendOption,
} from './stats-charts';
import type { BandDistribution, BreakdownRow, Figure, OverviewView } from './stats-types';

const f = (value: number): Figure => ({ value, hidden: null });
const small: Figure = { value: null, hidden: 'small' };
const words = { lang: 'zh-CN', hidden: '未显示' };

const overview = (): OverviewView => ({
  period: {
    granularity: 'week',
    from: '2026-11-16',
    to: '2026-11-22',
    timeZone: 'Asia/Shanghai',
    previous: { from: '2026-11-09', to: '2026-11-15' },
  },
  scope: { tenantId: 't', organisationId: null, name: '示范市', nameEn: null, kind: 'federation', trail: [] },
  minGroupSize: 10,
  metrics: [],
  trend: {
    buckets: [
      { key: '2026-11-16', from: '2026-11-16', to: '2026-11-16', zh: '11月16日', en: '16 Nov' },
      { key: '2026-11-17', from: '2026-11-17', to: '2026-11-17', zh: '11月17日', en: '17 Nov' },
    ],
    series: [
      { key: 'checkup.person_times', values: [f(30), small] },
      { key: 'alerts.raised', values: [f(0), f(12)] },
    ],
  },
  bands: [],
  hasData: true,
});

describe('the trend chart', () => {
  it('draws the chosen metrics only, with a gap — not a 0 — where a figure is hidden', () => {
    const o = trendOption(overview(), ['checkup.person_times'], words);
    expect(o.series).toHaveLength(1);
    expect(o.series[0]).toMatchObject({ name: '线上测评人次', data: [30, null], connectNulls: false });
    expect(o.xAxis.data).toEqual(['11月16日', '11月17日']);
    expect(trendOption(overview(), ['checkup.person_times'], { ...words, lang: 'en' }).xAxis.data).toEqual([
      '16 Nov',
      '17 Nov',
    ]);
  });

  it('says a hidden value is not shown in the tooltip, and patterns the series besides colouring them', () => {
    const o = trendOption(overview(), ['checkup.person_times', 'alerts.raised'], words);
    expect(o.series[0]?.tooltip.valueFormatter(null)).toBe('未显示');
    expect(o.series[1]?.tooltip.valueFormatter(0)).toBe('0');
    expect(o.aria.decal.show).toBe(true);
  });
});

describe('the breakdown bars', () => {
  const rows: BreakdownRow[] = [
    {
      key: 'a',
      zh: '甲',
      en: 'A',
      organisationId: null,
      drillable: false,
      cells: { 'checkup.people': f(40) },
    },
    {
      key: 'b',
      zh: '乙',
      en: null,
      organisationId: null,
      drillable: false,
      cells: { 'checkup.people': small },
    },
  ];

  it('lists the rows top down with their values, a hidden one drawn as nothing', () => {
    const o = breakdownOption(rows, 'checkup.people', words);
    expect(o.yAxis.data).toEqual(['乙', '甲']);
    expect(o.series[0]?.data).toEqual([null, 40]);
    expect(breakdownOption(rows, 'checkup.people', { ...words, lang: 'en' }).yAxis.data).toEqual(['乙', 'A']);
  });
});

describe('the band distribution', () => {
  const bands: BandDistribution[] = [
    {
      instrumentId: 'phq9',
      total: f(60),
      bands: [
        { bandCode: 'minimal', bandLevel: 0, count: f(30) },
        { bandCode: 'mild', bandLevel: 1, count: f(20) },
        { bandCode: 'moderate', bandLevel: 2, count: small },
        { bandCode: 'severe', bandLevel: 4, count: small },
      ],
    },
    { instrumentId: 'phq2', total: f(25), bands: [{ bandCode: 'negative', bandLevel: 0, count: f(25) }] },
  ];

  it('stacks one series per level, named in plain words, never by a clinical label', () => {
    const o = bandsOption(bands, (l) => `level${l}`, words);
    expect(bandLevels(bands)).toEqual([0, 1, 2, 4]);
    expect(o.series.map((s) => s.name)).toEqual(['level0', 'level1', 'level2', 'level4']);
    expect(o.yAxis.data).toEqual(['心情（PHQ-2）', '心情（PHQ-9）']);
    expect(o.series[0]?.data).toEqual([25, 30]);
    expect(o.series[2]?.data).toEqual([null, null]);
    expect(JSON.stringify(o)).not.toMatch(/抑郁|depress|severe/i);
  });

  it('adds up bands of one level (an older version’s code), hidden when any of them is', () => {
    const d: BandDistribution = {
      instrumentId: 'phq9',
      total: f(40),
      bands: [
        { bandCode: 'mild', bandLevel: 1, count: f(20) },
        { bandCode: 'mild_old', bandLevel: 1, count: f(12) },
        { bandCode: 'moderate', bandLevel: 2, count: small },
        { bandCode: 'moderate_old', bandLevel: 2, count: f(14) },
      ],
    };
    expect(levelCount(d, 1)).toEqual(f(32));
    expect(levelCount(d, 2)).toEqual(small);
    expect(levelCount(d, 0)).toBeUndefined();
  });

  it('names the questionnaire by what it asks about', () => {
    expect(instrumentLabel('gad7', 'zh-CN')).toBe('紧张和担心（GAD-7）');
    expect(instrumentLabel('gad7', 'en')).toBe('Worry and tension (GAD-7)');
  });
});

describe('the trend’s unit', () => {
  it('is read from the buckets the server chose', () => {
    expect(bucketUnit([{ from: '2026-11-01', to: '2026-11-01' }])).toBe('day');
    expect(bucketUnit([{ from: '2026-10-01', to: '2026-10-04' }])).toBe('week'); // a quarter's first, short week
    expect(bucketUnit([{ from: '2026-01-01', to: '2026-01-31' }])).toBe('month');
    expect(bucketUnit([])).toBe('day');
  });
});
