import { describe, expect, it } from 'vitest';
import type { InstrumentSeries, SeriesPoint } from './case-types';
import {
  bandRanges,
  changeMarks,
  chartOption,
  latestStanding,
  markLook,
  signed,
  tooltipHtml,
} from './measure-chart';

const phqBands = [
  { code: 'minimal', min: 0, label: 'None–minimal', level: 0 },
  { code: 'mild', min: 5, label: 'Mild', level: 1 },
  { code: 'moderate', min: 10, label: 'Moderate', level: 2 },
  { code: 'moderately_severe', min: 15, label: 'Moderately severe', level: 3 },
  { code: 'severe', min: 20, label: 'Severe', level: 4 },
];

const point = (id: string, at: string, score: number, since: SeriesPoint['sinceBaseline']): SeriesPoint => ({
  id,
  at,
  score,
  percentage: null,
  band: { code: 'x', label: 'Band <x>', level: 0 },
  flags: [],
  via: 'in_room',
  sinceBaseline: since,
});

const change = (c: number, reliable: 'improved' | 'deteriorated' | 'none', recovery = false) => ({
  change: c,
  reliable,
  baselineInRange: true,
  latestInRange: !recovery,
  reliableRecovery: recovery,
});

const series = (points: SeriesPoint[]): InstrumentSeries => ({
  instrumentId: 'phq9',
  name: 'PHQ-9',
  range: [0, 27],
  direction: 'higher_is_worse',
  bands: phqBands,
  reliableChange: { points: 6, source: 'NHS Talking Therapies manual' },
  points,
});

describe('band ranges', () => {
  it('run from each band to the next, the last to the top of the scale, with whole-score text', () => {
    const r = bandRanges([...phqBands].reverse(), [0, 27]);
    expect(r.map((b) => [b.code, b.from, b.to, b.text])).toEqual([
      ['minimal', 0, 5, '0–4'],
      ['mild', 5, 10, '5–9'],
      ['moderate', 10, 15, '10–14'],
      ['moderately_severe', 15, 20, '15–19'],
      ['severe', 20, 27, '20–27'],
    ]);
  });
});

describe('change marks', () => {
  const pts = [
    point('a', '2026-11-01T02:00:00Z', 18, null),
    point('b', '2026-11-15T02:00:00Z', 15, change(-3, 'none')),
    point('c', '2026-11-29T02:00:00Z', 11, change(-7, 'improved')),
    point('d', '2026-12-13T02:00:00Z', 6, change(-12, 'improved', true)),
    point('e', '2026-12-20T02:00:00Z', 25, change(7, 'deteriorated')),
  ];

  it('mark reliable improvement, recovery (over improvement) and deterioration, nothing within error', () => {
    expect(changeMarks(pts).map((m) => [m.id, m.kind, m.change])).toEqual([
      ['c', 'improved', -7],
      ['d', 'recovered', -12],
      ['e', 'deteriorated', 7],
    ]);
  });

  it('say where the latest score stands against the first', () => {
    expect(latestStanding(series(pts.slice(0, 1)))).toEqual({ kind: 'baseline', change: 0 });
    expect(latestStanding(series(pts.slice(0, 2)))).toEqual({ kind: 'none', change: -3 });
    expect(latestStanding(series(pts.slice(0, 4)))).toEqual({ kind: 'recovered', change: -12 });
  });

  it('point the triangle the way the score moved, whichever direction is better', () => {
    expect(markLook('improved', 'higher_is_worse').rotate).toBe(180);
    expect(markLook('improved', 'higher_is_better').rotate).toBe(0);
    expect(markLook('deteriorated', 'higher_is_worse').rotate).toBe(0);
    expect(markLook('recovered', 'higher_is_worse').symbol).toMatch(/^path:/);
  });

  it('write changes with their sign', () => {
    expect([signed(3), signed(-6), signed(0)]).toEqual(['+3', '−6', '0']);
  });
});

const texts = {
  score: 'Score',
  band: 'Band',
  change: 'Since first',
  marks: { recovered: 'Reliable recovery', improved: 'Reliably improved', deteriorated: 'Reliably worse' },
  rule: 'Only a change of 6 points or more counts',
  source: 'Source: NHS <manual>',
  time: (iso: string) => iso.replace('T', ' ').slice(0, 19),
};

describe('the chart option', () => {
  const s = series([
    point('a', '2026-11-01T02:00:00Z', 18, null),
    point('c', '2026-11-29T02:00:00Z', 11, change(-7, 'improved')),
  ]);
  const option = chartOption(s, texts);

  it('shades every band over the whole range of the scale', () => {
    expect(option.yAxis).toMatchObject({ min: 0, max: 27 });
    const areas = option.series[0]?.markArea?.data ?? [];
    expect(areas.map(([from, to]) => [from.yAxis, to.yAxis])).toEqual([
      [0, 5],
      [5, 10],
      [10, 15],
      [15, 20],
      [20, 27],
    ]);
  });

  it('draws the scores in time order and a mark on the reliable change only', () => {
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([
      [Date.parse('2026-11-01T02:00:00Z'), 18],
      [Date.parse('2026-11-29T02:00:00Z'), 11],
    ]);
    expect(option.series[1]?.data.map((d) => d.id)).toEqual(['c']);
  });

  it('puts the rule and its source in the tooltip, escaped', () => {
    const html = option.tooltip.formatter({ data: { id: 'c' } });
    expect(html).toContain('Reliably improved');
    expect(html).toContain('Since first: −7');
    expect(html).toContain('Only a change of 6 points or more counts');
    expect(html).toContain('Source: NHS &lt;manual&gt;');
    expect(html).toContain('Band &lt;x&gt;');
    expect(option.tooltip.formatter({ data: {} })).toBe('');
  });

  it('leaves the rule out when the instrument has none', () => {
    const html = tooltipHtml(point('a', '2026-11-01T02:00:00Z', 4, null), {
      ...texts,
      rule: null,
      source: null,
    });
    expect(html).not.toContain('Source');
  });
});
