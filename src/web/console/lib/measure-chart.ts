import type { InstrumentSeries, SeriesBand, SeriesPoint } from './case-types';

/**
 * What the score-over-time chart draws, from the series the server computed (GET /cases/:id/measures):
 * the instrument's bands as shaded ranges, the scores as a line, and a mark on each score that is a
 * reliable change from the first one (or a reliable recovery). Pure, so it is tested without a browser.
 */

/** One band as a range of the score: from its own lower bound to the next band's (the top of the scale last). */
export interface BandRange {
  code: string;
  label: string;
  level: number;
  from: number;
  to: number;
  /** The whole scores it holds, as a reader expects them: 5–9. */
  text: string;
}

export function bandRanges(bands: readonly SeriesBand[], range: readonly [number, number]): BandRange[] {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return sorted.map((b, i) => {
    const next = sorted[i + 1];
    const to = next ? next.min : range[1];
    const last = next ? next.min - 1 : range[1];
    return {
      code: b.code,
      label: b.label,
      level: b.level,
      from: b.min,
      to,
      text: last > b.min ? `${b.min}–${last}` : `${b.min}`,
    };
  });
}

/** Severity colours, light enough to read the line through; the band's name is always written too. */
const bandColours = ['#e8f5e9', '#fff8e1', '#ffe9d6', '#fde2e2', '#f9d0d0'];
export const bandColour = (level: number): string =>
  bandColours[Math.max(0, Math.min(bandColours.length - 1, level))] as string;

export type MarkKind = 'recovered' | 'improved' | 'deteriorated';

export interface ChangeMark {
  id: string;
  at: string;
  score: number;
  kind: MarkKind;
  /** Latest minus first, in raw points. */
  change: number;
}

/** The kind of mark a score earns against the first one, if any: recovery outranks improvement. */
export function markOf(p: SeriesPoint): MarkKind | null {
  const s = p.sinceBaseline;
  if (!s) return null;
  if (s.reliableRecovery) return 'recovered';
  if (s.reliable === 'improved') return 'improved';
  if (s.reliable === 'deteriorated') return 'deteriorated';
  return null;
}

export function changeMarks(points: readonly SeriesPoint[]): ChangeMark[] {
  return points.flatMap((p) => {
    const kind = markOf(p);
    return kind ? [{ id: p.id, at: p.at, score: p.score, kind, change: p.sinceBaseline?.change ?? 0 }] : [];
  });
}

/** The latest score's standing against the first, for the heading beside the chart. */
export function latestStanding(s: InstrumentSeries): {
  kind: MarkKind | 'none' | 'baseline';
  change: number;
} {
  const last = s.points[s.points.length - 1];
  if (!last?.sinceBaseline) return { kind: 'baseline', change: 0 };
  return { kind: markOf(last) ?? 'none', change: last.sinceBaseline.change };
}

/** Signed points, as a change reads: +3, −6, 0. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export interface ChartTexts {
  score: string;
  band: string;
  change: string;
  marks: Record<MarkKind, string>;
  /** The rule, e.g. "A change of 6 points or more is beyond measurement error." */
  rule: string | null;
  source: string | null;
  /** Formats an instant in the federation's zone. */
  time: (iso: string) => string;
}

const STAR = 'path://M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4.5-6.5 4.5 2-7.5L2 9h7z';

/**
 * Each mark's shape, so colour is never the only thing that tells them apart: a star for recovery, and a
 * triangle pointing the way the score moved (down is better on PHQ-9, up on WHO-5).
 */
