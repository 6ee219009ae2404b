import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { aRegistration } from './test-fixtures';
import { qrPath } from './ticket';

describe('the entry code', () => {
  it('draws one square per dark module inside a four-module quiet zone', () => {
    const dark = new Set(['0,0', '1,2']);
    const m = { size: 3, get: (r: number, c: number) => (dark.has(`${r},${c}`) ? 1 : 0) };
    expect(qrPath(m)).toEqual({ viewBox: '0 0 11 11', d: 'M4 4h1v1h-1zM6 5h1v1h-1z' });
  });

  it('draws a real ticket text through the QR library', () => {
    const drawing = qrPath(
      QRCode.create(aRegistration().ticket as string, { errorCorrectionLevel: 'M' }).modules,
    );
    expect(drawing.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(drawing.d.length).toBeGreaterThan(100);
  });
});
