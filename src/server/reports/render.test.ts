import { describe, expect, it } from 'vitest';
import { knownReportFonts, loadConfig } from '../config';
import { reportFont } from './font';
import { buildReportModel } from './model';
import { renderReportPdf } from './pdf';
import { pdfText, sampleFigures } from './test-kit';
import { renderReportWorkbook, reportSheets } from './workbook';

const meta = {
  month: '2026-11',
  generatedAt: new Date('2026-11-30T18:05:00Z'),
  timeZone: 'Asia/Shanghai',
  tenant: { zh: '演示市总工会', en: 'Demo City' },
};
const font = loadConfig({}).reportFont;
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe.skipIf(!font)('the monthly report as a PDF', () => {
  it('is a PDF in the embedded, subset CJK font with the figures, hidden cells and page numbers', async () => {
    const model = buildReportModel(sampleFigures(), meta);
    const pdf = await renderReportPdf(model, reportFont({ reportFont: font }), { compress: false });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    // Embedded (a font file), and a subset: the base font carries the six-letter subset tag.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    expect(raw).toMatch(/\/FontFile[23]? \d+ 0 R/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    const text = pdfText(pdf);
    expect(text).toContain('心理健康服务月度报告');
    expect(text).toContain('演示市总工会 · 2026年11月');
    // Generated at 02:05 on 1 December in Shanghai (18:05 UTC the day before).
    expect(text).toContain('2026-12-01 02:05（Asia/Shanghai）');
    expect(text).toContain('最小组规模为 10 人');
    // Headline: people this month and last, the change; referrals hidden as a small group.
    const people = model.tables[0]?.rows[0];
    expect(people?.slice(1)).toEqual([114, 94, 20, 21.3]);
    expect(text).toMatch(/线上测评人数 People who took a check-up\n114\n94\n\+20\n\+21\.3/);
    expect(text).toMatch(/转介 Referrals to partner institutions\n<10\n/);
    // The band table, the complementary hidden band and the breakdown's total.
    expect(text).toContain('无或极轻微抑郁症状 None–minimal\n812');
    expect(text).toContain('中重度 Moderately severe\n*');
    expect(text).toContain('第2区总工会 District 2');
    const n = pages(pdf);
    expect(n).toBe(4);
    expect(text).toContain(`第 ${n} 页，共 ${n} 页 · Page ${n} of ${n}`);
  });

  it('continues a long breakdown on further pages, its header repeated', async () => {
    const short = await renderReportPdf(buildReportModel(sampleFigures(), meta), font as never, {
      compress: false,
    });
    const long = await renderReportPdf(
      buildReportModel(sampleFigures({ organisations: 120 }), meta),
      font as never,
      {
        compress: false,
      },
    );
    expect(pages(long)).toBeGreaterThanOrEqual(pages(short) + 2);
    const text = pdfText(long);
    expect(text).toContain('第120区总工会 District 120');
    expect(text.split('组织\nOrganisation').length - 1).toBeGreaterThan(2);
  });
});

describe('without a CJK font', () => {
  it('refuses the PDF with report_font_missing (503)', () => {
    const missing = loadConfig({ REPORT_FONT_PATH: '/nonexistent/font.ttc' });
    expect(() => reportFont(missing)).toThrow(
      expect.objectContaining({ code: 'report_font_missing', status: 503 }),
    );
    expect(() => reportFont({ reportFont: undefined })).toThrow(
      expect.objectContaining({ code: 'report_font_missing' }),
    );
  });

  it('finds Debian’s Noto Sans CJK by default when it is installed', () => {
    const first = knownReportFonts[0];
    if (font) expect(font).toEqual(first);
  });
});

describe('the monthly report as a workbook', () => {
  it('has a sheet saying what it is, then one per table with the same cells', () => {
    const model = buildReportModel(sampleFigures(), meta);
    const sheets = reportSheets(model);
    expect(sheets.map((s) => s.name)).toEqual([
      '报告说明',
      '主要指标',
      '逐日趋势',
      '测评结果分布：患者健康问卷抑郁量表（PHQ-9）',
      '按组织',
    ]);
    const headline = sheets[1]?.rows ?? [];
    expect(headline[0]).toEqual([
      '指标 Figure',
      '本月 This month',
      '上月 Previous month',
      '变化 Change',
      '变化率（%） Change (%)',
    ]);
    expect(headline.find((r) => String(r[0]).startsWith('回访按时完成率'))?.slice(1, 3)).toEqual([87.5, 80]);
    expect(headline.find((r) => String(r[0]).startsWith('转介'))?.[1]).toBe('<10');
    const org = sheets[4]?.rows ?? [];
    expect(org.at(-1)).toEqual(['合计 Total', 5000, 5000, 5000, 5000]);
    expect(org[2]?.[3]).toBe('<10');
    // A ZIP whose directory names the five sheets (file names are stored uncompressed).
    const zip = renderReportWorkbook(model);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.toString('latin1')).toContain('xl/worksheets/sheet5.xml');
    expect(zip.toString('latin1')).not.toContain('xl/worksheets/sheet6.xml');
  });
});
