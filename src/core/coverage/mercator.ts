/**
 * Web Mercator (EPSG:3857) as slippy-map tiles use it: the world is 256 × 2^zoom pixels square at `zoom`,
 * x grows eastwards from longitude −180, y grows southwards from latitude ≈ 85.05.
 */
export const TILE_SIZE = 256;
export const MAX_LATITUDE = 85.05112878;
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137; // the sphere Web Mercator is defined on

export interface Pixel {
  x: number;
  y: number;
}

const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** Longitude/latitude → world pixel at a zoom level. */
export function project(lng: number, lat: number, zoom: number): Pixel {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const size = worldSize(zoom);
  return {
    x: ((lng + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** World pixel at a zoom level → longitude/latitude. */
export function unproject(p: Pixel, zoom: number): { lng: number; lat: number } {
  const size = worldSize(zoom);
  const lng = (p.x / size) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * p.y) / size;
  return { lng, lat: (180 / Math.PI) * Math.atan(Math.sinh(n)) };
}

/** The tile (x, y) holding a world pixel, and the pixel's place inside it. */
export function tileOf(p: Pixel): { x: number; y: number; offsetX: number; offsetY: number } {
  const x = Math.floor(p.x / TILE_SIZE);
  const y = Math.floor(p.y / TILE_SIZE);
  return { x, y, offsetX: p.x - x * TILE_SIZE, offsetY: p.y - y * TILE_SIZE };
}

/** Ground metres one pixel covers at a latitude and zoom (for drawing a radius in metres). */
export const metresPerPixel = (lat: number, zoom: number): number =>
  (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
