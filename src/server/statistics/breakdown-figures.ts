import type { MetricKey } from '../../core/statistics/metrics';
import type { Figure } from '../../core/statistics/model';
import { type Line, suppressLines } from '../../core/statistics/suppression';
import {
  bandKey,
  bandTotal,
  cur,
  fig,
  gated,
  instrumentsOf,
  isCount,
  type OverviewFigures,
  type Why,
} from './presenters';
import type { BandCount } from './queries-online';
import type { RawValues } from './query-types';

/**
 * A breakdown's table: rows × metrics, each metric's column adding up (with what no row holds) to the scope's
 * figure, shown as the totals exactly as the overview shows them; for the organisation breakdown also rows ×
 * bands per instrument, with each row's total and the scope's band counts. The overview's hidden figures stay
 * hidden here and its shown ones stay shown, so that the two answers together give nothing more away.
 */
export interface BandBreakdown {
  instrumentId: string;
  bands: { bandCode: string; bandLevel: number }[];
  rows: { key: string; cells: Figure[]; total: Figure }[];
  totals: Figure[];
  total: Figure;
}

export interface BreakdownFigures {
  cells: Map<string, Partial<Record<MetricKey, Figure>>>;
  totals: Partial<Record<MetricKey, Figure>>;
  bands: BandBreakdown[];
}

export function breakdownFigures(input: {
  keys: MetricKey[];
  rows: { rowKey: string; values: RawValues }[];
  totals: RawValues;
  overview: OverviewFigures;
  /** Band counts per row (organisation breakdown only) and of the scope. */
  rowBands?: BandCount[];
  scopeBands?: BandCount[];
  min: number;
}): BreakdownFigures {
  const { keys, rows, totals, overview, min } = input;
  const values = new Map<string, number>();
  const lines: Line[] = [];
  const forced = new Map<string, Why>();
  const fixed = new Set<string>();
  const keep = (entry: string, overviewEntry: string) => {
    const why = overview.hidden.get(overviewEntry);
    if (why) forced.set(entry, why);
    else if (overview.shown.has(overviewEntry)) fixed.add(entry);
  };
  const cell = (row: string, k: string) => `r|${row}|${k}`;
  for (const k of keys) {
    if (!isCount(k)) continue;
    const total = Number(totals[k] ?? 0);
    values.set(cur(k), total);
    keep(cur(k), cur(k));
    let sum = 0;
    const members = rows.map((r) => {
      const v = Number(r.values[k] ?? 0);
      sum += v;
      values.set(cell(r.rowKey, k), v);
      return cell(r.rowKey, k);
    });
    // What no row holds is not shown, but a reader might know it: it counts as known, never as protection.
    if (total - sum > 0) {
      values.set(`rest|${k}`, total - sum);
      fixed.add(`rest|${k}`);
      members.push(`rest|${k}`);
    }
    lines.push({ total: cur(k), members });
  }
  const scopeBands = input.scopeBands ?? [];
  const rowBands = input.rowBands ?? [];
  const instruments = input.rowBands ? instrumentsOf(scopeBands) : [];
  for (const ins of instruments) {
    const colMembers: string[][] = ins.bands.map(() => []);
    const rowTotals: string[] = [];
    for (const r of rows) {
      const members = ins.bands.map((b, j) => {
        const n = rowBands.find(
          (c) => c.rowKey === r.rowKey && c.instrumentId === ins.instrumentId && c.bandCode === b.code,
        );
        const key = cell(r.rowKey, bandKey(ins.instrumentId, b.code));
        values.set(key, n?.count ?? 0);
        colMembers[j]?.push(key);
        return key;
      });
      const rt = cell(r.rowKey, bandTotal(ins.instrumentId));
      values.set(
        rt,
        members.reduce((a, m) => a + (values.get(m) ?? 0), 0),
      );
      rowTotals.push(rt);
      lines.push({ total: rt, members });
    }
    ins.bands.forEach((b, j) => {
      const key = bandKey(ins.instrumentId, b.code);
      values.set(
        key,
        scopeBands.find((c) => c.instrumentId === ins.instrumentId && c.bandCode === b.code)?.count ?? 0,
      );
      keep(key, key);
      lines.push({ total: key, members: colMembers[j] ?? [] });
    });
    const gt = bandTotal(ins.instrumentId);
    values.set(
      gt,
      ins.bands.reduce((a, b) => a + (values.get(bandKey(ins.instrumentId, b.code)) ?? 0), 0),
    );
    keep(gt, gt);
    lines.push({ total: gt, members: ins.bands.map((b) => bandKey(ins.instrumentId, b.code)) });
    lines.push({ total: gt, members: rowTotals });
  }
  const hidden = suppressLines({
    values,
    lines,
    min,
    forced,
    fixedShown: fixed,
    preferShown: new Set(lines.map((l) => l.total)),
  });
  const f = (key: string) => fig(values.get(key) ?? 0, hidden.get(key));
  const cells = new Map<string, Partial<Record<MetricKey, Figure>>>();
  for (const r of rows) {
    const out: Partial<Record<MetricKey, Figure>> = {};
    for (const k of keys) out[k] = isCount(k) ? f(cell(r.rowKey, k)) : gated(k, r.values, min);
    cells.set(r.rowKey, out);
  }
  const totalsOut: Partial<Record<MetricKey, Figure>> = {};
  for (const k of keys) totalsOut[k] = isCount(k) ? f(cur(k)) : gated(k, totals, min);
  return {
    cells,
    totals: totalsOut,
    bands: instruments.map((ins) => ({
      instrumentId: ins.instrumentId,
      bands: ins.bands.map((b) => ({ bandCode: b.code, bandLevel: b.level })),
      rows: rows.map((r) => ({
        key: r.rowKey,
        cells: ins.bands.map((b) => f(cell(r.rowKey, bandKey(ins.instrumentId, b.code)))),
        total: f(cell(r.rowKey, bandTotal(ins.instrumentId))),
      })),
      totals: ins.bands.map((b) => f(bandKey(ins.instrumentId, b.code))),
      total: f(bandTotal(ins.instrumentId)),
    })),
  };
}
