import { describe, expect, it } from 'vitest';
import { checkImage, imageLimits, sniffImage } from './images';
import { jpegHeader, pngHeader, webpExtended, webpLossless, webpLossy } from './test-images';

describe('sniffImage', () => {
  it('reads the type and size of PNG, JPEG and WebP from their bytes', () => {
    expect(sniffImage(pngHeader(640, 480))).toEqual({ type: 'image/png', width: 640, height: 480 });
    expect(sniffImage(jpegHeader(1024, 768))).toEqual({ type: 'image/jpeg', width: 1024, height: 768 });
    expect(sniffImage(webpLossy(300, 200))).toEqual({ type: 'image/webp', width: 300, height: 200 });
    expect(sniffImage(webpLossless(5000, 3))).toEqual({ type: 'image/webp', width: 5000, height: 3 });
    expect(sniffImage(webpExtended(4097, 10))).toEqual({ type: 'image/webp', width: 4097, height: 10 });
  });

  it('refuses what is not one of them, or is cut short', () => {
    expect(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(sniffImage(new TextEncoder().encode('GIF89a....'))).toBeNull();
    expect(sniffImage(pngHeader(10, 10).slice(0, 20))).toBeNull();
    expect(sniffImage(jpegHeader(10, 10).slice(0, 12))).toBeNull();
    expect(sniffImage(pngHeader(0, 10))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });
});

describe('checkImage', () => {
  it('keeps an image within the limits that is what it says', () => {
    expect(checkImage(pngHeader(4096, 4096), 'image/png')).toEqual({
      ok: true,
      info: { type: 'image/png', width: 4096, height: 4096 },
    });
  });

  it('refuses too many bytes, too many pixels, another type than declared, and non-images', () => {
    const big = new Uint8Array(imageLimits.maxBytes + 1);
    big.set(pngHeader(10, 10));
    expect(checkImage(big, 'image/png')).toEqual({ ok: false, reason: 'too_large' });
    expect(checkImage(pngHeader(4097, 10), 'image/png')).toEqual({ ok: false, reason: 'too_many_pixels' });
    expect(checkImage(pngHeader(10, 10), 'image/jpeg')).toEqual({ ok: false, reason: 'type_mismatch' });
    expect(checkImage(new Uint8Array([1, 2, 3]), 'image/png')).toEqual({ ok: false, reason: 'unsupported' });
  });
});
