import { randomUUID } from 'node:crypto';
import { dayStart } from '../../core/time';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';
import { insertTenant } from '../tenancy/repository';
import type { StatsFilter, TimeWindow } from './query-types';

/**
 * A small federation for the statistics tests, written straight into the tables: a tree with two districts,
 * enterprises with industries (one with a grassroots union under it), a partner institution, service points
 * at several levels, three counsellors — and a second federation whose records must never be counted.
 * The tests keep their fixture records as plain arrays and compute the expected figures from them in loops.
 */
export const ZONE = 'Asia/Shanghai';

export interface Org {
  id: string;
  parentId: string | null;
  path: string;
  industry: string | null;
}

export interface World {
  tenantId: string;
  otherTenantId: string;
  orgs: Record<'root' | 'distA' | 'ent1' | 'grass1' | 'ent2' | 'distB' | 'ent3' | 'partner' | 'root2', Org>;
  points: Record<'pRoot' | 'pA' | 'pE1' | 'pB' | 'p2', { id: string; orgId: string; tenantId: string }>;
  counsellors: string[];
  otherCounsellor: string;
  staff: string;
}

export async function buildWorld(db: Db): Promise<World> {
  const slug = `stats-${randomUUID().slice(0, 8)}`;
  const { tenant, rootOrganisationId } = await insertTenant(db, {
    kind: 'city',
    slug,
    name: '统计测试市总工会',
    nameEn: 'Statistics test city',
  });
  const other = await insertTenant(db, {
    kind: 'city',
    slug: `${slug}-b`,
    name: '他市总工会',
    nameEn: 'Other city',
  });
  const orgs = {
    root: { id: rootOrganisationId, parentId: null, path: `/${rootOrganisationId}/`, industry: null },
    root2: {
      id: other.rootOrganisationId,
      parentId: null,
      path: `/${other.rootOrganisationId}/`,
      industry: null,
    },
  } as World['orgs'];
  const add = async (
    key: keyof World['orgs'],
    parent: keyof World['orgs'],
    kind: string,
    industry: string | null = null,
  ) => {
    const id = randomUUID();
    const p = orgs[parent];
    orgs[key] = { id, parentId: p.id, path: `${p.path}${id}/`, industry };
    await db.insert(organisations).values({
      id,
      tenantId: tenant.id,
      parentId: p.id,
      path: orgs[key].path,
      kind,
      name: key,
      industry,
    });
  };
  await add('distA', 'root', 'district_union');
  await add('ent1', 'distA', 'enterprise_union', 'mining');
  await add('grass1', 'ent1', 'grassroots_union');
  await add('ent2', 'distA', 'enterprise_union', 'logistics');
  await add('distB', 'root', 'district_union');
  await add('ent3', 'distB', 'enterprise_union', 'mining');
  await add('partner', 'root', 'partner_institution');

  const point = async (orgKey: keyof World['orgs'], tenantId = tenant.id) => {
    const [row] = await db
      .insert(servicePoints)
      .values({
        tenantId,
        organisationId: orgs[orgKey].id,
        kind: 'district_station',
        name: `站点 ${orgKey}`,
        nameEn: `Point ${orgKey}`,
        address: '某路1号',
      })
      .returning({ id: servicePoints.id });
    if (!row) throw new Error('no point');
    return { id: row.id, orgId: orgs[orgKey].id, tenantId };
  };
  const points = {
    pRoot: await point('root'),
    pA: await point('distA'),
    pE1: await point('ent1'),
    pB: await point('distB'),
    p2: await point('root2', other.tenant.id),
  };
  const user = async (login: string, tenantId = tenant.id, orgId = rootOrganisationId) => {
    const [row] = await db
      .insert(users)
      .values({ tenantId, organisationId: orgId, login, displayName: login, passwordHash: 'x' })
      .returning({ id: users.id });
    if (!row) throw new Error('no user');
    return row.id;
  };
  const counsellors = [await user(`${slug}.c1`), await user(`${slug}.c2`), await user(`${slug}.c3`)];
  const otherCounsellor = await user(`${slug}.o1`, other.tenant.id, other.rootOrganisationId);
  const staff = await user(`${slug}.staff`);
  return {
    tenantId: tenant.id,
    otherTenantId: other.tenant.id,
    orgs,
    points,
    counsellors,
    otherCounsellor,
    staff,
  };
}

