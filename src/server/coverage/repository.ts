import { and, asc, eq, gte, inArray, isNotNull, isNull, like, lte, ne } from 'drizzle-orm';
import type { Boundary } from '../../core/coverage/boundary';
import type { OpeningHours } from '../../core/coverage/types';
import { rosterExceptions } from '../booking/tables';
import type { Db } from '../db/client';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';
import { tenants } from '../tenancy/tables';

/** Organisations that count as enterprises on the map: they report members and have a workplace. */
export const enterpriseKinds = ['enterprise_union', 'grassroots_union'] as const;
/** Organisations whose premises could host a new point (union offices, workers' homes). */
export const premisesKinds = [
  'federation',
  'district_union',
  'industry_union',
  'enterprise_union',
  'grassroots_union',
] as const;

export interface OrgRef {
  id: string;
  tenantId: string;
  path: string;
  kind: string;
  name: string;
  nameEn: string | null;
}

const orgRef = {
  id: organisations.id,
  tenantId: organisations.tenantId,
  path: organisations.path,
  kind: organisations.kind,
  name: organisations.name,
  nameEn: organisations.nameEn,
};

export async function findOrg(db: Db, id: string): Promise<OrgRef | undefined> {
  const [row] = await db.select(orgRef).from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function tenantRoot(db: Db, tenantId: string): Promise<OrgRef | undefined> {
  const [row] = await db
    .select(orgRef)
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), isNull(organisations.parentId)));
  return row;
}

export async function tenantZone(db: Db, tenantId: string): Promise<string> {
  const [row] = await db.select({ zone: tenants.timeZone }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.zone ?? 'Asia/Shanghai';
}

export interface PointRow {
  id: string;
  organisationId: string;
  name: string;
  nameEn: string;
  kind: string;
  lat: number;
  lng: number;
  active: boolean;
  openingHours: OpeningHours[];
  timeZone: string;
}

/**
 * Every physical service point of the tenant with coordinates, whoever runs it: a worker walks to the
 * nearest point, not to their own district's. (Service points are public; the worker app lists them all.)
 */
export async function tenantPoints(db: Db, tenantId: string): Promise<PointRow[]> {
  const rows = await db
    .select({
      id: servicePoints.id,
      organisationId: servicePoints.organisationId,
      name: servicePoints.name,
      nameEn: servicePoints.nameEn,
      kind: servicePoints.kind,
      lat: servicePoints.latitude,
      lng: servicePoints.longitude,
      active: servicePoints.active,
      openingHours: servicePoints.openingHours,
      timeZone: servicePoints.timeZone,
    })
    .from(servicePoints)
    .where(
      and(
        eq(servicePoints.tenantId, tenantId),
        ne(servicePoints.kind, 'remote'),
        isNotNull(servicePoints.latitude),
        isNotNull(servicePoints.longitude),
      ),
    )
    .orderBy(asc(servicePoints.name));
  return rows.map((r) => ({ ...r, lat: r.lat as number, lng: r.lng as number }));
}

/** Whole-point closed days (holidays; rosterId null) between two calendar days, by point. */
export async function closedDays(
  db: Db,
  pointIds: string[],
  from: string,
  to: string,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (pointIds.length === 0) return out;
  const rows = await db
    .select({ pointId: rosterExceptions.servicePointId, date: rosterExceptions.date })
    .from(rosterExceptions)
    .where(
      and(
        inArray(rosterExceptions.servicePointId, pointIds),
        isNull(rosterExceptions.rosterId),
        gte(rosterExceptions.date, from),
        lte(rosterExceptions.date, to),
      ),
    );
  for (const r of rows) out.set(r.pointId, [...(out.get(r.pointId) ?? []), r.date]);
  return out;
}

export interface OrgPlaceRow {
  id: string;
  path: string;
  kind: string;
  name: string;
  nameEn: string | null;
  members: number | null;
  lat: number | null;
  lng: number | null;
  boundary: Boundary | null;
}

/** Active organisations of some kinds inside a subtree (by materialised path), with their places. */
export async function orgsInSubtree(
  db: Db,
  tenantId: string,
  path: string,
  kinds: readonly string[],
): Promise<OrgPlaceRow[]> {
  return db
    .select({
      id: organisations.id,
      path: organisations.path,
      kind: organisations.kind,
      name: organisations.name,
      nameEn: organisations.nameEn,
      members: organisations.memberCount,
      lat: organisations.latitude,
      lng: organisations.longitude,
      boundary: organisations.boundary,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        like(organisations.path, `${path}%`),
        eq(organisations.active, true),
        inArray(organisations.kind, [...kinds]),
      ),
    )
    .orderBy(asc(organisations.path));
}
