/**
 * The worker's entry code drawn as an SVG path from a QR matrix: one square per dark module, in a frame of
 * four light modules (the quiet zone scanners need). Pure, so the drawing is tested without a browser.
 */
export interface Matrix {
  size: number;
  get(row: number, col: number): number;
}

export const QUIET = 4;

export function qrPath(m: Matrix): { viewBox: string; d: string } {
  const parts: string[] = [];
  for (let row = 0; row < m.size; row++)
    for (let col = 0; col < m.size; col++)
      if (m.get(row, col)) parts.push(`M${col + QUIET} ${row + QUIET}h1v1h-1z`);
  const side = m.size + 2 * QUIET;
  return { viewBox: `0 0 ${side} ${side}`, d: parts.join('') };
}
