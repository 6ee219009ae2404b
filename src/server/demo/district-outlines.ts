import type { Boundary, Position } from '../../core/coverage/boundary';

/**
 * Rough outlines of the demo districts, drawn by hand around their demo enterprises and stations so the
 * coverage map has something to stand on without a tile server. They are approximate, not survey data.
 */
const ring = (...points: Position[]): Position[][] => [[...points, points[0] as Position]];

export const demoDistrictOutlines: Record<string, Boundary> = {
  xiangshan: {
    type: 'Polygon',
    coordinates: ring(
      [116.72, 33.94],
      [116.8, 33.935],
      [116.815, 33.96],
      [116.8, 34.0],
      [116.74, 34.01],
      [116.72, 33.98],
    ),
  },
  duji: {
    type: 'Polygon',
    coordinates: ring([116.8, 34.0], [116.815, 33.97], [116.88, 33.97], [116.89, 34.06], [116.8, 34.06]),
  },
  lieshan: {
    type: 'Polygon',
    coordinates: ring(
      [116.8, 33.935],
      [116.815, 33.96],
      [116.815, 33.97],
      [116.88, 33.97],
      [116.88, 33.84],
      [116.8, 33.84],
    ),
  },
  suixi: {
    type: 'Polygon',
    coordinates: ring([116.5, 33.65], [116.8, 33.66], [116.8, 33.935], [116.72, 33.94], [116.5, 33.8]),
  },
};
