import { existsSync } from 'node:fs';
import { AppError } from '../../core/errors';
import type { Config } from '../config';
import type { PdfFont } from './pdf';

/**
 * The font a PDF is set in, or a clear refusal: without a CJK font every Chinese character would print as an
 * empty box, so no PDF is better than that one. The workbook needs no font and is made either way.
 */
export function reportFont(config: Pick<Config, 'reportFont'>): PdfFont {
  const font = config.reportFont;
  if (!font || !existsSync(font.path))
    throw new AppError(
      'report_font_missing',
      '服务器未安装中文字体，无法生成 PDF（请安装 fonts-noto-cjk 或设置 REPORT_FONT_PATH）；Excel 仍可下载 (no CJK font is installed for the PDF: install fonts-noto-cjk or set REPORT_FONT_PATH; the workbook is still available)',
      { path: font?.path ?? null },
    );
  return font;
}