export function markLook(kind: MarkKind, direction: InstrumentSeries['direction']) {
  if (kind === 'recovered') return { symbol: STAR, colour: '#237804', rotate: 0, size: 18 };
  const scoreWentDown = (kind === 'improved') === (direction === 'higher_is_worse');
  return {
    symbol: 'triangle',
    colour: kind === 'improved' ? '#389e0d' : '#cf1322',
    rotate: scoreWentDown ? 180 : 0,
    size: 13,
  };
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The tooltip of one score: when, score and band, change since the first, its mark, and the rule's source. */
export function tooltipHtml(p: SeriesPoint, texts: ChartTexts): string {
  const lines = [
    `<strong>${escapeHtml(texts.time(p.at))}</strong>`,
    `${escapeHtml(texts.score)}: <strong>${p.score}</strong>${p.band.label ? ` · ${escapeHtml(p.band.label)}` : ''}`,
  ];
  if (p.sinceBaseline)
    lines.push(`${escapeHtml(texts.change)}: ${escapeHtml(signed(p.sinceBaseline.change))}`);
  const kind = markOf(p);
  if (kind) lines.push(`<strong>${escapeHtml(texts.marks[kind])}</strong>`);
  if (texts.rule) lines.push(`<span style="color:#666">${escapeHtml(texts.rule)}</span>`);
  if (texts.source) lines.push(`<span style="color:#666;font-size:12px">${escapeHtml(texts.source)}</span>`);
  return lines.join('<br/>');
}

/**
 * The ECharts option for one instrument (a plain object: the chart module is loaded lazily, this is not).
 * The y axis runs over the instrument's whole range so a score's place among the bands is honest.
 */
export function chartOption(s: InstrumentSeries, texts: ChartTexts) {
  const bands = bandRanges(s.bands, s.range);
  const byId = new Map(s.points.map((p) => [p.id, p]));
  const marks = changeMarks(s.points);
  const at = (iso: string) => Date.parse(iso);
  const times = s.points.map((p) => at(p.at));
  // One score alone still gets some width around it.
  const pad =
    times.length > 1 ? (Math.max(...times) - Math.min(...times)) * 0.06 || 86_400_000 : 86_400_000 * 3;
  return {
    animation: false,
    grid: { left: 44, right: 150, top: 16, bottom: 36 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { data?: { id?: string } }) => {
        const p = params.data?.id ? byId.get(params.data.id) : undefined;
        return p ? tooltipHtml(p, texts) : '';
      },
    },
    xAxis: {
      type: 'time',
      min: times.length ? Math.min(...times) - pad : undefined,
      max: times.length ? Math.max(...times) + pad : undefined,
      axisLabel: {
        hideOverlap: true,
        formatter: (v: number) => texts.time(new Date(v).toISOString()).slice(5, 10),
      },
    },
    // The top of the scale (27, 21) is rarely a multiple of the step: its label would sit on the last tick's.
    yAxis: {
      type: 'value',
      min: s.range[0],
      max: s.range[1],
      name: texts.score,
      nameGap: 8,
      minInterval: 1,
      axisLabel: { showMaxLabel: false },
    },
    series: [
      {
        type: 'line',
        name: texts.score,
        data: s.points.map((p) => ({ id: p.id, value: [at(p.at), p.score] })),
        symbol: 'circle',
        symbolSize: 9,
        lineStyle: { width: 2, color: '#b4385c' },
        itemStyle: { color: '#b4385c' },
        label: {
          show: true,
          position: 'top',
          formatter: (v: { value: [number, number] }) => String(v.value[1]),
        },
        markArea: {
          silent: true,
          data: bands.map((b) => [
            {
              yAxis: b.from,
              itemStyle: { color: bandColour(b.level) },
              label: {
                show: true,
                position: 'right',
                color: '#555',
                fontSize: 11,
                formatter: `${b.label.length > 14 ? `${b.label.slice(0, 13)}…` : b.label} ${b.text}`,
              },
            },
            { yAxis: b.to },
          ]),
        },
      },
      {
        type: 'scatter',
        name: 'marks',
        z: 5,
        // Below the point: the score's own number is written above it.
        data: marks.map((m) => {
          const look = markLook(m.kind, s.direction);
          return {
            id: m.id,
            value: [at(m.at), m.score],
            symbol: look.symbol,
            symbolRotate: look.rotate,
            symbolSize: look.size,
            symbolOffset: [0, 16],
            itemStyle: { color: look.colour },
          };
        }),
      },
    ],
  };
}
