import { type MetricKey, metricDefinition } from '../../core/statistics/metrics';
import type { Figure, OverviewView } from '../../core/statistics/model';
import type { BreakdownAnswer } from './dashboard';

/**
 * The dashboard's tables as CSV (issue 8): UTF-8 with a byte-order mark (so spreadsheet programs read the
 * Chinese), the header in the asked language, hidden cells written "<10" (the minimum group size). A text cell
 * starting with = + - @ gets a leading apostrophe so that no name runs as a formula.
 */
type Lang = 'zh' | 'en';

const quote = (s: string) => {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const line = (cells: (string | number)[]) =>
  cells.map((c) => (typeof c === 'number' ? String(c) : quote(c))).join(',');
const cell = (f: Figure | undefined, min: number) =>
  f === undefined ? '' : f.value === null ? (f.hidden ? `<${min}` : '') : f.value;
const label = (k: MetricKey, lang: Lang) => metricDefinition(k)[lang];
const BOM = '\uFEFF';

export function overviewCsv(v: OverviewView, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(
    line([
      zh ? '指标' : 'Figure',
      `${v.period.from}–${v.period.to}`,
      `${v.period.previous.from}–${v.period.previous.to}`,
    ]),
  );
  for (const m of v.metrics)
    out.push(line([label(m.key, lang), cell(m.current, v.minGroupSize), cell(m.previous, v.minGroupSize)]));
  out.push('');
  out.push(line([zh ? '时段' : 'Period', ...v.trend.series.map((s) => label(s.key, lang))]));
  v.trend.buckets.forEach((b, i) => {
    out.push(line([zh ? b.zh : b.en, ...v.trend.series.map((s) => cell(s.values[i], v.minGroupSize))]));
  });
  for (const b of v.bands) {
    out.push('');
    out.push(
      line([zh ? `${b.instrumentId} 结果分布` : `${b.instrumentId} results by band`, zh ? '人次' : 'Count']),
    );
    for (const r of b.bands) out.push(line([r.bandCode, cell(r.count, v.minGroupSize)]));
    out.push(line([zh ? '合计' : 'Total', cell(b.total, v.minGroupSize)]));
  }
  return `${BOM}${out.join('\r\n')}\r\n`;
}

export function breakdownCsv(v: BreakdownAnswer, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(line([zh ? '名称' : 'Name', ...v.metrics.map((k) => label(k, lang))]));
  for (const r of v.rows)
    out.push(line([zh ? r.zh : (r.en ?? r.zh), ...v.metrics.map((k) => cell(r.cells[k], v.minGroupSize))]));
  out.push(line([zh ? '合计' : 'Total', ...v.metrics.map((k) => cell(v.totals[k], v.minGroupSize))]));
  const names = new Map(v.rows.map((r) => [r.key, zh ? r.zh : (r.en ?? r.zh)]));
  for (const b of v.bands) {
    out.push('');
    out.push(
      line([
        zh ? `${b.instrumentId} 结果分布` : `${b.instrumentId} results by band`,
        ...b.bands.map((x) => x.bandCode),
        zh ? '合计' : 'Total',
      ]),
    );
    for (const r of b.rows)
      out.push(
        line([
          names.get(r.key) ?? r.key,
          ...r.cells.map((c) => cell(c, v.minGroupSize)),
          cell(r.total, v.minGroupSize),
        ]),
      );
    out.push(
      line([
        zh ? '合计' : 'Total',
        ...b.totals.map((c) => cell(c, v.minGroupSize)),
        cell(b.total, v.minGroupSize),
      ]),
    );
  }
  return `${BOM}${out.join('\r\n')}\r\n`;
}
