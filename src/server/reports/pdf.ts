import PDFDocument from 'pdfkit';
import { cellText } from './cells';
import type { ReportModel, ReportTable } from './model';
import { drawBandChart, drawTrendChart } from './pdf-charts';

/**
 * The monthly report as a PDF (A4), set in a CJK font embedded as a subset: a title block, the headline
 * figures, the trend and band charts drawn as vectors, then every table, page numbers at the foot.
 */
export interface PdfFont {
  path: string;
  /** The face of a collection (.ttc), by PostScript name. */
  family: string | undefined;
}

export interface PdfOptions {
  /** Uncompressed content streams (tests read the text back). */
  compress?: boolean;
}

type Doc = PDFKit.PDFDocument;

const MARGIN = 48;
const INK = '#222222';
const MUTED = '#777777';
const RULE = '#cccccc';
const HEAD_FILL = '#f0f0f0';
const STRIPE = '#fafafa';
/** Metric columns per printed block; a wider table continues in further blocks, the first column repeated. */
const COLUMNS_PER_BLOCK = 5;

const width = (doc: Doc) => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc) => doc.page.height - MARGIN - 18;

function ensureSpace(doc: Doc, needed: number) {
  if (doc.y + needed > bottom(doc)) {
    doc.addPage();
    doc.y = MARGIN;
  }
}

function heading(doc: Doc, zh: string, en: string) {
  ensureSpace(doc, 60);
  doc.moveDown(0.6);
  doc
    .fillColor(INK)
    .fontSize(13)
    .text(zh, MARGIN, doc.y, { width: width(doc) });
  doc
    .fillColor(MUTED)
    .fontSize(8.5)
    .text(en, MARGIN, doc.y, { width: width(doc) });
  doc.moveDown(0.4);
}

interface Block {
  columns: number[];
  part: number;
  parts: number;
}

function blocksOf(table: ReportTable): Block[] {
  const rest = table.columns.map((_, i) => i).slice(1);
  const parts = Math.max(1, Math.ceil(rest.length / COLUMNS_PER_BLOCK));
  return Array.from({ length: parts }, (_, p) => ({
    columns: [0, ...rest.slice(p * COLUMNS_PER_BLOCK, (p + 1) * COLUMNS_PER_BLOCK)],
    part: p + 1,
    parts,
  }));
}

function drawTableBlock(doc: Doc, table: ReportTable, block: Block) {
  const total = width(doc);
  const others = block.columns.length - 1;
  const labelW = others <= 1 ? total * 0.6 : Math.max(150, total - others * 72);
  const otherW = others ? (total - labelW) / others : 0;
  const xs = block.columns.map((_, i) => MARGIN + (i === 0 ? 0 : labelW + (i - 1) * otherW));
  const ws = block.columns.map((_, i) => (i === 0 ? labelW : otherW));
  const pad = 3;

  doc.fontSize(7.5);
  const headerText = (c: number) => {
    const col = table.columns[c];
    return col ? `${col.zh}\n${col.en}` : '';
  };
  const headerH =
    Math.max(
      ...block.columns.map((c, i) => doc.heightOfString(headerText(c), { width: (ws[i] ?? 0) - 2 * pad })),
    ) +
    2 * pad;
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(MARGIN, y, total, headerH).fillColor(HEAD_FILL).fill();
    block.columns.forEach((c, i) => {
      doc
        .fillColor(INK)
        .fontSize(7.5)
        .text(headerText(c), (xs[i] ?? 0) + pad, y + pad, {
          width: (ws[i] ?? 0) - 2 * pad,
          align: i === 0 ? 'left' : 'right',
        });
    });
    doc.y = y + headerH;
  };

  const title = block.parts > 1 ? ` (${block.part}/${block.parts})` : '';
  // A heading never ends a page alone: room for it, the header and a few rows.
  ensureSpace(doc, headerH + 110);
  heading(doc, `${table.title.zh}${title}`, `${table.title.en}${title}`);
  ensureSpace(doc, headerH + 18);
  drawHeader();
  doc.fontSize(8);
  table.rows.forEach((row, r) => {
    const label = cellText(row[0] ?? null);
    const rowH = Math.max(15, doc.fontSize(8).heightOfString(label, { width: labelW - 2 * pad }) + 2 * pad);
    if (doc.y + rowH > bottom(doc)) {
      doc.addPage();
      doc.y = MARGIN;
      drawHeader();
    }
    const y = doc.y;
    if (r % 2 === 1) doc.rect(MARGIN, y, total, rowH).fillColor(STRIPE).fill();
    block.columns.forEach((c, i) => {
      const text = cellText(row[c] ?? null, table.signed?.includes(c) ?? false);
      doc
        .fillColor(INK)
        .fontSize(8)
        .text(text, (xs[i] ?? 0) + pad, y + pad, {
          width: (ws[i] ?? 0) - 2 * pad,
          align: i === 0 ? 'left' : 'right',
          ...(i === 0 ? {} : { lineBreak: false }),
        });
    });
    doc
      .moveTo(MARGIN, y + rowH)
      .lineTo(MARGIN + total, y + rowH)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + rowH;
  });
  doc.x = MARGIN;
}

