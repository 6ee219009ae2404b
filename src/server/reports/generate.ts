import { AppError, isAppError } from '../../core/errors';
import type { Dimension } from '../../core/statistics/metrics';
import { localDateOf } from '../../core/time';
import type { Config } from '../config';
import type { Db } from '../db/client';
import {
  computeBreakdown,
  computeOverview,
  resolvePeriod,
  type StatsScope,
  systemScope,
} from '../statistics/dashboard';
import { reportFont } from './font';
import { buildReportModel, type ReportFigures } from './model';
import { renderReportPdf } from './pdf';
import { tenantOf, upsertReport } from './repository';
import { renderReportWorkbook } from './workbook';

/**
 * Making a monthly report: the dashboard's own use-cases answer for the scope and month (so the figures are
 * the dashboard's, suppression included), then the PDF and the workbook are drawn from those answers and
 * stored with them.
 */
export interface ReportDeps {
  db: Db;
  config: Pick<Config, 'reportFont' | 'minGroupSize'>;
}

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Organisations whose figures are up to the federation's unions: everything the dashboard breaks down. */
const unionKinds = new Set(['federation', 'district_union', 'industry_union']);

/**
 * The breakdowns a report holds. A report of an enterprise (or anything inside one) may be read by its
 * officer, who sees only the breakdown by organisation: so that is all such a report holds.
 */
export function reportDimensions(scope: StatsScope): Dimension[] {
  const allowed = scope.dimensions.filter((d) => d !== 'counsellor');
  return unionKinds.has(scope.view.kind) ? allowed : allowed.filter((d) => d === 'organisation');
}

export async function reportFiguresFor(
  db: Db,
  scope: StatsScope,
  month: string,
  today: string,
  minGroupSize: number,
): Promise<ReportFigures> {
  const period = resolvePeriod({ granularity: 'month', date: `${month}-01` }, scope.zone, today);
  const overview = await computeOverview(db, scope, period, minGroupSize);
  const breakdowns = [];
  for (const d of reportDimensions(scope)) {
    const { bands: _bands, ...view } = await computeBreakdown(db, scope, period, d, minGroupSize);
    breakdowns.push(view);
  }
  return { overview, breakdowns };
}

/** The month a day falls in, 'YYYY-MM', and the one before it. */
export const monthOf = (day: string) => day.slice(0, 7);
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export interface MadeReport {
  scope: StatsScope;
  id: string;
}

/**
 * Generates and stores the report of one scope (an organisation, or null for the whole tenant) and month,
 * replacing an earlier one. Without a CJK font only the workbook is stored. `store` runs in the caller's
 * transaction, so a route can record its audit event with it.
 */
export async function makeReport(
  deps: ReportDeps,
  input: { tenantId: string; organisationId: string | null; month: string; by: string | null; now: Date },
  store: (write: (db: Db) => Promise<string>) => Promise<string> = (write) => write(deps.db),
): Promise<MadeReport> {
  if (!MONTH.test(input.month))
    throw new AppError('validation_failed', '月份应写作 YYYY-MM (the month is YYYY-MM)', {
      month: input.month,
    });
  const scope = await systemScope(deps.db, input.tenantId, input.organisationId);
  const today = localDateOf(input.now, scope.zone);
  if (input.month > monthOf(today))
    throw new AppError('bad_request', '这个月份还没有到 (that month has not begun yet)', {
      month: input.month,
    });
  const tenant = await tenantOf(deps.db, input.tenantId);
  const figures = await reportFiguresFor(deps.db, scope, input.month, today, deps.config.minGroupSize);
  const model = buildReportModel(figures, {
    month: input.month,
    generatedAt: input.now,
    timeZone: scope.zone,
    tenant: { zh: tenant?.name ?? '', en: tenant?.nameEn ?? '' },
  });
  let pdf: Buffer | null = null;
  try {
    pdf = await renderReportPdf(model, reportFont(deps.config));
  } catch (e) {
    // No font: the workbook is still made; the PDF's download answers report_font_missing.
    if (!(isAppError(e) && e.code === 'report_font_missing')) throw e;
  }
  const xlsx = renderReportWorkbook(model);
  const id = await store((db) =>
    upsertReport(db, {
      tenantId: input.tenantId,
      organisationId: scope.organisationId,
      month: input.month,
      generatedAt: input.now,
      generatedBy: input.by,
      pdf,
      xlsx,
      figures,
    }),
  );
  return { scope, id };
}