/** A deterministic generator, so a failing test fails the same way every time. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
  };
}

/** November 2026 in Asia/Shanghai, its days as trend buckets, and the month before. */
export const november: TimeWindow = { from: dayStart('2026-11-01', ZONE), to: dayStart('2026-12-01', ZONE) };
export const october: TimeWindow = { from: dayStart('2026-10-01', ZONE), to: dayStart('2026-11-01', ZONE) };
export const emptyWindow: TimeWindow = {
  from: dayStart('2025-01-01', ZONE),
  to: dayStart('2025-02-01', ZONE),
};
export const novemberDays: TimeWindow[] = Array.from({ length: 30 }, (_, i) => {
  const from = new Date(november.from.getTime() + i * 86_400_000);
  return { from, to: new Date(from.getTime() + 86_400_000) };
});

/** Instants the tests place records at on purpose: each side of the window's edges in the zone. */
export const edges = {
  firstInstant: november.from,
  justBefore: new Date(november.from.getTime() - 60_000),
  lastMinute: new Date(november.to.getTime() - 60_000),
  justAfter: november.to,
};

export const inside = (at: Date | null, w: TimeWindow): boolean =>
  at !== null && at.getTime() >= w.from.getTime() && at.getTime() < w.to.getTime();

/** The filter's subtree test on a record's attributed organisation (null: unattributed). */
export function keeps(world: World, filter: StatsFilter, tenantId: string, orgId: string | null): boolean {
  if (!filter.tenantIds.includes(tenantId)) return false;
  if (filter.orgPath === null) return true;
  if (orgId === null) return false;
  const org = Object.values(world.orgs).find((o) => o.id === orgId);
  return org?.path.startsWith(filter.orgPath) ?? false;
}

export const pathOf = (world: World, orgId: string | null): string | null =>
  orgId === null ? null : (Object.values(world.orgs).find((o) => o.id === orgId)?.path ?? null);

/** The organisation breakdown row a record belongs to, for a scope and its children. */
export function orgRowOf(path: string | null, childPaths: Record<string, string>): string {
  if (path === null) return 'none';
  for (const [id, p] of Object.entries(childPaths)) if (path.startsWith(p)) return id;
  return 'self';
}

/** The industry breakdown row: the organisation's own industry, else its parent's. */
export function industryOf(world: World, orgId: string | null): string {
  const all = Object.values(world.orgs);
  const org = all.find((o) => o.id === orgId);
  if (!org) return 'none';
  return org.industry ?? all.find((o) => o.id === org.parentId)?.industry ?? 'none';
}

/** Groups fixture records by a key into counts of what `add` returns. */
export function tally<T>(records: readonly T[], keyOf: (r: T) => string | null, add: (r: T) => number) {
  const out = new Map<string, number>();
  for (const r of records) {
    const k = keyOf(r);
    if (k === null) continue;
    out.set(k, (out.get(k) ?? 0) + add(r));
  }
  return out;
}

/** Compares raw values: counts exactly, sums, means and medians to six places, null as null. */
export function sameValues(
  actual: Partial<Record<string, number | null>>,
  expected: Partial<Record<string, number | null>>,
): string[] {
  const wrong: string[] = [];
  for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    const a = actual[key];
    const e = expected[key];
    const ok =
      a === e ||
      (typeof a === 'number' && typeof e === 'number' && Math.abs(a - e) < 1e-6 * Math.max(1, Math.abs(e)));
    if (!ok) wrong.push(`${key}: got ${a}, expected ${e}`);
  }
  return wrong;
}
