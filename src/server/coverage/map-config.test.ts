import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';

describe('map settings', () => {
  it('default to no tiles, 4.5 km/h on foot and 25 km/h by car', () => {
    expect(loadConfig({}).map).toEqual({
      tileUrl: undefined,
      tileOrigin: undefined,
      tileAttribution: undefined,
      walkKmh: 4.5,
      driveKmh: 25,
    });
  });
  it('take a tile template, its origin for the CSP and configured speeds', () => {
    const map = loadConfig({
      MAP_TILE_URL: 'https://{s}.tiles.example.cn/{z}/{x}/{y}.png',
      MAP_TILE_ATTRIBUTION: '© 示例',
      MAP_WALK_KMH: '4',
      MAP_DRIVE_KMH: '30',
    }).map;
    expect(map).toMatchObject({ tileOrigin: 'https://*.tiles.example.cn', walkKmh: 4, driveKmh: 30 });
    expect(loadConfig({ MAP_TILE_URL: 'http://10.0.0.5:8080/tiles/{z}/{x}/{y}.png' }).map.tileOrigin).toBe(
      'http://10.0.0.5:8080',
    );
  });
  it('refuse a template without {z}/{x}/{y} and speeds out of range', () => {
    expect(() => loadConfig({ MAP_TILE_URL: 'https://tiles.example/tile.png' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAP_WALK_KMH: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ MAP_DRIVE_KMH: 'fast' })).toThrow(ConfigError);
  });
});
