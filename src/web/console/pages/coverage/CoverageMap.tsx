import {
  AimOutlined,
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowRightOutlined,
  ArrowUpOutlined,
  MinusOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useCoverageTranslation } from '../../i18n/coverage-ns';
import type { Coverage, Suggestion } from '../../lib/map-api';
import { nameIn } from '../../lib/map-api';
import {
  dotRadius,
  fitView,
  type MapView,
  pan,
  radiusPixels,
  ringPath,
  tilesFor,
  toScreen,
  trianglePoints,
  zoomBy,
} from '../../lib/map-view';

const SIZE = { width: 800, height: 560 };
const STEP = 160;
export const colours = {
  point: '#c2185b',
  closed: '#9e9e9e',
  inside: '#2e7d32',
  outside: '#e65100',
  suggestion: '#1565c0',
  outline: '#5c6b7a',
};

/**
 * The coverage map, drawn by hand in SVG: tiles underneath as <img> when a tile server is configured, else
 * the district outlines; each station with its 15-minute circle, enterprises as dots sized by members
 * (inside: green circles, outside: orange triangles), suggested sites as blue diamonds. The page's lists
 * are its text alternative, so the drawing itself is one labelled image.
 */
export function CoverageMap({ coverage, suggestions }: { coverage: Coverage; suggestions: Suggestion[] }) {
  const { t, i18n } = useCoverageTranslation();
  const lang = i18n.language;
  const places = useMemo(
    () => [...coverage.points, ...coverage.enterprises, ...coverage.districts.flatMap((d) => d.rings.flat())],
    [coverage],
  );
  const tiled = coverage.map.tileUrl !== null;
  const fitted = useMemo(() => fitView(places, SIZE, 28, tiled), [places, tiled]);
  const [view, setView] = useState<MapView>(fitted);
  useEffect(() => setView(fitted), [fitted]);

  const largest = Math.max(1, ...coverage.enterprises.map((e) => e.members));
  const tiles = coverage.map.tileUrl ? tilesFor(coverage.map.tileUrl, view, SIZE) : [];
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  const at = (p: { lat: number; lng: number }) => toScreen(p, view, SIZE);

  return (
    <div className="coverage-map">
      <div className="coverage-map-canvas" style={{ aspectRatio: `${SIZE.width} / ${SIZE.height}` }}>
        {tiles.map((tile) => (
          <img
            key={tile.key}
            src={tile.url}
            alt=""
            draggable={false}
            className="coverage-map-tile"
            style={{
              left: pct(tile.left, SIZE.width),
              top: pct(tile.top, SIZE.height),
              width: pct(256, SIZE.width),
              height: pct(256, SIZE.height),
            }}
          />
        ))}
        <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={t('map.label')}>
          {tiles.length === 0 ? <rect width={SIZE.width} height={SIZE.height} fill="#f4f6f8" /> : null}
          {coverage.districts.map((d) =>
            d.rings.map((ring, i) => (
              <path
                // biome-ignore lint/suspicious/noArrayIndexKey: rings have no identity of their own
                key={`${d.id}-${i}`}
                d={ringPath(ring, view, SIZE)}
                fill={tiles.length ? 'none' : '#ffffff'}
                stroke={colours.outline}
                strokeWidth={1.5}
                strokeDasharray={d.approximate ? '6 4' : undefined}
              />
            )),
          )}
          {/* Names after every outline, so that no neighbour's fill covers them. */}
          {coverage.districts.map((d) => {
            const c = d.rings[0] ? at(centroid(d.rings[0])) : null;
            return c ? (
              <text key={`n-${d.id}`} x={c.x} y={c.y} textAnchor="middle" className="coverage-map-district">
                {nameIn(d, lang)}
                {d.approximate ? t('map.approximate') : ''}
              </text>
            ) : null;
          })}
          {coverage.points
            .filter((p) => p.open)
            .map((p) => {
              const c = at(p);
              return (
                <circle
                  key={`r-${p.id}`}
                  cx={c.x}
                  cy={c.y}
                  r={radiusPixels(coverage.radiusMetres, p.lat, view.zoom)}
                  fill={colours.point}
                  fillOpacity={0.1}
                  stroke={colours.point}
                  strokeOpacity={0.6}
                />
              );
            })}
          {suggestions.map((s) => {
            const c = at(s.site);
            return (
              <g key={`s-${s.site.id}`}>
                <circle
                  cx={c.x}
                  cy={c.y}
                  r={radiusPixels(coverage.radiusMetres, s.site.lat, view.zoom)}
                  fill={colours.suggestion}
                  fillOpacity={0.08}
                  stroke={colours.suggestion}
                  strokeDasharray="5 4"
                />
              </g>
            );
          })}
          {coverage.enterprises.map((e) => {
            const c = at(e);
            const r = dotRadius(e.members, largest);
            return e.covered ? (
              <circle
                key={e.id}
                cx={c.x}
                cy={c.y}
                r={r}
                fill={colours.inside}
                fillOpacity={0.75}
                stroke="#fff"
              >
                <title>{`${nameIn(e, lang)} · ${e.members}`}</title>
              </circle>
            ) : (
              <polygon
                key={e.id}
                points={trianglePoints(c, r)}
                fill={colours.outside}
                fillOpacity={0.8}
                stroke="#fff"
              >
                <title>{`${nameIn(e, lang)} · ${e.members}`}</title>
              </polygon>
            );
          })}
          {coverage.points.map((p) => {
            const c = at(p);
            return (
              <g key={p.id}>
                <rect
                  x={c.x - 6}
                  y={c.y - 6}
                  width={12}
                  height={12}
                  rx={2}
                  fill={p.open ? colours.point : colours.closed}
                  stroke="#fff"
                  strokeWidth={2}
                />
                <title>{nameIn(p, lang)}</title>
              </g>
            );
          })}
          {suggestions.map((s) => {
            const c = at(s.site);
            return (
              <g key={`m-${s.site.id}`}>
                <polygon
                  points={`${c.x},${c.y - 10} ${c.x + 10},${c.y} ${c.x},${c.y + 10} ${c.x - 10},${c.y}`}
                  fill={colours.suggestion}
                  stroke="#fff"
                  strokeWidth={2}
                />
                <text x={c.x} y={c.y + 4} textAnchor="middle" className="coverage-map-rank">
                  {s.rank}
                </text>
              </g>
            );
          })}
        </svg>
        {coverage.map.attribution && tiles.length ? (
          <div className="coverage-map-attribution">{coverage.map.attribution}</div>
        ) : null}
        <div className="coverage-map-controls">
          <Space direction="vertical" size={4}>
            <Tooltip title={t('map.zoomIn')} placement="left">
              <Button
                size="small"
                icon={<PlusOutlined />}
                aria-label={t('map.zoomIn')}
                onClick={() => setView((v) => zoomBy(v, 1))}
              />
            </Tooltip>
            <Tooltip title={t('map.zoomOut')} placement="left">
              <Button
                size="small"
                icon={<MinusOutlined />}
                aria-label={t('map.zoomOut')}
                onClick={() => setView((v) => zoomBy(v, -1))}
              />
            </Tooltip>
            <Tooltip title={t('map.fit')} placement="left">
              <Button
                size="small"
                icon={<AimOutlined />}
                aria-label={t('map.fit')}
                onClick={() => setView(fitted)}
              />
            </Tooltip>
          </Space>
        </div>
        <div className="coverage-map-pan">
          <Button
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={t('map.north')}
            onClick={() => setView((v) => pan(v, 0, -STEP))}
          />
          <div>
            <Button
              size="small"
              icon={<ArrowLeftOutlined />}
              aria-label={t('map.west')}
              onClick={() => setView((v) => pan(v, -STEP, 0))}
            />
            <Button
              size="small"
              icon={<ArrowRightOutlined />}
              aria-label={t('map.east')}
              onClick={() => setView((v) => pan(v, STEP, 0))}
            />
          </div>
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={t('map.south')}
            onClick={() => setView((v) => pan(v, 0, STEP))}
          />
        </div>
      </div>
      <Legend hasSuggestions={suggestions.length > 0} />
    </div>
  );
}

