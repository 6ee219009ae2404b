import { type MetricKey, metricDefinition } from '../../core/statistics/metrics';
import type { Figure } from '../../core/statistics/model';

/** A report's words in both languages: Chinese first, English under it. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A number in the units it is printed in, a word, or null for "nothing to compute over" (printed —). */
export type ReportCell = string | number | null;

/** What a complementary hidden figure is printed as (it may hold ten or more, so "<10" would be untrue). */
export const COMPLEMENT_MARK = '*';

export const hiddenMark = (minGroupSize: number) => `<${minGroupSize}`;

const round = (v: number, places: number) => {
  const f = 10 ** places;
  return Math.round(v * f) / f;
};

/**
 * A figure as it is printed. Counts are whole, hours, minutes and ratings to one decimal, shares as a
 * percentage to one decimal; a hidden figure is `<10` (too few people) or `*` (hidden so that a small one
 * cannot be worked out by subtraction).
 */
export function figureCell(key: MetricKey, figure: Figure, minGroupSize: number): ReportCell {
  if (figure.hidden === 'small') return hiddenMark(minGroupSize);
  if (figure.hidden === 'complement') return COMPLEMENT_MARK;
  if (figure.value === null) return null;
  switch (metricDefinition(key).kind) {
    case 'count':
      return Math.round(figure.value);
    case 'share':
      return round(figure.value * 100, 1);
    default:
      return round(figure.value, 1);
  }
}

/** A metric's name with its unit where the number alone would not say it. */
export function metricLabel(key: MetricKey): Bilingual {
  const d = metricDefinition(key);
  return d.kind === 'share' ? { zh: `${d.zh}（%）`, en: `${d.en} (%)` } : { zh: d.zh, en: d.en };
}

/** This month against the previous one: the difference and the relative change, when both are shown. */
export function changeCells(
  key: MetricKey,
  current: Figure,
  previous: Figure,
  minGroupSize: number,
): [ReportCell, ReportCell] {
  const a = figureCell(key, current, minGroupSize);
  const b = figureCell(key, previous, minGroupSize);
  if (typeof a !== 'number' || typeof b !== 'number') return [null, null];
  const diff = round(a - b, 1);
  return [diff, b === 0 ? null : round(((a - b) / b) * 100, 1)];
}

/** A cell as the PDF prints it: thousands separated, a sign on changes, — for nothing. */
export function cellText(cell: ReportCell, signed = false): string {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  const text = cell.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return signed && cell > 0 ? `+${text}` : text;
}
