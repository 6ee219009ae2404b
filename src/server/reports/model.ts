import { instrument } from '../../core/instruments/catalogue';
import type { Dimension, MetricKey } from '../../core/statistics/metrics';
import type { BreakdownView, OverviewView } from '../../core/statistics/model';
import { EN_MONTHS, zoneOffsetMinutes } from '../../core/time';
import {
  type Bilingual,
  COMPLEMENT_MARK,
  changeCells,
  figureCell,
  hiddenMark,
  metricLabel,
  type ReportCell,
} from './cells';

/**
 * The monthly report as the PDF and the workbook print it, built only from the dashboard's answers (so its
 * figures are the dashboard's, suppression included). Pure: the same figures give the same report.
 */

/** What a report is drawn from: the dashboard's answers for one scope and month (stored with the report). */
export interface ReportFigures {
  overview: OverviewView;
  breakdowns: BreakdownView[];
}

export interface ReportMeta {
  /** 'YYYY-MM'. */
  month: string;
  generatedAt: Date;
  /** The tenant's zone: the generated time is printed in it. */
  timeZone: string;
  tenant: Bilingual;
}

export interface ReportTable {
  key: string;
  title: Bilingual;
  columns: Bilingual[];
  rows: ReportCell[][];
  /** Columns holding changes (printed with a sign). */
  signed?: number[];
}

export interface ChartSeries {
  key: MetricKey;
  label: Bilingual;
  /** null where the figure is hidden or nothing was counted: the line has a gap. */
  values: (number | null)[];
}

export interface BandChart {
  title: Bilingual;
  bars: { label: Bilingual; value: number | null; mark: string | null }[];
}

export interface ReportModel {
  title: Bilingual;
  scope: Bilingual;
  tenant: Bilingual;
  month: Bilingual;
  generated: Bilingual;
  suppression: Bilingual;
  hasData: boolean;
  trendChart: { title: Bilingual; labels: Bilingual[]; series: ChartSeries[] };
  bandCharts: BandChart[];
  /** Every table, in order: headline, trend, bands, breakdowns. The workbook has one sheet for each. */
  tables: ReportTable[];
}

const dimensionTitles: Record<Dimension, Bilingual> = {
  organisation: { zh: '按组织', en: 'By organisation' },
  service_point: { zh: '按服务点', en: 'By service point' },
  counsellor: { zh: '按咨询师', en: 'By counsellor' },
  audience: { zh: '按服务人群', en: 'By audience group' },
  employment_form: { zh: '按就业形态', en: 'By employment form' },
  industry: { zh: '按行业', en: 'By industry' },
};
const rowTitles: Record<Dimension, Bilingual> = {
  organisation: { zh: '组织', en: 'Organisation' },
  service_point: { zh: '服务点', en: 'Service point' },
  counsellor: { zh: '咨询师', en: 'Counsellor' },
  audience: { zh: '人群', en: 'Audience group' },
  employment_form: { zh: '就业形态', en: 'Employment form' },
  industry: { zh: '行业', en: 'Industry' },
};

/** The trend lines drawn (when the dashboard has them): the four volumes a federation reports upward. */
const chartedSeries: MetricKey[] = [
  'checkup.person_times',
  'counselling.sessions',
  'events.attendance',
  'alerts.raised',
];

export function monthLabel(month: string): Bilingual {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { zh: `${y}年${m}月`, en: `${EN_MONTHS[m - 1]} ${y}` };
}

