import { metresPerPixel, type Pixel, project, TILE_SIZE } from '../../../core/coverage/mercator';

/**
 * The coverage map's view: a centre in world pixels at a whole zoom level (whole, so tiles line up), drawn
 * into an SVG of `size`. Pure, so fitting, panning, zooming and the tile grid are tested without a browser.
 */
export interface LatLng {
  lat: number;
  lng: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface MapView {
  /** Whole when tiles are drawn; fractional zooms only for outlines. */
  zoom: number;
  /** The world pixel at the centre of the SVG, at `zoom`. */
  center: Pixel;
}

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 17;

const clampZoom = (z: number) => Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));

/**
 * The highest zoom at which all places fit inside the size less `padding` on each side: a whole one when
 * tiles are drawn (they exist only at whole zooms), else any (outlines scale freely and fill the map).
 */
export function fitView(places: readonly LatLng[], size: Size, padding = 24, whole = true): MapView {
  if (places.length === 0) return { zoom: 11, center: project(116.79, 33.96, 11) };
  const at0 = places.map((p) => project(p.lng, p.lat, 0));
  const xs = at0.map((p) => p.x);
  const ys = at0.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const room = { w: Math.max(1, size.width - 2 * padding), h: Math.max(1, size.height - 2 * padding) };
  const scale = Math.min(
    w > 0 ? room.w / w : Number.POSITIVE_INFINITY,
    h > 0 ? room.h / h : Number.POSITIVE_INFINITY,
  );
  const best = Number.isFinite(scale) ? Math.log2(scale) : 14;
  const zoom = clampZoom(whole ? Math.floor(best) : best);
  const k = 2 ** zoom;
  return {
    zoom,
    center: {
      x: ((Math.min(...xs) + Math.max(...xs)) / 2) * k,
      y: ((Math.min(...ys) + Math.max(...ys)) / 2) * k,
    },
  };
}

/** Where a place is drawn in the SVG. */
export function toScreen(p: LatLng, view: MapView, size: Size): Pixel {
  const w = project(p.lng, p.lat, view.zoom);
  return { x: w.x - view.center.x + size.width / 2, y: w.y - view.center.y + size.height / 2 };
}

export const pan = (view: MapView, dx: number, dy: number): MapView => ({
  zoom: view.zoom,
  center: { x: view.center.x + dx, y: view.center.y + dy },
});

/** One zoom step in or out, keeping the centre where it is (a whole zoom stays whole). */
export function zoomBy(view: MapView, delta: number): MapView {
  const zoom = clampZoom(view.zoom + delta);
  const k = 2 ** (zoom - view.zoom);
  return { zoom, center: { x: view.center.x * k, y: view.center.y * k } };
}

/** A ground distance as pixels at a latitude (for the 15-minute circle). */
export const radiusPixels = (metres: number, lat: number, zoom: number): number =>
  metres / metresPerPixel(lat, zoom);

export interface Tile {
  key: string;
  url: string;
  left: number;
  top: number;
}

/** Fills a {z}/{x}/{y} template; {s} takes a, b or c so that requests spread over a server's hosts. */
export const tileUrl = (template: string, z: number, x: number, y: number): string =>
  template
    .replace('{s}', 'abc'[(x + y) % 3] as string)
    .replace('{z}', String(z))
    .replace('{x}', String(x))
    .replace('{y}', String(y));

/** The tiles covering the SVG, with where each one's top-left corner goes; x wraps round the world. */
export function tilesFor(template: string, view: MapView, size: Size): Tile[] {
  const n = 2 ** view.zoom;
  const left = view.center.x - size.width / 2;
  const top = view.center.y - size.height / 2;
  const tiles: Tile[] = [];
  for (let ty = Math.floor(top / TILE_SIZE); ty * TILE_SIZE < top + size.height; ty++) {
    if (ty < 0 || ty >= n) continue;
    for (let tx = Math.floor(left / TILE_SIZE); tx * TILE_SIZE < left + size.width; tx++) {
      const wx = ((tx % n) + n) % n;
      tiles.push({
        key: `${view.zoom}/${tx}/${ty}`,
        url: tileUrl(template, view.zoom, wx, ty),
        left: tx * TILE_SIZE - left,
        top: ty * TILE_SIZE - top,
      });
    }
  }
  return tiles;
}

/** An outline ring as an SVG path. */
export function ringPath(ring: readonly LatLng[], view: MapView, size: Size): string {
  return ring
    .map((p, i) => {
      const s = toScreen(p, view, size);
      return `${i === 0 ? 'M' : 'L'}${s.x.toFixed(1)},${s.y.toFixed(1)}`;
    })
    .concat(ring.length > 0 ? ['Z'] : [])
    .join('');
}

/** A dot's radius for an enterprise: area grows with members (square root), 4–14 px. */
export function dotRadius(members: number, largest: number): number {
  if (largest <= 0) return 4;
  return 4 + 10 * Math.sqrt(Math.max(0, members) / largest);
}

/** Points of a triangle (pointing up) around a centre: the shape of an enterprise outside reach. */
export function trianglePoints(c: Pixel, r: number): string {
  const h = r * 1.2;
  return [
    [c.x, c.y - h],
    [c.x + h * 0.95, c.y + h * 0.6],
    [c.x - h * 0.95, c.y + h * 0.6],
  ]
    .map(([x, y]) => `${(x as number).toFixed(1)},${(y as number).toFixed(1)}`)
    .join(' ');
}
