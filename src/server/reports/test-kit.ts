import { type MetricKey, metricKeys } from '../../core/statistics/metrics';
import type { BreakdownView, Figure, OverviewView, PeriodView, ScopeView } from '../../core/statistics/model';
import type { ReportFigures } from './model';

/**
 * Test helpers for the report's renderers: dashboard answers made by hand (so a renderer test needs no
 * database), and a reader for the text of an uncompressed PDF written by pdfkit.
 */

export const shown = (value: number): Figure => ({ value, hidden: null });
export const small: Figure = { value: null, hidden: 'small' };
export const complement: Figure = { value: null, hidden: 'complement' };

const period: PeriodView = {
  granularity: 'month',
  from: '2026-11-01',
  to: '2026-11-30',
  timeZone: 'Asia/Shanghai',
  previous: { from: '2026-10-01', to: '2026-10-31' },
};
const scope: ScopeView = {
  tenantId: '00000000-0000-4000-8000-000000000001',
  organisationId: null,
  name: '演示市总工会',
  nameEn: 'Demo City Federation of Trade Unions',
  kind: 'federation',
  trail: [],
};

/** November 2026 for a city: every metric, a 30-day trend, two instruments' bands, the given breakdown rows. */
export function sampleFigures(options: { organisations?: number } = {}): ReportFigures {
  const value = (k: MetricKey, i: number) => 100 + i * 37 + k.length;
  const overview: OverviewView = {
    period,
    scope,
    minGroupSize: 10,
    metrics: metricKeys.map((key, i) => ({
      key,
      current:
        key === 'referrals.made' ? small : shown(key === 'tasks.on_time_share' ? 0.875 : value(key, i)),
      previous:
        key === 'counselling.no_shows'
          ? small
          : shown(key === 'tasks.on_time_share' ? 0.8 : value(key, i) - 20),
    })),
    trend: {
      buckets: Array.from({ length: 30 }, (_, d) => {
        const day = `2026-11-${String(d + 1).padStart(2, '0')}`;
        return { key: day, from: day, to: day, zh: `11月${d + 1}日`, en: `${d + 1} Nov` };
      }),
      series: (['checkup.person_times', 'counselling.sessions', 'events.attendance'] as const).map(
        (key, k) => ({
          key,
          values: Array.from({ length: 30 }, (_, d) =>
            d === 4 && k === 1 ? small : shown(Math.round(30 + 10 * k + 12 * Math.sin((d + 3 * k) / 4))),
          ),
        }),
      ),
    },
    bands: [
      {
        instrumentId: 'phq9',
        total: shown(1234),
        bands: [
          { bandCode: 'minimal', bandLevel: 0, count: shown(812) },
          { bandCode: 'mild', bandLevel: 1, count: shown(291) },
          { bandCode: 'moderate', bandLevel: 2, count: shown(103) },
          { bandCode: 'moderately_severe', bandLevel: 3, count: complement },
          { bandCode: 'severe', bandLevel: 4, count: small },
        ],
      },
    ],
    hasData: true,
  };
  const metrics: MetricKey[] = [
    'checkup.people',
    'checkup.person_times',
    'counselling.sessions',
    'events.held',
  ];
  const rows = Array.from({ length: options.organisations ?? 4 }, (_, i) => ({
    key: `org-${i}`,
    zh: `第${i + 1}区总工会`,
    en: `District ${i + 1}`,
    organisationId: null,
    drillable: false,
    cells: Object.fromEntries(
      metrics.map((k, j) => [k, i === 1 && j === 2 ? small : shown(40 + i * 11 + j)]),
    ),
  }));
  const breakdown: BreakdownView = {
    period,
    scope,
    minGroupSize: 10,
    dimension: 'organisation',
    metrics,
    rows,
    totals: Object.fromEntries(metrics.map((k) => [k, shown(5000)])),
  };
  return { overview, breakdowns: [breakdown] };
}

/** The glyph → text map of each ToUnicode CMap pdfkit wrote (one per embedded font). */
function toUnicodeMaps(pdf: string): Map<string, string>[] {
  const maps: Map<string, string>[] = [];
  for (const block of pdf.matchAll(/beginbfrange\n([\s\S]*?)\nendbfrange/g)) {
    const map = new Map<string, string>();
    for (const line of (block[1] ?? '').split('\n')) {
      const m = /^<([0-9a-f]{4})> <([0-9a-f]{4})> \[(.*)\]$/i.exec(line);
      if (!m) continue;
      const start = Number.parseInt(m[1] ?? '0', 16);
      [...(m[3] ?? '').matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) => {
        const units = (u[1] ?? '').split(' ').map((h) => Number.parseInt(h, 16));
        map.set((start + i).toString(16).padStart(4, '0'), String.fromCharCode(...units));
      });
    }
    maps.push(map);
  }
  return maps;
}

/** The text of an uncompressed pdfkit PDF, one line per text-showing operator (enough to find figures in). */
export function pdfText(bytes: Buffer): string {
  const pdf = bytes.toString('latin1');
  const maps = toUnicodeMaps(pdf);
  const decode = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) {
      const code = hex.slice(i, i + 4).toLowerCase();
      out += maps.map((m) => m.get(code)).find((c) => c !== undefined) ?? '\uFFFD';
    }
    return out;
  };
  return [...pdf.matchAll(/\[([^\]]*)\] TJ/g)]
    .map((tj) => [...(tj[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)].map((h) => decode(h[1] ?? '')).join(''))
    .join('\n');
}
