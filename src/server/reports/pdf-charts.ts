import type { BandChart, ReportModel } from './model';

/** Charts drawn as vector paths with pdfkit: lines for the trend, bars for the band distribution. */
type Doc = PDFKit.PDFDocument;

export const palette = ['#c0392b', '#2e86c1', '#27ae60', '#8e44ad', '#d68910'];
const INK = '#222222';
const MUTED = '#777777';
const GRID = '#dddddd';
// One colour for every band: the chart counts results, it does not rank people.
const BAR = '#2e86c1';

/** A round upper bound for an axis and its step (1, 2 or 5 times a power of ten). */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (!(max > 0)) return { top: ticks, step: 1 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  return { top: Math.ceil(max / step) * step, step: Math.max(step, Number.MIN_VALUE) };
}

function noData(doc: Doc, x: number, y: number, w: number, h: number) {
  doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(GRID).stroke();
  doc
    .fillColor(MUTED)
    .fontSize(10)
    .text('暂无数据 No data yet', x, y + h / 2 - 6, { width: w, align: 'center', lineBreak: false });
}

/** Lines per series over the month's days; a hidden or missing value leaves a gap. Returns the height used. */
export function drawTrendChart(doc: Doc, chart: ReportModel['trendChart'], x: number, y: number, w: number) {
  const h = 170;
  const left = x + 34;
  const plotW = w - 34;
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (chart.labels.length === 0 || values.length === 0) {
    noData(doc, x, y, w, h);
    return h + 8;
  }
  const { top, step } = niceScale(Math.max(...values));
  const yOf = (v: number) => y + h - (v / top) * h;
  const n = chart.labels.length;
  const xOf = (i: number) => left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  doc.lineWidth(0.5).fontSize(7);
  for (let v = 0; v <= top + step / 2; v += step) {
    doc
      .moveTo(left, yOf(v))
      .lineTo(left + plotW, yOf(v))
      .strokeColor(GRID)
      .stroke();
    doc
      .fillColor(MUTED)
      .text(v.toLocaleString('en-US'), x, yOf(v) - 3.5, { width: 30, align: 'right', lineBreak: false });
  }
  const every = Math.max(1, Math.ceil(n / 10));
  chart.labels.forEach((label, i) => {
    // Every few days, and the last day unless that would crowd the label before it.
    const last = i === n - 1 && (n - 1) % every >= every / 2;
    if (i % every !== 0 && !last) return;
    const lx = Math.min(Math.max(xOf(i) - 20, x), x + w - 40);
    doc.fillColor(MUTED).text(label.zh, lx, y + h + 4, { width: 40, align: 'center', lineBreak: false });
  });
  chart.series.forEach((s, k) => {
    const color = palette[k % palette.length] as string;
    doc.lineWidth(1.4).strokeColor(color);
    let drawing = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        drawing = false;
        return;
      }
      if (drawing) doc.lineTo(xOf(i), yOf(v));
      else doc.moveTo(xOf(i), yOf(v));
      drawing = true;
    });
    doc.stroke();
    s.values.forEach((v, i) => {
      if (v !== null) doc.circle(xOf(i), yOf(v), 1.6).fillColor(color).fill();
    });
  });
  // Legend under the axis, wrapping onto further lines.
  let lx = left;
  let ly = y + h + 18;
  doc.fontSize(7.5);
  chart.series.forEach((s, k) => {
    const text = `${s.label.zh} ${s.label.en}`;
    const tw = doc.widthOfString(text);
    if (lx > left && lx + tw + 11 > x + w) {
      lx = left;
      ly += 12;
    }
    doc
      .rect(lx, ly + 1, 8, 6)
      .fillColor(palette[k % palette.length] as string)
      .fill();
    doc.fillColor(INK).text(text, lx + 11, ly, { lineBreak: false });
    lx += tw + 24;
  });
  return ly + 14 - y;
}

/** One bar per band; a hidden count is an outlined stub with its mark. Returns the height used. */
export function drawBandChart(doc: Doc, chart: BandChart, x: number, y: number, w: number) {
  const labelW = 170;
  const barH = 12;
  const gap = 6;
  const plotW = w - labelW - 40;
  const shown = chart.bars.map((b) => b.value ?? 0);
  const { top } = niceScale(Math.max(0, ...shown));
  doc.fontSize(8);
  chart.bars.forEach((b, i) => {
    const by = y + i * (barH + gap);
    doc.fillColor(INK).text(`${b.label.zh} ${b.label.en}`, x, by + 2, {
      width: labelW - 6,
      height: barH,
      ellipsis: true,
      lineBreak: false,
    });
    const bx = x + labelW;
    if (b.value === null) {
      doc.rect(bx, by, 14, barH).lineWidth(0.6).dash(2, { space: 2 }).strokeColor(MUTED).stroke().undash();
      doc.fillColor(MUTED).text(b.mark ?? '—', bx + 18, by + 2, { lineBreak: false });
      return;
    }
    const bw = top > 0 ? (b.value / top) * plotW : 0;
    if (bw > 0) doc.rect(bx, by, bw, barH).fillColor(BAR).fill();
    doc.fillColor(INK).text(b.value.toLocaleString('en-US'), bx + bw + 4, by + 2, { lineBreak: false });
  });
  return chart.bars.length * (barH + gap) + 6;
}
