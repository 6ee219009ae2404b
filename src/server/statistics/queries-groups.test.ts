import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFeedback, eventHosts, eventRegistrations, eventWalkIns, groupEvents } from '../events/tables';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { groupsFamily } from './queries-groups';
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

interface E {
  tenantId: string;
  /** Whom it should count for: the invited enterprise, else the organisation it sits under. */
  orgId: string;
  pointId: string | null;
  status: 'draft' | 'published' | 'cancelled';
  startsAt: Date;
  audiences: string[];
  hosts: string[];
  checkedIn: number;
  walkIns: number[];
  ratings: number[];
}

describe.each(testDrivers)('group-service figures ($name)', (driver) => {
  let db: TestDatabase;
  let w: World;
  const records: E[] = [];

  beforeAll(async () => {
    db = await driver.open();
    const d = db.database.db;
    w = await buildWorld(d);
    const r = prng(33);
    const starts = [edges.firstInstant, edges.justBefore, edges.lastMinute, edges.justAfter];
    const audiencePool = ['truck_driver', 'delivery_rider', 'parent', 'office_staff', 'driver_family'];
    for (let i = 0; i < 50; i++) {
      const startsAt = starts[i] ?? new Date(november.from.getTime() + (r.int(40) - 5) * DAY + r.int(DAY));
      // Four kinds of place and ownership: at the district's point, an invitation for an enterprise at
      // the city's point, at an enterprise's site, online from the federation.
      const way = i % 4;
      const sitsUnder = [w.orgs.distA.id, w.orgs.root.id, w.orgs.ent2.id, w.orgs.root.id][way] as string;
      const invited = way === 1 ? (i % 8 === 1 ? w.orgs.grass1.id : w.orgs.ent3.id) : null;
      const pointId = way === 0 ? w.points.pA.id : way === 1 ? w.points.pRoot.id : null;
      const roll = r.next();
      const status = i < 4 ? 'published' : roll < 0.75 ? 'published' : roll < 0.88 ? 'draft' : 'cancelled';
      const e: E = {
        tenantId: w.tenantId,
        orgId: invited ?? sitsUnder,
        pointId,
        status,
        startsAt,
        audiences: audiencePool.filter(() => r.next() < 0.25),
        hosts: w.counsellors.filter(() => r.next() < 0.4),
        checkedIn: r.int(8),
        walkIns: r.next() < 0.5 ? [1 + r.int(15), ...(r.next() < 0.3 ? [2] : [])] : [],
        ratings: Array.from({ length: r.int(6) }, () => 1 + r.int(5)),
      };
      records.push(e);
      const [row] = await d
        .insert(groupEvents)
        .values({
          tenantId: w.tenantId,
          organisationId: sitsUnder,
          kind: 'lecture',
          title: `活动${i}`,
          titleEn: `Event ${i}`,
          placeKind: pointId ? 'service_point' : way === 2 ? 'site' : 'online',
          servicePointId: pointId,
          siteAddress: way === 2 ? '物流园8号' : null,
          onlineUrl: way === 3 ? 'https://meet.example.org/x' : null,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          capacity: 50,
          audiences: e.audiences,
          visibility: invited ? 'invitation' : 'open',
          invitedOrganisationId: invited,
          status,
        })
        .returning({ id: groupEvents.id });
      const eventId = row?.id as string;
      await d
        .insert(eventHosts)
        .values([
          ...e.hosts.map((userId) => ({ eventId, userId, name: '老师', nameEn: 'Host' })),
          { eventId, userId: null, name: '外请专家', nameEn: 'Guest expert' },
        ]);
      const regs = [
        ...Array.from({ length: e.checkedIn }, () => ({ status: 'registered', checkedInAt: startsAt })),
        ...Array.from({ length: r.int(4) }, () => ({ status: 'registered', checkedInAt: null })),
        ...Array.from({ length: r.int(3) }, () => ({ status: 'cancelled', checkedInAt: null })),
      ];
      if (regs.length)
        await d.insert(eventRegistrations).values(
          regs.map((x) => ({
            tenantId: w.tenantId,
            eventId,
            source: 'officer',
            status: x.status,
            checkedInAt: x.checkedInAt,
          })),
        );
      if (e.walkIns.length)
        await d.insert(eventWalkIns).values(e.walkIns.map((count) => ({ eventId, count })));
      if (e.ratings.length)
        await d
          .insert(eventFeedback)
          .values(e.ratings.map((rating) => ({ tenantId: w.tenantId, eventId, rating })));
    }
    // Another federation's event in the month.
    await d.insert(groupEvents).values({
      tenantId: w.otherTenantId,
      organisationId: w.orgs.root2.id,
      kind: 'lecture',
      title: '他市活动',
      titleEn: 'Elsewhere',
      placeKind: 'online',
      onlineUrl: 'https://meet.example.org/y',
      startsAt: new Date(november.from.getTime() + 2 * DAY),
      endsAt: new Date(november.from.getTime() + 2 * DAY + 3_600_000),
      capacity: 10,
      status: 'published',
    });
  });
  afterAll(async () => {
    await db.drop();
  });

  const tenant = (orgPath: string | null = null): StatsFilter => ({ tenantIds: [w.tenantId], orgPath });

  const held = (filter: StatsFilter, window: TimeWindow) =>
    records.filter(
      (e) => e.status === 'published' && keeps(w, filter, e.tenantId, e.orgId) && inside(e.startsAt, window),
    );

  function expected(
    filter: StatsFilter,
    window: TimeWindow,
    pick: (e: E) => boolean = () => true,
  ): RawValues {
    const es = held(filter, window).filter(pick);
    const ratings = es.flatMap((e) => e.ratings);
    let attendance = 0;
    for (const e of es) attendance += e.checkedIn + e.walkIns.reduce((a, b) => a + b, 0);
    return {
      'events.held': es.length,
      'events.attendance': attendance,
      'events.feedback': ratings.length,
      'events.rating': ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
    };
  }

  it('counts events held, attendance, feedback and the mean rating, edges in the zone', async () => {
    const got = await groupsFamily.totals(db.database.db, tenant(), november);
    expect(sameValues(got, expected(tenant(), november))).toEqual([]);
    expect(got['events.held']).toBeGreaterThan(15);
    expect(got['events.attendance']).toBeGreaterThan(got['events.held'] ?? 0);
  });

  it('counts an invitation for the invited enterprise, other events where they sit', async () => {
    for (const org of [w.orgs.distA, w.orgs.ent1, w.orgs.grass1, w.orgs.ent2, w.orgs.distB, w.orgs.ent3]) {
      const f = tenant(org.path);
      expect(
        sameValues(await groupsFamily.totals(db.database.db, f, november), expected(f, november)),
        org.path,
      ).toEqual([]);
    }
    const both: StatsFilter = { tenantIds: [w.tenantId, w.otherTenantId], orgPath: null };
    expect((await groupsFamily.totals(db.database.db, both, november))['events.held']).toBe(
      held(tenant(), november).length + 1,
    );
  });

  it('gives each day its bucket, with no rating where no feedback came', async () => {
    const got = await groupsFamily.trend(db.database.db, tenant(), novemberDays);
    got.forEach((values, i) => {
      expect(sameValues(values, expected(tenant(), novemberDays[i] as TimeWindow))).toEqual([]);
    });
    expect(got.some((v) => v['events.rating'] === null)).toBe(true);
  });

  it('breaks down by organisation, point, audience, employment form, industry and host', async () => {
    const check = (got: BreakdownGroup[] | null, keysOf: (e: E) => string[]) => {
      const es = held(tenant(), november);
      const keys = [...new Set(es.flatMap(keysOf))].sort();
      expect(got?.map((g) => g.rowKey).sort()).toEqual(keys);
      for (const k of keys)
        expect(
          sameValues(
            got?.find((g) => g.rowKey === k)?.values ?? {},
            expected(tenant(), november, (e) => keysOf(e).includes(k)),
          ),
          k,
        ).toEqual([]);
    };
    const children = {
      [w.orgs.distA.id]: w.orgs.distA.path,
      [w.orgs.distB.id]: w.orgs.distB.path,
      [w.orgs.partner.id]: w.orgs.partner.path,
    };
    const byOrg = await groupsFamily.breakdown(db.database.db, tenant(), november, {
      dimension: 'organisation',
      childPaths: children,
    });
    check(byOrg, (e) => [orgRowOf(pathOf(w, e.orgId), children)]);
    expect(byOrg?.map((g) => g.rowKey)).toContain('self');
    const breakdown = (
      dimension: 'service_point' | 'audience' | 'employment_form' | 'industry' | 'counsellor',
    ) => groupsFamily.breakdown(db.database.db, tenant(), november, { dimension });
    check(await breakdown('service_point'), (e) => [e.pointId ?? 'none']);
    check(await breakdown('audience'), (e) => (e.audiences.length ? e.audiences : ['none']));
    const forms = ['truck_driver', 'delivery_rider'];
    check(await breakdown('employment_form'), (e) => {
      const mine = e.audiences.filter((a) => forms.includes(a));
      return mine.length ? mine : ['none'];
    });
    check(await breakdown('industry'), (e) => [industryOf(w, e.orgId)]);

    const byHost = await breakdown('counsellor');
    const hosts = [...new Set(held(tenant(), november).flatMap((e) => e.hosts))].sort();
    expect(byHost?.map((g) => g.rowKey).sort()).toEqual(hosts);
    for (const g of byHost ?? [])
      expect(g.values).toEqual({
        'events.held': held(tenant(), november).filter((e) => e.hosts.includes(g.rowKey)).length,
      });
  });

  it('answers zeros and no rating for an empty window', async () => {
    expect(await groupsFamily.totals(db.database.db, tenant(), emptyWindow)).toEqual({
      'events.held': 0,
      'events.attendance': 0,
      'events.feedback': 0,
      'events.rating': null,
    });
    expect(await groupsFamily.trend(db.database.db, tenant(), [emptyWindow])).toEqual([
      { 'events.held': 0, 'events.attendance': 0, 'events.feedback': 0, 'events.rating': null },
    ]);
  });
});
