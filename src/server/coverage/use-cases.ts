import type { LatLng } from '../../core/booking/geo';
import { type Boundary, convexHull, outerRings, padHull } from '../../core/coverage/boundary';
import { coverageFigures } from '../../core/coverage/figures';
import {
  DETOUR_FACTOR,
  OVERHEAD_MINUTES,
  REACH_MINUTES,
  reachRadiusMetres,
  type Speeds,
  type TravelMode,
} from '../../core/coverage/reach';
import { MAX_SUGGESTIONS, suggestSites } from '../../core/coverage/suggestions';
import { isoWeekLabel, isoWeekOf, openInWeek } from '../../core/coverage/week';
import { localDateOf } from '../../core/time';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import {
  closedDays,
  enterpriseKinds,
  type OrgPlaceRow,
  orgsInSubtree,
  type PointRow,
  premisesKinds,
  tenantPoints,
  tenantZone,
} from './repository';
import { coverageScope } from './scope';

export interface CoverageQuery {
  mode: TravelMode;
  week?: string;
  organisationId?: string;
}

type Located = OrgPlaceRow & { lat: number; lng: number };
const located = (o: OrgPlaceRow): o is Located => o.lat !== null && o.lng !== null;
const asEnterprise = (o: Located) => ({ ...o, members: o.members ?? 0 });

/** What both answers share: the scope, the week, the radius, the points open that week, the enterprises. */
async function gather(db: Db, config: Config, ctx: RequestContext, q: CoverageQuery) {
  const scope = await coverageScope(db, ctx, q.organisationId);
  const zone = await tenantZone(db, scope.tenantId);
  const date = q.week ?? localDateOf(ctx.now, zone);
  const week = isoWeekOf(date);
  const speeds: Speeds = { walkKmh: config.map.walkKmh, driveKmh: config.map.driveKmh };
  const radiusMetres = reachRadiusMetres(q.mode, speeds);
  const points = await tenantPoints(db, scope.tenantId);
  const closed = await closedDays(
    db,
    points.map((p) => p.id),
    week.monday,
    week.sunday,
  );
  const withOpen = points.map((p) => ({
    ...p,
    open: openInWeek({ ...p, closedDates: closed.get(p.id) ?? [] }, date),
  }));
  const orgs = await orgsInSubtree(db, scope.tenantId, scope.path, premisesKinds);
  const enterpriseRows = orgs.filter((o) => (enterpriseKinds as readonly string[]).includes(o.kind));
  const enterprises = enterpriseRows.filter(located).map(asEnterprise);
  return {
    scope,
    date,
    week,
    speeds,
    radiusMetres,
    points: withOpen,
    orgs,
    enterprises,
    unlocated: enterpriseRows.length - enterprises.length,
  };
}

export interface DistrictOutline {
  id: string;
  name: string;
  nameEn: string | null;
  rings: LatLng[][];
  approximate: boolean;
}

/**
 * The districts drawn under the map: the district unions inside the scope, or the one the scope sits in.
 * A district without a stored outline gets the convex hull of its places (padded 600 m), marked approximate.
 */
function districtOutlines(orgs: OrgPlaceRow[], points: PointRow[]): DistrictOutline[] {
  const districts = orgs.filter((o) => o.kind === 'district_union');
  return districts
    .map((d): DistrictOutline => {
      if (d.boundary)
        return {
          id: d.id,
          name: d.name,
          nameEn: d.nameEn,
          rings: outerRings(d.boundary as Boundary),
          approximate: false,
        };
      const places: LatLng[] = orgs.filter((o) => o.path.startsWith(d.path)).filter(located);
      const inside = new Set(orgs.filter((o) => o.path.startsWith(d.path)).map((o) => o.id));
      for (const p of points) if (inside.has(p.organisationId)) places.push(p);
      const hull = padHull(convexHull(places), 600);
      return {
        id: d.id,
        name: d.name,
        nameEn: d.nameEn,
        rings: hull.length ? [hull] : [],
        approximate: true,
      };
    })
    .filter((d) => d.rings.length > 0);
}

export async function coverage(db: Db, config: Config, ctx: RequestContext, q: CoverageQuery) {
  const g = await gather(db, config, ctx, q);
  const open = g.points.filter((p) => p.open);
  const figures = coverageFigures(open, g.enterprises, g.radiusMetres);
  return {
    scope: g.scope,
    mode: q.mode,
    date: g.date,
    week: { ...g.week, label: isoWeekLabel(g.date) },
    minutes: REACH_MINUTES,
    radiusMetres: g.radiusMetres,
    estimate: {
      speeds: g.speeds,
      detourFactor: DETOUR_FACTOR[q.mode],
      overheadMinutes: OVERHEAD_MINUTES[q.mode],
    },
    map: { tileUrl: config.map.tileUrl ?? null, attribution: config.map.tileAttribution ?? null },
    figures: { enterprises: figures.enterprises, members: figures.members, unlocated: g.unlocated },
    points: g.points,
    enterprises: g.enterprises.map((e) => ({ ...e, covered: figures.coveredIds.has(e.id) })),
    outside: figures.outside,
    districts: districtOutlines(g.orgs, g.points),
  };
}

export async function suggestions(
  db: Db,
  config: Config,
  ctx: RequestContext,
  q: CoverageQuery & { count: number },
) {
  const g = await gather(db, config, ctx, q);
  const open = g.points.filter((p) => p.open);
  const figures = coverageFigures(open, g.enterprises, g.radiusMetres);
  const candidates = g.orgs.filter(located);
  const chosen = suggestSites(
    candidates,
    figures.outside,
    g.radiusMetres,
    Math.min(q.count, MAX_SUGGESTIONS),
  );
  const byId = new Map(g.enterprises.map((e) => [e.id, e]));
  let covered = figures.members.covered;
  return {
    scope: g.scope,
    mode: q.mode,
    date: g.date,
    radiusMetres: g.radiusMetres,
    members: { total: figures.members.total, covered: figures.members.covered },
    suggestions: chosen.map((s, i) => {
      covered += s.addedMembers;
      return {
        rank: i + 1,
        site: s.site,
        addedMembers: s.addedMembers,
        enterprises: s.addedEnterpriseIds.map((id) => byId.get(id)).filter((e) => e !== undefined),
        membersCoveredAfter: covered,
      };
    }),
  };
}
