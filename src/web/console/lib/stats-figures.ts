import {
  type MetricDefinition,
  type MetricFamilyName,
  type MetricKey,
  type MetricKind,
  metricCatalogue,
  metricFamilies,
} from '../../../core/statistics/metrics';
import type { Figure, MetricFigure } from './stats-types';

/**
 * How a dashboard figure reads: its value in the metric's unit, `<10` when it is hidden (the answer's minimum
 * group size, never the number itself), and the change from the previous period — left out whenever either
 * side is hidden, since a change would give a hidden figure away.
 */

const catalogueByKey = new Map<MetricKey, MetricDefinition>(metricCatalogue.map((d) => [d.key, d]));

export const metricDef = (key: MetricKey): MetricDefinition | undefined => catalogueByKey.get(key);

/** The metric's name in the catalogue, in the reader's language. */
export const metricLabel = (key: MetricKey, lang: string): string => {
  const d = catalogueByKey.get(key);
  if (!d) return key;
  return lang === 'en' ? d.en : d.zh;
};

export const kindOf = (key: MetricKey): MetricKind => catalogueByKey.get(key)?.kind ?? 'count';

const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'zh-CN');

/** A value as the metric's kind shows it; the unit is in the metric's name (分钟, 小时, 满分5). */
export function valueText(value: number, kind: MetricKind, lang: string): string {
  const n = (v: number, digits: number) =>
    v.toLocaleString(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  switch (kind) {
    case 'count':
      return n(Math.round(value), 0);
    case 'duration_minutes':
    case 'hours':
      return n(value, 1);
    case 'share':
      // Shares are fractions (0.85), shown as a percentage.
      return `${n(value * 100, 1)}%`;
    case 'rating':
      return n(value, 2);
  }
}

export const hiddenText = (minGroupSize: number): string => `<${minGroupSize}`;

/** A figure as a table cell writes it: the value, `<10` when hidden, `—` when there is nothing to compute. */
export function figureText(
  figure: Figure | undefined,
  kind: MetricKind,
  lang: string,
  minGroupSize: number,
): string {
  if (!figure) return '—';
  if (figure.hidden) return hiddenText(minGroupSize);
  if (figure.value === null) return '—';
  return valueText(figure.value, kind, lang);
}

/** A shown number (a chart draws nothing for a hidden or missing one). */
export const shownValue = (figure: Figure | undefined): number | null =>
  figure && !figure.hidden && figure.value !== null ? figure.value : null;

export type Change =
  | { direction: 'up' | 'down'; percent: number; points?: undefined }
  | { direction: 'up' | 'down'; points: number; percent?: undefined }
  | { direction: 'flat' }
  /** Something this period, nothing before: no percentage can be given. */
  | { direction: 'new' };

/**
 * The change from the previous period, or null when it cannot be said (either side hidden or missing).
 * Shares change in percentage points; everything else in per cent of the previous value.
 */
export function changeOf(metric: Pick<MetricFigure, 'key' | 'current' | 'previous'>): Change | null {
  const now = shownValue(metric.current);
  const before = shownValue(metric.previous);
  if (now === null || before === null) return null;
  if (now === before) return { direction: 'flat' };
  const direction = now > before ? 'up' : 'down';
  if (kindOf(metric.key) === 'share') return { direction, points: Math.abs(now - before) * 100 };
  if (before === 0) return { direction: 'new' };
  return { direction, percent: (Math.abs(now - before) / before) * 100 };
}

/** The change as text, with its arrow, so that colour is never the only sign: "▲ 12.5%", "▼ 3.0 个百分点". */
export function changeText(
  change: Change,
  lang: string,
  words: { flat: string; new: string; points: string },
): string {
  if (change.direction === 'flat') return words.flat;
  if (change.direction === 'new') return `▲ ${words.new}`;
  const arrow = change.direction === 'up' ? '▲' : '▼';
  const digits = (v: number) =>
    v.toLocaleString(locale(lang), { maximumFractionDigits: v < 10 ? 1 : 0, minimumFractionDigits: 0 });
  if (change.points !== undefined) return `${arrow} ${digits(change.points)}${words.points}`;
  return `${arrow} ${digits(change.percent)}%`;
}

/** The metrics of an answer grouped by family, in the catalogue's order, leaving out empty families. */
export function byFamily<T extends { key: MetricKey }>(
  items: readonly T[],
): { family: MetricFamilyName; items: T[] }[] {
  const order = (key: MetricKey) => metricCatalogue.findIndex((d) => d.key === key);
  return metricFamilies
    .map((family) => ({
      family,
      items: items
        .filter((m) => catalogueByKey.get(m.key)?.family === family)
        .sort((a, b) => order(a.key) - order(b.key)),
    }))
    .filter((g) => g.items.length > 0);
}