function centroid(ring: { lat: number; lng: number }[]) {
  const n = Math.max(1, ring.length);
  return { lat: ring.reduce((s, p) => s + p.lat, 0) / n, lng: ring.reduce((s, p) => s + p.lng, 0) / n };
}

function Legend({ hasSuggestions }: { hasSuggestions: boolean }) {
  const { t } = useCoverageTranslation();
  const item = (swatch: React.ReactNode, label: string) => (
    <li>
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        {swatch}
      </svg>
      <span>{label}</span>
    </li>
  );
  return (
    <div className="coverage-legend">
      <strong>{t('legend.title')}</strong>
      <ul>
        {item(<rect x="3" y="3" width="12" height="12" rx="2" fill={colours.point} />, t('legend.point'))}
        {item(<rect x="3" y="3" width="12" height="12" rx="2" fill={colours.closed} />, t('legend.closed'))}
        {item(
          <circle cx="9" cy="9" r="7" fill={colours.point} fillOpacity={0.1} stroke={colours.point} />,
          t('legend.circle'),
        )}
        {item(<circle cx="9" cy="9" r="6" fill={colours.inside} />, t('legend.inside'))}
        {item(<polygon points="9,2 16,15 2,15" fill={colours.outside} />, t('legend.outside'))}
        {hasSuggestions
          ? item(<polygon points="9,1 17,9 9,17 1,9" fill={colours.suggestion} />, t('legend.suggestion'))
          : null}
        <li className="coverage-legend-note">{t('legend.size')}</li>
      </ul>
    </div>
  );
}
