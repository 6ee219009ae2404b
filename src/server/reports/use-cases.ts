import { grantsFor } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { reachFor, requireOn } from '../access';
import { recordAudit } from '../audit/record';
import { attachment } from '../events/exports';
import type { RequestContext } from '../http/request-context';
import { rootOrganisationOf } from '../tenancy/repository';
import { makeReport, type ReportDeps } from './generate';
import { organisationOf, reportFile, reportsInReach, type StoredReport, storedReport } from './repository';

/** The monthly reports staff list, generate and download (statistics.read to see, statistics.report to make). */

const missing = () => new AppError('report_not_found', '没有找到这份报告 (no such report)');

export const listReports = (deps: ReportDeps, ctx: RequestContext) =>
  reportsInReach(deps.db, reachFor(ctx, 'statistics.read'));

/**
 * Generates a report now. No organisation named: the asker's own (their grant's organisation; the whole
 * tenant for one held at its root). An organisation outside their reach is refused (403).
 */
export async function generateReport(
  deps: ReportDeps,
  ctx: RequestContext,
  body: { organisationId?: string | null; month: string },
): Promise<StoredReport> {
  const p = ctx.principal;
  if (p.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in first');
  const wanted = body.organisationId ?? grantsFor(p, 'statistics.report')[0]?.assignment.organisationId;
  const org = wanted ? await organisationOf(deps.db, wanted) : undefined;
  if (wanted && (!org || org.tenantId !== p.tenantId))
    throw new AppError('not_found', '没有找到这个组织 (no such organisation)', { organisationId: wanted });
  const rootId = await rootOrganisationOf(deps.db, p.tenantId);
  const root = rootId ? await organisationOf(deps.db, rootId) : undefined;
  const path = org?.path ?? root?.path;
  if (!path) throw new AppError('not_found', 'This federation has no organisation tree');
  requireOn(ctx, 'statistics.report', { tenantId: p.tenantId, orgPath: path }, 'this organisation');
  const made = await makeReport(
    deps,
    {
      tenantId: p.tenantId,
      organisationId: org && org.parentId !== null ? org.id : null,
      month: body.month,
      by: p.userId,
      now: ctx.now,
    },
    (write) =>
      deps.db.transaction(async (tx) => {
        const id = await write(tx);
        await recordAudit(tx, ctx, {
          tenantId: p.tenantId,
          action: 'statistics.report.generate',
          objectType: 'monthly_report',
          objectId: id,
          organisationId: org?.id ?? root?.id ?? null,
          details: { month: body.month },
        });
        return id;
      }),
  );
  const stored = await storedReport(deps.db, made.id);
  if (!stored) throw missing();
  return stored;
}

const EXT = { pdf: 'pdf', xlsx: 'xlsx' } as const;

/**
 * One report's file. Another tenant's report looks missing (404); one of the asker's tenant outside their
 * reach — another enterprise's, for an officer — is refused (403). Every download is audited, like the
 * events' exports.
 */
export async function downloadReport(
  deps: ReportDeps,
  ctx: RequestContext,
  id: string,
  kind: 'pdf' | 'xlsx',
): Promise<{ body: Buffer; disposition: string }> {
  const report = await storedReport(deps.db, id);
  const reach = reachFor(ctx, 'statistics.read');
  const tenantsSeen = new Set([...reach.tenants, ...reach.subtrees.map((s) => s.tenantId)]);
  if (!report || (!reach.platform && !tenantsSeen.has(report.tenantId))) throw missing();
  requireOn(ctx, 'statistics.read', { tenantId: report.tenantId, orgPath: report.orgPath }, 'this report');
  const body = await reportFile(deps.db, id, kind);
  if (!body)
    throw new AppError(
      'report_font_missing',
      '这份报告生成时服务器没有中文字体，只有 Excel 版本；安装字体后重新生成即可得到 PDF (no CJK font was installed when this report was made: only the workbook exists; generate it again once the font is installed)',
    );
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      tenantId: report.tenantId,
      action: 'statistics.report.download',
      objectType: 'monthly_report',
      objectId: id,
      organisationId: report.organisationId,
      details: { month: report.month, format: kind },
    }),
  );
  return {
    body,
    disposition: attachment(
      `report-${report.month}.${EXT[kind]}`,
      `月度报告-${report.month}-${report.name}.${EXT[kind]}`,
    ),
  };
}
