import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookings, slots } from '../booking/tables';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { counsellingFamily } from './queries-counselling';
import type { RawValues, StatsFilter, TimeWindow } from './query-types';
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

interface B {
  tenantId: string;
  pointId: string;
  orgId: string;
  counsellorId: string;
  startsAt: Date;
  minutes: number;
  status: 'booked' | 'cancelled' | 'attended' | 'no_show';
  source: 'worker' | 'walk_in' | 'waitlist';
}

describe.each(testDrivers)('counselling figures ($name)', (driver) => {
  let db: TestDatabase;
  let w: World;
  const records: B[] = [];

  beforeAll(async () => {
    db = await driver.open();
    w = await buildWorld(db.database.db);
    const r = prng(8);
    const points = [w.points.pRoot, w.points.pA, w.points.pE1, w.points.pB];
    const taken = new Map<string, [number, number][]>();
    const place = (b: B): boolean => {
      const s = b.startsAt.getTime();
      const e = s + b.minutes * 60_000;
      const mine = taken.get(b.counsellorId) ?? [];
      if (mine.some(([a, z]) => s < z && a < e)) return false;
      mine.push([s, e]);
      taken.set(b.counsellorId, mine);
      records.push(b);
      return true;
    };
    const at = (pointIdx: number, start: Date, minutes: number, status: B['status'], source: B['source']) => {
      const p = points[pointIdx] ?? w.points.pRoot;
      return {
        tenantId: w.tenantId,
        pointId: p.id,
        orgId: p.orgId,
        startsAt: start,
        minutes,
        status,
        source,
      };
    };
    // The edges of the month in the zone, by different counsellors so they never overlap.
    place({
      ...at(1, edges.firstInstant, 60, 'attended', 'worker'),
      counsellorId: w.counsellors[0] as string,
    });
    place({ ...at(2, edges.justBefore, 30, 'attended', 'worker'), counsellorId: w.counsellors[1] as string });
    place({
      ...at(3, edges.lastMinute, 50, 'attended', 'walk_in'),
      counsellorId: w.counsellors[2] as string,
    });
    place({ ...at(0, edges.justAfter, 60, 'no_show', 'worker'), counsellorId: w.counsellors[0] as string });
    for (let i = 0; i < 160; i++) {
      const day = r.int(42) - 6;
      const start = new Date(november.from.getTime() + day * 86_400_000 + (8 + r.int(12)) * 3_600_000);
      const roll = r.next();
      const status: B['status'] =
        roll < 0.5 ? 'attended' : roll < 0.7 ? 'no_show' : roll < 0.8 ? 'booked' : 'cancelled';
      const source: B['source'] =
        status === 'attended' && r.next() < 0.3 ? 'walk_in' : r.next() < 0.2 ? 'waitlist' : 'worker';
      place({
        ...at(r.int(4), start, r.pick([30, 50, 60, 90]), status, source),
        counsellorId: r.pick(w.counsellors),
      });
    }
    // Another federation's sessions in the same month.
    for (let i = 0; i < 6; i++)
      place({
        tenantId: w.otherTenantId,
        pointId: w.points.p2.id,
        orgId: w.points.p2.orgId,
        counsellorId: w.otherCounsellor,
        startsAt: new Date(november.from.getTime() + i * 86_400_000 + 10 * 3_600_000),
        minutes: 60,
        status: 'attended',
        source: 'worker',
      });
    for (const b of records) {
      const [slot] = await db.database.db
        .insert(slots)
        .values({
          tenantId: b.tenantId,
          servicePointId: b.pointId,
          counsellorId: b.counsellorId,
          kind: b.source === 'walk_in' ? 'walk_in' : 'rostered',
          startsAt: b.startsAt,
          endsAt: new Date(b.startsAt.getTime() + b.minutes * 60_000),
          modes: ['in_person'],
        })
        .returning({ id: slots.id });
      await db.database.db.insert(bookings).values({
        tenantId: b.tenantId,
        slotId: slot?.id as string,
        servicePointId: b.pointId,
        counsellorId: b.counsellorId,
        source: b.source,
        topic: 'work',
        mode: 'in_person',
        status: b.status,
      });
    }
  });
  afterAll(async () => {
    await db.drop();
  });

  const tenant = (orgPath: string | null = null): StatsFilter => ({ tenantIds: [w.tenantId], orgPath });

  /** The figures worked out from the fixture records, independently of the SQL. */
  function expected(
    filter: StatsFilter,
    window: TimeWindow,
    pick: (b: B) => boolean = () => true,
  ): RawValues {
    const rs = records.filter(
      (b) => keeps(w, filter, b.tenantId, b.orgId) && inside(b.startsAt, window) && pick(b),
    );
    const attended = rs.filter((b) => b.status === 'attended');
    return {
      'counselling.sessions': attended.length,
      'counselling.hours': attended.reduce((s, b) => s + b.minutes, 0) / 60,
      'counselling.attended': attended.filter((b) => b.source !== 'walk_in').length,
      'counselling.no_shows': rs.filter((b) => b.status === 'no_show').length,
    };
  }

  it('counts sessions, hours, attended and no-shows over the month, its edges in the zone included', async () => {
    const got = await counsellingFamily.totals(db.database.db, tenant(), november);
    expect(sameValues(got, expected(tenant(), november))).toEqual([]);
    // The fixture really does sit on both edges: the first instant and the last minute count, the
    // minute before and the first instant of December do not.
    expect(got['counselling.sessions']).toBeGreaterThan(10);
    const edgeOnly = await counsellingFamily.totals(db.database.db, tenant(), {
      from: edges.justBefore,
      to: new Date(edges.firstInstant.getTime() + 1),
    });
    expect(edgeOnly['counselling.sessions']).toBe(2);
  });

  it('keeps to a subtree and to the named tenants', async () => {
    for (const org of [w.orgs.distA, w.orgs.ent1, w.orgs.ent3, w.orgs.distB]) {
      const f = tenant(org.path);
      expect(
        sameValues(await counsellingFamily.totals(db.database.db, f, november), expected(f, november)),
      ).toEqual([]);
    }
    const both: StatsFilter = { tenantIds: [w.tenantId, w.otherTenantId], orgPath: null };
    const got = await counsellingFamily.totals(db.database.db, both, november);
    expect(sameValues(got, expected(both, november))).toEqual([]);
    expect(got['counselling.sessions']).toBe(
      ((await counsellingFamily.totals(db.database.db, tenant(), november))['counselling.sessions'] ?? 0) + 6,
    );
  });

  it('gives each day of the month its own bucket in one answer', async () => {
    const got = await counsellingFamily.trend(db.database.db, tenant(w.orgs.distA.path), novemberDays);
    expect(got).toHaveLength(30);
    got.forEach((values, i) => {
      expect(sameValues(values, expected(tenant(w.orgs.distA.path), novemberDays[i] as TimeWindow))).toEqual(
        [],
      );
    });
  });

  it('breaks down by child organisation (with the scope itself as self), point, counsellor and industry', async () => {
    const children = {
      [w.orgs.distA.id]: w.orgs.distA.path,
      [w.orgs.distB.id]: w.orgs.distB.path,
      [w.orgs.partner.id]: w.orgs.partner.path,
    };
    const byOrg = await counsellingFamily.breakdown(db.database.db, tenant(), november, {
      dimension: 'organisation',
      childPaths: children,
    });
    const rowsOf = (keyOf: (b: B) => string) => {
      const keys = new Set(
        records
          .filter(
            (b) =>
              b.tenantId === w.tenantId &&
              inside(b.startsAt, november) &&
              b.status !== 'cancelled' &&
              b.status !== 'booked',
          )
          .map(keyOf),
      );
      return [...keys]
        .sort()
        .map((k) => ({ rowKey: k, values: expected(tenant(), november, (b) => keyOf(b) === k) }));
    };
    const check = (
      got: { rowKey: string; values: RawValues }[] | null,
      want: { rowKey: string; values: RawValues }[],
    ) => {
      expect(got?.map((g) => g.rowKey).sort()).toEqual(want.map((x) => x.rowKey));
      for (const x of want)
        expect(sameValues(got?.find((g) => g.rowKey === x.rowKey)?.values ?? {}, x.values)).toEqual([]);
    };
    check(
      byOrg,
      rowsOf((b) => orgRowOf(pathOf(w, b.orgId), children)),
    );
    expect(byOrg?.map((g) => g.rowKey)).toContain('self');

    // One level down: the district's enterprises, the district's own point as `self`.
    const inA = { [w.orgs.ent1.id]: w.orgs.ent1.path, [w.orgs.ent2.id]: w.orgs.ent2.path };
    const byOrgA = await counsellingFamily.breakdown(db.database.db, tenant(w.orgs.distA.path), november, {
      dimension: 'organisation',
      childPaths: inA,
    });
    expect(byOrgA?.map((g) => g.rowKey).sort()).toEqual([w.orgs.ent1.id, 'self'].sort());
    const pE1 = expected(tenant(w.orgs.ent1.path), november);
    expect(sameValues(byOrgA?.find((g) => g.rowKey === w.orgs.ent1.id)?.values ?? {}, pE1)).toEqual([]);

    check(
      await counsellingFamily.breakdown(db.database.db, tenant(), november, { dimension: 'service_point' }),
      rowsOf((b) => b.pointId),
    );
    check(
      await counsellingFamily.breakdown(db.database.db, tenant(), november, { dimension: 'industry' }),
      rowsOf((b) => industryOf(w, b.orgId)),
    );

    // Per counsellor: workload only.
    const byCounsellor = await counsellingFamily.breakdown(db.database.db, tenant(), november, {
      dimension: 'counsellor',
    });
    for (const g of byCounsellor ?? []) {
      expect(Object.keys(g.values).sort()).toEqual(['counselling.hours', 'counselling.sessions']);
      const e = expected(tenant(), november, (b) => b.counsellorId === g.rowKey);
      expect(
        sameValues(g.values, {
          'counselling.sessions': e['counselling.sessions'],
          'counselling.hours': e['counselling.hours'],
        }),
      ).toEqual([]);
    }
    expect(byCounsellor?.map((g) => g.rowKey).sort()).toEqual([...w.counsellors].sort());

    expect(
      await counsellingFamily.breakdown(db.database.db, tenant(), november, { dimension: 'audience' }),
    ).toBeNull();
  });

  it('answers zeros for a window with nothing in it', async () => {
    expect(await counsellingFamily.totals(db.database.db, tenant(), emptyWindow)).toEqual({
      'counselling.sessions': 0,
      'counselling.hours': 0,
      'counselling.attended': 0,
      'counselling.no_shows': 0,
    });
    expect(
      await counsellingFamily.breakdown(db.database.db, tenant(), emptyWindow, {
        dimension: 'service_point',
      }),
    ).toEqual([]);
  });
});