function titleBlock(doc: Doc, m: ReportModel) {
  const w = width(doc);
  doc.fillColor(INK).fontSize(20).text(m.title.zh, MARGIN, MARGIN, { width: w });
  doc.fillColor(MUTED).fontSize(11).text(m.title.en, { width: w });
  doc.moveDown(0.8);
  doc.fillColor(INK).fontSize(14).text(`${m.scope.zh} · ${m.month.zh}`, { width: w });
  doc.fillColor(MUTED).fontSize(9.5).text(`${m.scope.en} · ${m.month.en}`, { width: w });
  doc.moveDown(0.5);
  doc.fillColor(INK).fontSize(9).text(`${m.tenant.zh}　${m.generated.zh}`, { width: w });
  doc.fillColor(MUTED).fontSize(8).text(`${m.tenant.en} · ${m.generated.en}`, { width: w });
  doc.moveDown(0.5);
  const y = doc.y;
  const boxText = (t: string, size: number, color: string) =>
    doc
      .fillColor(color)
      .fontSize(size)
      .text(t, MARGIN + 8, doc.y, { width: w - 16 });
  doc.y = y + 6;
  boxText(m.suppression.zh, 8.5, INK);
  boxText(m.suppression.en, 7.5, MUTED);
  doc
    .rect(MARGIN, y, w, doc.y - y + 6)
    .lineWidth(0.6)
    .strokeColor(RULE)
    .stroke();
  doc.y += 10;
  if (!m.hasData) {
    doc.moveDown(0.5);
    doc
      .fillColor(INK)
      .fontSize(11)
      .text('本月尚无服务记录。No service was recorded this month.', MARGIN, doc.y, { width: w });
  }
}

function charts(doc: Doc, m: ReportModel) {
  heading(doc, m.trendChart.title.zh, m.trendChart.title.en);
  ensureSpace(doc, 210);
  doc.y += drawTrendChart(doc, m.trendChart, MARGIN, doc.y, width(doc));
  for (const chart of m.bandCharts) {
    heading(doc, chart.title.zh, chart.title.en);
    ensureSpace(doc, chart.bars.length * 18 + 10);
    doc.y += drawBandChart(doc, chart, MARGIN, doc.y, width(doc));
  }
}

function pageNumbers(doc: Doc, m: ReportModel) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing in the bottom margin would otherwise start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const n = i - range.start + 1;
    doc
      .fillColor(MUTED)
      .fontSize(7.5)
      .text(
        `${m.scope.zh} · ${m.month.zh}　第 ${n} 页，共 ${range.count} 页 · Page ${n} of ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN + 8,
        { width: width(doc), align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
}

/** Renders the report; the font must exist (see font.ts). */
export function renderReportPdf(m: ReportModel, font: PdfFont, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: `${m.title.zh} ${m.scope.zh} ${m.month.zh}`,
      Author: '康乃馨 Carnation',
      Creator: 'Carnation',
    },
    lang: 'zh-CN',
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.path, font.family);
  doc.font('cjk');
  titleBlock(doc, m);
  const [headline, ...rest] = m.tables;
  if (headline) for (const block of blocksOf(headline)) drawTableBlock(doc, headline, block);
  charts(doc, m);
  for (const table of rest) for (const block of blocksOf(table)) drawTableBlock(doc, table, block);
  pageNumbers(doc, m);
  doc.end();
  return done;
}
