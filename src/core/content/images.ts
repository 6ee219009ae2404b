/**
 * What an uploaded image really is, read from its bytes rather than from what the browser said: the type from
 * its magic bytes, the size from its header (PNG IHDR, JPEG start-of-frame, WebP VP8/VP8L/VP8X). Anything else
 * is refused, so the library never serves a file that merely claims to be a picture.
 */
export const imageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof imageTypes)[number];

export const imageLimits = { maxBytes: 2 * 1024 * 1024, maxSide: 4096 } as const;

export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const ascii = (b: Uint8Array, at: number, s: string) =>
  b.length >= at + s.length && [...s].every((c, i) => b[at + i] === c.charCodeAt(0));
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 65536 + u16be(b, at + 2);
const u24le = (b: Uint8Array, at: number) =>
  (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16);

function png(b: Uint8Array): ImageInfo | null {
  if (b.length < 24 || !PNG.every((x, i) => b[i] === x) || !ascii(b, 12, 'IHDR')) return null;
  return { type: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
}

function jpeg(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    let marker = b[i + 1] as number;
    // Fill bytes before a marker.
    while (marker === 0xff && i + 2 < b.length) {
      i++;
      marker = b[i + 1] as number;
    }
    i += 2;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = u16be(b, i);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 7 > b.length) return null;
      return { type: 'image/jpeg', height: u16be(b, i + 3), width: u16be(b, i + 5) };
    }
    i += length;
  }
  return null;
}

function webp(b: Uint8Array): ImageInfo | null {
  if (!ascii(b, 0, 'RIFF') || !ascii(b, 8, 'WEBP') || b.length < 30) return null;
  if (ascii(b, 12, 'VP8 ')) {
    // Lossy: a key frame's start code, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return {
      type: 'image/webp',
      width: ((b[26] ?? 0) | ((b[27] ?? 0) << 8)) & 0x3fff,
      height: ((b[28] ?? 0) | ((b[29] ?? 0) << 8)) & 0x3fff,
    };
  }
  if (ascii(b, 12, 'VP8L')) {
    if (b[20] !== 0x2f) return null;
    const bits = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
    return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(b, 12, 'VP8X')) {
    return { type: 'image/webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  return null;
}

/** The image's real type and size, or null when the bytes are no PNG, JPEG or WebP we can read. */
export function sniffImage(bytes: Uint8Array): ImageInfo | null {
  const info = png(bytes) ?? jpeg(bytes) ?? webp(bytes);
  if (!info || info.width < 1 || info.height < 1) return null;
  return info;
}

export type ImageCheck =
  | { ok: true; info: ImageInfo }
  | { ok: false; reason: 'too_large' | 'too_many_pixels' | 'unsupported' | 'type_mismatch' };

/** Whether an upload may be kept: within the byte and side limits, and the type it says it is. */
export function checkImage(bytes: Uint8Array, declared: string): ImageCheck {
  if (bytes.length > imageLimits.maxBytes) return { ok: false, reason: 'too_large' };
  const info = sniffImage(bytes);
  if (!info) return { ok: false, reason: 'unsupported' };
  if (declared.split(';')[0]?.trim().toLowerCase() !== info.type)
    return { ok: false, reason: 'type_mismatch' };
  if (info.width > imageLimits.maxSide || info.height > imageLimits.maxSide)
    return { ok: false, reason: 'too_many_pixels' };
  return { ok: true, info };
}
