import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceMenuItems, serviceOrders } from '../orders/tables';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { ordersFamily } from './queries-orders';
import type { BreakdownGroup, RawValues, StatsFilter, TimeWindow } from './query-types';
import {
  buildWorld,
  edges,
  emptyWindow,
  industryOf,
  inside,
  keeps,
  november,
  novemberDays,
  orgRowOf,
  pathOf,
  prng,
  sameValues,
  type World,
} from './test-world';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface O {
  tenantId: string;
  orgId: string;
  audiences: string[];
  state: string;
  submittedAt: Date;
  deliveredAt: Date | null;
  ratedAt: Date | null;
  rating: number | null;
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

describe.each(testDrivers)('order figures ($name)', (driver) => {
  let db: TestDatabase;
  let w: World;
  const records: O[] = [];

  beforeAll(async () => {
    db = await driver.open();
    const d = db.database.db;
    w = await buildWorld(d);
    const r = prng(47);
    const [item] = await d
      .insert(serviceMenuItems)
      .values({
        tenantId: w.tenantId,
        kind: 'lecture',
        title: '讲座',
        titleEn: 'Lecture',
        durationMinutes: 90,
        maxHeadcount: 100,
      })
      .returning();
    const placedAt = [edges.firstInstant, edges.justBefore, edges.lastMinute, edges.justAfter];
    const orderers = [w.orgs.ent1, w.orgs.grass1, w.orgs.ent2, w.orgs.ent3, w.orgs.distA];
    const pool = ['truck_driver', 'ride_hailing_driver', 'factory_shift', 'parent'];
    for (let i = 0; i < 70; i++) {
      const submittedAt =
        placedAt[i] ?? new Date(november.from.getTime() + (r.int(40) - 12) * DAY + r.int(DAY));
      const roll = r.next();
      const delivered = roll < 0.55;
      const deliveredAt = delivered
        ? new Date(submittedAt.getTime() + (1 + r.int(400)) * HOUR + r.int(HOUR))
        : null;
      const rated = delivered && r.next() < 0.6;
      const o: O = {
        tenantId: w.tenantId,
        orgId: (orderers[i % orderers.length] as { id: string }).id,
        audiences: pool.filter(() => r.next() < 0.3),
        state: rated
          ? 'rated'
          : delivered
            ? 'delivered'
            : r.pick(['submitted', 'accepted', 'declined', 'cancelled']),
        submittedAt,
        deliveredAt,
        ratedAt: rated && deliveredAt ? new Date(deliveredAt.getTime() + r.int(72) * HOUR) : null,
        rating: rated ? 1 + r.int(5) : null,
      };
      records.push(o);
    }
    const other: O = {
      tenantId: w.otherTenantId,
      orgId: w.orgs.root2.id,
      audiences: [],
      state: 'submitted',
      submittedAt: new Date(november.from.getTime() + 4 * DAY),
      deliveredAt: null,
      ratedAt: null,
      rating: null,
    };
    const [otherItem] = await d
      .insert(serviceMenuItems)
      .values({
        tenantId: w.otherTenantId,
        kind: 'lecture',
        title: '讲座',
        titleEn: 'Lecture',
        durationMinutes: 60,
        maxHeadcount: 50,
      })
      .returning();
    await d.insert(serviceOrders).values(
      [...records, other].map((o) => ({
        tenantId: o.tenantId,
        organisationId: o.orgId,
        menuItemId: (o.tenantId === w.tenantId ? item?.id : otherItem?.id) as string,
        state: o.state,
        preferredDates: [{ date: '2026-11-20' }],
        headcount: 40,
        siteName: '会议室',
        siteAddress: '某路1号',
        audiences: o.audiences,
        submittedAt: o.submittedAt,
        deliveredAt: o.deliveredAt,
        ratedAt: o.ratedAt,
        rating: o.rating,
        cancelledAt: o.state === 'cancelled' ? new Date(o.submittedAt.getTime() + HOUR) : null,
      })),
    );
  });
  afterAll(async () => {
    await db.drop();
  });

  const tenant = (orgPath: string | null = null): StatsFilter => ({ tenantIds: [w.tenantId], orgPath });

  function expected(
    filter: StatsFilter,
    window: TimeWindow,
    pick: (o: O) => boolean = () => true,
  ): RawValues {
    const os = records.filter((o) => keeps(w, filter, o.tenantId, o.orgId) && pick(o));
    const delivered = os.filter((o) => inside(o.deliveredAt, window));
    const rated = os.filter((o) => o.rating !== null && inside(o.ratedAt, window));
    return {
      'orders.placed': os.filter((o) => inside(o.submittedAt, window)).length,
      'orders.delivered': delivered.length,
      'orders.delivery_median_hours': median(
        delivered.map((o) => ((o.deliveredAt as Date).getTime() - o.submittedAt.getTime()) / HOUR),
      ),
      'orders.rated': rated.length,
      'orders.rating': rated.length
        ? rated.reduce((s, o) => s + (o.rating as number), 0) / rated.length
        : null,
    };
  }

  it('counts orders placed, delivered (with the median hours) and rated, edges in the zone', async () => {
    const got = await ordersFamily.totals(db.database.db, tenant(), november);
    expect(sameValues(got, expected(tenant(), november))).toEqual([]);
    expect(got['orders.placed']).toBeGreaterThan(20);
    expect(got['orders.delivered']).toBeGreaterThan(5);
    expect(got['orders.delivery_median_hours']).not.toBeNull();
  });

  it('keeps to the ordering enterprise and its subtree, and to the named tenants', async () => {
    for (const org of [w.orgs.distA, w.orgs.ent1, w.orgs.grass1, w.orgs.distB, w.orgs.partner]) {
      const f = tenant(org.path);
      expect(
        sameValues(await ordersFamily.totals(db.database.db, f, november), expected(f, november)),
        org.path,
      ).toEqual([]);
    }
    const both: StatsFilter = { tenantIds: [w.tenantId, w.otherTenantId], orgPath: null };
    expect((await ordersFamily.totals(db.database.db, both, november))['orders.placed']).toBe(
      (expected(tenant(), november)['orders.placed'] ?? 0) + 1,
    );
  });

  it('gives each day its bucket, medians and means per bucket', async () => {
    const got = await ordersFamily.trend(db.database.db, tenant(), novemberDays);
    got.forEach((values, i) => {
      expect(sameValues(values, expected(tenant(), novemberDays[i] as TimeWindow)), String(i)).toEqual([]);
    });
    expect(got.some((v) => v['orders.delivery_median_hours'] === null)).toBe(true);
  });

  it('breaks down by organisation, industry, audience and employment form', async () => {
    const check = (got: BreakdownGroup[] | null, keysOf: (o: O) => string[]) => {
      const want = [...new Set(records.flatMap(keysOf))]
        .sort()
        .map((k) => ({ rowKey: k, values: expected(tenant(), november, (o) => keysOf(o).includes(k)) }))
        .filter((x) => Object.values(x.values).some((v) => v !== 0 && v !== null));
      expect(got?.map((g) => g.rowKey).sort()).toEqual(want.map((x) => x.rowKey));
      for (const x of want)
        expect(sameValues(got?.find((g) => g.rowKey === x.rowKey)?.values ?? {}, x.values), x.rowKey).toEqual(
          [],
        );
    };
    const inA = { [w.orgs.ent1.id]: w.orgs.ent1.path, [w.orgs.ent2.id]: w.orgs.ent2.path };
    const byOrg = await ordersFamily.breakdown(db.database.db, tenant(w.orgs.distA.path), november, {
      dimension: 'organisation',
      childPaths: inA,
    });
    // Within the district: its enterprises (the grassroots union's orders in its enterprise's row) and
    // the district's own orders as `self`.
    const inDistrict = (o: O) => pathOf(w, o.orgId)?.startsWith(w.orgs.distA.path) ?? false;
    const rowA = (o: O) => orgRowOf(pathOf(w, o.orgId), inA);
    const wantA = [...new Set(records.filter(inDistrict).map(rowA))]
      .sort()
      .filter((k) =>
        Object.values(expected(tenant(w.orgs.distA.path), november, (o) => rowA(o) === k)).some(
          (v) => v !== 0 && v !== null,
        ),
      );
    expect(wantA).toContain('self');
    expect(byOrg?.map((g) => g.rowKey).sort()).toEqual(wantA);
    for (const k of wantA)
      expect(
        sameValues(
          byOrg?.find((g) => g.rowKey === k)?.values ?? {},
          expected(tenant(w.orgs.distA.path), november, (o) => orgRowOf(pathOf(w, o.orgId), inA) === k),
        ),
      ).toEqual([]);
    const breakdown = (dimension: 'industry' | 'audience' | 'employment_form') =>
      ordersFamily.breakdown(db.database.db, tenant(), november, { dimension });
    check(await breakdown('industry'), (o) => [industryOf(w, o.orgId)]);
    check(await breakdown('audience'), (o) => (o.audiences.length ? o.audiences : ['none']));
    check(await breakdown('employment_form'), (o) => {
      const mine = o.audiences.filter((a) => a === 'truck_driver' || a === 'ride_hailing_driver');
      return mine.length ? mine : ['none'];
    });
    expect(
      await ordersFamily.breakdown(db.database.db, tenant(), november, { dimension: 'service_point' }),
    ).toBeNull();
    expect(
      await ordersFamily.breakdown(db.database.db, tenant(), november, { dimension: 'counsellor' }),
    ).toBeNull();
  });

  it('answers zeros and null medians for an empty window', async () => {
    expect(await ordersFamily.totals(db.database.db, tenant(), emptyWindow)).toEqual({
      'orders.placed': 0,
      'orders.delivered': 0,
      'orders.delivery_median_hours': null,
      'orders.rated': 0,
      'orders.rating': null,
    });
  });
});
