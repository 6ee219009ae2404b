import { curation } from '../../../core/instruments/curation';
import { areaOf } from '../../../core/recommendations/words';
import type { MetricKey } from '../../../core/statistics/metrics';
import { kindOf, metricLabel, shownValue, valueText } from './stats-figures';
import { nameIn } from './stats-trail';
import type { BandDistribution, BreakdownRow, Figure, OverviewView } from './stats-types';

/**
 * What the dashboard's charts draw, as plain ECharts options (pure, so they are tested without a browser). A
 * hidden figure is drawn as nothing — a gap in a line, a missing bar — never as 0; the table under each chart
 * writes it `<10`. Series carry decal patterns as well as colours, so that colour is never the only sign.
 */

export interface ChartWords {
  lang: string;
  /** Said in a tooltip where a value is not drawn. */
  hidden: string;
}

const point = (figure: Figure | undefined): number | null => shownValue(figure);

const tooltipValue = (key: MetricKey, value: unknown, words: ChartWords): string =>
  typeof value === 'number' ? valueText(value, kindOf(key), words.lang) : words.hidden;

const base = {
  animation: false,
  aria: { enabled: true, decal: { show: true } },
};

/** Trend lines of the chosen metrics over the period's buckets (days, weeks or months). */
export function trendOption(overview: OverviewView, keys: readonly MetricKey[], words: ChartWords) {
  const series = overview.trend.series.filter((s) => keys.includes(s.key));
  return {
    ...base,
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: undefined,
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: overview.trend.buckets.map((b) => (words.lang === 'en' ? b.en : b.zh)),
      axisLabel: { hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'line',
      name: metricLabel(s.key, words.lang),
      // A gap where a figure is hidden: joining across it would draw a value that is not there.
      connectNulls: false,
      showSymbol: true,
      symbolSize: 6,
      data: s.values.map(point),
      tooltip: { valueFormatter: (v: unknown) => tooltipValue(s.key, v, words) },
    })),
  };
}

/** One metric across a breakdown's rows, as horizontal bars (the longest names stay readable). */
export function breakdownOption(rows: readonly BreakdownRow[], key: MetricKey, words: ChartWords) {
  const shown = [...rows].reverse(); // ECharts draws the first category at the bottom.
  return {
    ...base,
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (v: unknown) => tooltipValue(key, v, words),
    },
    xAxis: { type: 'value', minInterval: kindOf(key) === 'count' ? 1 : 0 },
    yAxis: {
      type: 'category',
      data: shown.map((r) => nameIn(words.lang, r.zh, r.en)),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: metricLabel(key, words.lang),
        data: shown.map((r) => point(r.cells[key])),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value: unknown }) =>
            typeof p.value === 'number' ? valueText(p.value, kindOf(key), words.lang) : '',
        },
        barMaxWidth: 24,
      },
    ],
  };
}

/** The instrument's name for readers: the area of life it asks about and its short name — 心情（PHQ-9）. */
export function instrumentLabel(instrumentId: string, lang: string): string {
  const area = areaOf(instrumentId);
  const short = curation[instrumentId]?.shortName ?? instrumentId;
  return lang === 'en'
    ? `${area.en.charAt(0).toUpperCase()}${area.en.slice(1)} (${short})`
    : `${area.zh}（${short}）`;
}

/**
 * An instrument's count at one level. Normally one band per level; a code an older version stored keeps a band
 * of its own, so several are added up — unless one of them is hidden, when the sum is hidden too.
 */
export function levelCount(d: BandDistribution, level: number): Figure | undefined {
  const at = d.bands.filter((b) => b.bandLevel === level);
  if (at.length <= 1) return at[0]?.count;
  const hidden = at.find((b) => b.count.hidden);
  if (hidden) return { value: null, hidden: hidden.count.hidden };
  const values = at.map((b) => b.count.value).filter((v): v is number => v !== null);
  return { value: values.length ? values.reduce((a, v) => a + v, 0) : null, hidden: null };
}

/** The levels that occur in any distribution, calmest first (each a stacked series). */
export const bandLevels = (bands: readonly BandDistribution[]): number[] =>
  [...new Set(bands.flatMap((d) => d.bands.map((b) => b.bandLevel)))].sort((a, b) => a - b);

/**
 * Results by band, one stacked bar per instrument, the bands named by level in plain words (比较平稳 …),
 * never by the instrument's clinical label. `levelWord` gives the word for a level.
 */
export function bandsOption(
  bands: readonly BandDistribution[],
  levelWord: (level: number) => string,
  words: ChartWords,
) {
  const levels = bandLevels(bands);
  const shown = [...bands].reverse();
  // Calm to warm; the decal patterns tell them apart as well.
  const palette = ['#8fbf9f', '#c9d68a', '#f2c76e', '#ee9a5d', '#d9684f'];
  return {
    ...base,
    color: levels.map((l) => palette[Math.min(l, palette.length - 1)]),
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: (v: unknown) => tooltipValue('checkup.person_times', v, words),
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((d) => instrumentLabel(d.instrumentId, words.lang)) },
    series: levels.map((level) => ({
      type: 'bar',
      stack: 'bands',
      name: levelWord(level),
      barMaxWidth: 28,
      data: shown.map((d) => point(levelCount(d, level))),
    })),
  };
}

/** What one trend bucket is: a day, a week or a month (for the table's caption). */
export function bucketUnit(buckets: readonly { from: string; to: string }[]): 'day' | 'week' | 'month' {
  const first = buckets[0];
  if (!first || first.from === first.to) return 'day';
  const days = (Date.parse(`${first.to}T00:00:00Z`) - Date.parse(`${first.from}T00:00:00Z`)) / 86_400_000 + 1;
  return days <= 7 ? 'week' : 'month';
}
