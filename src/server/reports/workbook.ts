import { type Cell, type Sheet, writeWorkbook } from '../exports/xlsx';
import type { ReportModel } from './model';

/**
 * The monthly report as an Excel workbook: a sheet saying what the report is (scope, month, when it was made,
 * what the hidden marks mean), then one sheet per table, the same tables and cells as the PDF.
 */
export function reportSheets(m: ReportModel): Sheet[] {
  const about: Cell[][] = [
    ['项目 Item', '内容 Content'],
    ['报告 Report', `${m.title.zh} ${m.title.en}`],
    ['范围 Scope', m.scope.zh === m.scope.en ? m.scope.zh : `${m.scope.zh} ${m.scope.en}`],
    ['工会 Federation', `${m.tenant.zh} ${m.tenant.en}`],
    ['月份 Month', `${m.month.zh} ${m.month.en}`],
    ['生成 Generated', `${m.generated.zh} ${m.generated.en}`],
    ['隐私保护 Suppression', m.suppression.zh],
    ['', m.suppression.en],
  ];
  return [
    { name: '报告说明', rows: about },
    ...m.tables.map((t) => ({
      name: t.title.zh,
      rows: [t.columns.map((c) => `${c.zh} ${c.en}`), ...t.rows] as Cell[][],
    })),
  ];
}

export const renderReportWorkbook = (m: ReportModel): Buffer => writeWorkbook(reportSheets(m));