function localStamp(at: Date, zone: string): string {
  const local = new Date(at.getTime() + zoneOffsetMinutes(at, zone) * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

function headlineTable(o: OverviewView): ReportTable {
  const min = o.minGroupSize;
  return {
    key: 'headline',
    title: { zh: '主要指标', en: 'Headline figures' },
    columns: [
      { zh: '指标', en: 'Figure' },
      { zh: '本月', en: 'This month' },
      { zh: '上月', en: 'Previous month' },
      { zh: '变化', en: 'Change' },
      { zh: '变化率（%）', en: 'Change (%)' },
    ],
    rows: o.metrics.map((m) => {
      const label = metricLabel(m.key);
      return [
        `${label.zh} ${label.en}`,
        figureCell(m.key, m.current, min),
        figureCell(m.key, m.previous, min),
        ...changeCells(m.key, m.current, m.previous, min),
      ];
    }),
    signed: [3, 4],
  };
}

function trendTable(o: OverviewView): ReportTable {
  const { buckets, series } = o.trend;
  return {
    key: 'trend',
    title: { zh: '逐日趋势', en: 'Day by day' },
    columns: [{ zh: '日期', en: 'Day' }, ...series.map((s) => metricLabel(s.key))],
    rows: buckets.map((b, i) => [
      b.from,
      ...series.map((s) => {
        const f = s.values[i];
        return f ? figureCell(s.key, f, o.minGroupSize) : null;
      }),
    ]),
  };
}

const instrumentName = (id: string): Bilingual => {
  const def = instrument(id);
  return def ? { zh: def.name['zh-CN'], en: def.name.en } : { zh: id, en: id };
};
const bandName = (instrumentId: string, code: string): Bilingual => {
  const band = instrument(instrumentId)?.bands.find((b) => b.code === code);
  return band ? { zh: band.label['zh-CN'], en: band.label.en } : { zh: code, en: code };
};

function bandTables(o: OverviewView): ReportTable[] {
  const min = o.minGroupSize;
  return o.bands.map((d) => {
    const name = instrumentName(d.instrumentId);
    return {
      key: `bands.${d.instrumentId}`,
      title: { zh: `测评结果分布：${name.zh}`, en: `Check-up results: ${name.en}` },
      columns: [
        { zh: '结果', en: 'Result' },
        { zh: '人次', en: 'Check-ups' },
      ],
      rows: [
        ...d.bands.map((b) => {
          const label = bandName(d.instrumentId, b.bandCode);
          return [`${label.zh} ${label.en}`, figureCell('checkup.person_times', b.count, min)];
        }),
        ['合计 Total', figureCell('checkup.person_times', d.total, min)],
      ],
    };
  });
}

function breakdownTable(b: BreakdownView): ReportTable {
  const min = b.minGroupSize;
  const cell = (cells: BreakdownView['totals'], key: MetricKey) => {
    const f = cells[key];
    return f ? figureCell(key, f, min) : null;
  };
  return {
    key: `breakdown.${b.dimension}`,
    title: dimensionTitles[b.dimension],
    columns: [rowTitles[b.dimension], ...b.metrics.map(metricLabel)],
    rows: [
      ...b.rows.map((r) => [
        r.en && r.en !== r.zh ? `${r.zh} ${r.en}` : r.zh,
        ...b.metrics.map((k) => cell(r.cells, k)),
      ]),
      ['合计 Total', ...b.metrics.map((k) => cell(b.totals, k))],
    ],
  };
}

export function buildReportModel(figures: ReportFigures, meta: ReportMeta): ReportModel {
  const o = figures.overview;
  const min = o.minGroupSize;
  const mark = (f: { hidden: string | null }) =>
    f.hidden === 'small' ? hiddenMark(min) : f.hidden ? COMPLEMENT_MARK : null;
  return {
    title: { zh: '心理健康服务月度报告', en: 'Monthly report on mental-health services' },
    scope: { zh: o.scope.name, en: o.scope.nameEn ?? o.scope.name },
    tenant: meta.tenant,
    month: monthLabel(meta.month),
    generated: {
      zh: `生成时间：${localStamp(meta.generatedAt, meta.timeZone)}（${meta.timeZone}）`,
      en: `Generated ${localStamp(meta.generatedAt, meta.timeZone)} (${meta.timeZone})`,
    },
    suppression: {
      zh: `最小组规模为 ${min} 人：不足 ${min} 人的数字写作"${hiddenMark(min)}"，能由合计推算出这类数字的格子也一并隐藏，写作"${COMPLEMENT_MARK}"。报告中不出现任何个人的答案。`,
      en: `Minimum group size ${min}: a figure counting fewer than ${min} people is written "${hiddenMark(min)}", and a figure from which such a one could be worked out by subtraction is hidden too, written "${COMPLEMENT_MARK}". No one's individual answers appear in this report.`,
    },
    hasData: o.hasData,
    trendChart: {
      title: { zh: '本月逐日趋势', en: 'This month day by day' },
      labels: o.trend.buckets.map((b) => ({ zh: b.zh, en: b.en })),
      series: o.trend.series
        .filter((s) => chartedSeries.includes(s.key))
        .map((s) => ({
          key: s.key,
          label: metricLabel(s.key),
          values: s.values.map((f) => (f.hidden ? null : f.value)),
        })),
    },
    bandCharts: o.bands.map((d) => {
      const name = instrumentName(d.instrumentId);
      return {
        title: { zh: `测评结果分布：${name.zh}`, en: `Check-up results: ${name.en}` },
        bars: d.bands.map((b) => ({
          label: bandName(d.instrumentId, b.bandCode),
          value: b.count.hidden ? null : b.count.value,
          mark: mark(b.count),
        })),
      };
    }),
    tables: [headlineTable(o), trendTable(o), ...bandTables(o), ...figures.breakdowns.map(breakdownTable)],
  };
}
