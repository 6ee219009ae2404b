import type { HistoryEntry } from './types';

/**
 * Trend lines from the worker's own history: one series per instrument, oldest first, in the metric the
 * report shows (WHO-5 as its percentage out of 100), and the points of a small inline SVG chart.
 */
export interface Series {
  instrument: string;
  name: string;
  range: [number, number];
  direction: 'higher_is_worse' | 'higher_is_better';
  points: { at: string; value: number; level: number }[];
}

export function seriesOf(history: readonly HistoryEntry[]): Series[] {
  const byInstrument = new Map<string, Series>();
  const oldestFirst = [...history].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const entry of oldestFirst) {
    for (const r of entry.results) {
      const percent = r.percentage !== undefined;
      let series = byInstrument.get(r.instrument);
      if (!series) {
        series = {
          instrument: r.instrument,
          name: r.name,
          range: percent ? [0, 100] : r.range,
          direction: r.direction,
          points: [],
        };
        byInstrument.set(r.instrument, series);
      }
      series.points.push({
        at: entry.createdAt,
        value: percent ? (r.percentage as number) : r.score,
        level: r.band.level,
      });
    }
  }
  return [...byInstrument.values()];
}

export interface ChartBox {
  width: number;
  height: number;
  pad: number;
}

/** Points spread evenly left to right (check-ups are not evenly spaced in time), scaled to the range. */
export function chartPoints(series: Series, box: ChartBox): { x: number; y: number }[] {
  const [min, max] = series.range;
  const span = max - min || 1;
  const n = series.points.length;
  const innerW = box.width - 2 * box.pad;
  const innerH = box.height - 2 * box.pad;
  return series.points.map((p, i) => {
    const clamped = Math.min(max, Math.max(min, p.value));
    return {
      x: round(box.pad + (n === 1 ? innerW / 2 : (innerW * i) / (n - 1))),
      y: round(box.pad + innerH * (1 - (clamped - min) / span)),
    };
  });
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Whether the latest point is better, worse or about the same as the one before, for a plain sentence. */
export function change(series: Series): 'better' | 'worse' | 'same' | null {
  const [before, last] = series.points.slice(-2);
  if (!before || !last) return null;
  // A tenth of the range is the smallest change worth a word (WHO-5: 10 points, as instruments.md §3 says).
  const step = (series.range[1] - series.range[0]) / 10;
  const delta = last.value - before.value;
  if (Math.abs(delta) < step) return 'same';
  const up = delta > 0;
  return up === (series.direction === 'higher_is_better') ? 'better' : 'worse';
}
