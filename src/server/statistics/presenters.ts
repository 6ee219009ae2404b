import { instrument } from '../../core/instruments/catalogue';
import { type MetricKey, metricCatalogue, metricDefinition } from '../../core/statistics/metrics';
import type { BandDistribution, Figure, Hidden } from '../../core/statistics/model';
import { gatedFigure, type Line, suppressLines } from '../../core/statistics/suppression';
import type { BandCount } from './queries-online';
import type { RawValues } from './query-types';

/**
 * Suppression applied to raw values (issue 8): every figure of one answer is an entry, every relation a reader
 * knows between them is a line (a trend adds up to its period's value, bands to their instrument's total, rows
 * of a breakdown to the scope's figure), and the core hides what would give a small group away.
 */
export type Why = Exclude<Hidden, null>;

/** Counts that do not add up over buckets or rows: one person may check up in two of them. */
const NOT_ADDITIVE = new Set<MetricKey>(['checkup.people']);

export const isCount = (k: MetricKey) => metricDefinition(k).kind === 'count';

/** The metrics present in some answer, in catalogue order. */
export const presentKeys = (...values: RawValues[]): MetricKey[] =>
  metricCatalogue.map((d) => d.key).filter((k) => values.some((v) => k in v));

export const fig = (value: number, why: Why | undefined): Figure =>
  why ? { value: null, hidden: why } : { value, hidden: null };

/** A duration, share or rating over a base count: shown only when the base reaches the minimum. */
export function gated(k: MetricKey, values: RawValues, min: number): Figure {
  const base = metricDefinition(k).base;
  const v = values[k];
  return gatedFigure(v === undefined ? null : v, base ? Number(values[base] ?? 0) : 0, min);
}

export interface BandInstrument {
  instrumentId: string;
  bands: { code: string; level: number }[];
}

/** Every band of each instrument that has results, empty ones too, so that a missing band does not stand out. */
export function instrumentsOf(counts: readonly BandCount[]): BandInstrument[] {
  const ids = [...new Set(counts.map((c) => c.instrumentId))].sort();
  return ids.map((instrumentId) => {
    const def = instrument(instrumentId);
    const seen = counts.filter((c) => c.instrumentId === instrumentId);
    const bands = def
      ? def.bands.map((b) => ({ code: b.code, level: b.level }))
      : [...new Map(seen.map((c) => [c.bandCode, { code: c.bandCode, level: c.bandLevel }])).values()];
    // A stored code the current definition lacks (an older version) keeps its own column.
    for (const c of seen)
      if (!bands.some((b) => b.code === c.bandCode)) bands.push({ code: c.bandCode, level: c.bandLevel });
    return { instrumentId, bands };
  });
}

export interface OverviewRaw {
  keys: MetricKey[];
  current: RawValues;
  previous: RawValues;
  trend: RawValues[];
  bands: BandCount[];
}

export interface OverviewFigures {
  metrics: { key: MetricKey; current: Figure; previous: Figure }[];
  series: { key: MetricKey; values: Figure[] }[];
  bands: BandDistribution[];
  /** Why each current count and band figure is hidden, for the breakdown to keep them so. */
  hidden: Map<string, Why>;
  shown: Set<string>;
}

/** Entry names shared by the overview and the breakdown. */
export const cur = (k: MetricKey) => `c|${k}`;
export const bandKey = (inst: string, code: string) => `b|${inst}|${code}`;
export const bandTotal = (inst: string) => `bt|${inst}`;

export function overviewFigures(raw: OverviewRaw, min: number): OverviewFigures {
  const values = new Map<string, number>();
  const lines: Line[] = [];
  for (const k of raw.keys) {
    if (!isCount(k)) continue;
    values.set(cur(k), Number(raw.current[k] ?? 0));
    values.set(`p|${k}`, Number(raw.previous[k] ?? 0));
    const members = raw.trend.map((t, i) => {
      values.set(`t|${k}|${i}`, Number(t[k] ?? 0));
      return `t|${k}|${i}`;
    });
    // The period's value is the trend's total: a reader could add the buckets up, or subtract them from it.
    if (!NOT_ADDITIVE.has(k)) lines.push({ total: cur(k), members });
  }
  const instruments = instrumentsOf(raw.bands);
  for (const ins of instruments) {
    const members = ins.bands.map((b) => {
      const n = raw.bands.find((c) => c.instrumentId === ins.instrumentId && c.bandCode === b.code);
      values.set(bandKey(ins.instrumentId, b.code), n?.count ?? 0);
      return bandKey(ins.instrumentId, b.code);
    });
    values.set(
      bandTotal(ins.instrumentId),
      members.reduce((a, m) => a + (values.get(m) ?? 0), 0),
    );
    lines.push({ total: bandTotal(ins.instrumentId), members });
  }
  const totals = new Set(lines.map((l) => l.total));
  const hidden = suppressLines({ values, lines, min, preferShown: totals });
  const f = (key: string) => fig(values.get(key) ?? 0, hidden.get(key));
  const shown = new Set([...values.keys()].filter((k) => !hidden.has(k)));
  return {
    hidden,
    shown,
    metrics: raw.keys.map((k) =>
      isCount(k)
        ? { key: k, current: f(cur(k)), previous: f(`p|${k}`) }
        : { key: k, current: gated(k, raw.current, min), previous: gated(k, raw.previous, min) },
    ),
    series: raw.keys.map((k) => ({
      key: k,
      values: raw.trend.map((t, i) => (isCount(k) ? f(`t|${k}|${i}`) : gated(k, t, min))),
    })),
    bands: instruments.map((ins) => ({
      instrumentId: ins.instrumentId,
      total: f(bandTotal(ins.instrumentId)),
      bands: ins.bands.map((b) => ({
        bandCode: b.code,
        bandLevel: b.level,
        count: f(bandKey(ins.instrumentId, b.code)),
      })),
    })),
  };
}
