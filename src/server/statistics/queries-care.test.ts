import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts } from '../alerts/tables';
import { bookings, slots } from '../booking/tables';
import { campaigns } from '../campaigns/tables';
import { cases, followUpTasks, referrals } from '../care/tables';
import { submissions } from '../checkup/tables';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { careFamily } from './queries-care';
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

/** A case as the test sees it: whom it counts for is worked out here from how it came in. */
interface C {
  tenantId: string;
  /** The organisation it should count for, by the contract's rule (computed in the fixture, not by SQL). */
  orgId: string | null;
  openedAt: Date;
  closedAt: Date | null;
  tasks: { dueAt: Date; status: 'open' | 'done' | 'cancelled'; completedAt: Date | null }[];
  referrals: { sentAt: Date; status: 'sent' | 'acknowledged' | 'declined' | 'withdrawn' }[];
}

describe.each(testDrivers)('care-loop figures ($name)', (driver) => {
  let db: TestDatabase;
  let w: World;
  const records: C[] = [];

  beforeAll(async () => {
    db = await driver.open();
    const d = db.database.db;
    w = await buildWorld(d);
    const r = prng(21);
    const [campaign] = await d
      .insert(campaigns)
      .values({
        tenantId: w.tenantId,
        organisationId: w.orgs.grass1.id,
        code: `c-${w.tenantId}`,
        name: '测评',
      })
      .returning();
    const [submission] = await d
      .insert(submissions)
      .values({
        tenantId: w.tenantId,
        campaignId: campaign?.id,
        checkupId: 'default',
        lang: 'zh-CN',
        answersSealed: 'x',
      })
      .returning();
    let n = 0;
    const alert = async (organisationId: string | null, submissionId: string | null) => {
      const [row] = await d
        .insert(alerts)
        .values({
          tenantId: w.tenantId,
          source: organisationId ? 'enterprise_referral' : 'shared_result',
          priority: 'normal',
          submissionId,
          consentVersion: 'v1',
          consentedAt: november.from,
          dueAt: november.from,
          organisationId,
          status: 'closed',
        })
        .returning();
      return row?.id as string;
    };
    const booking = async (at: Date) => {
      const [slot] = await d
        .insert(slots)
        .values({
          tenantId: w.tenantId,
          servicePointId: w.points.pA.id,
          counsellorId: w.counsellors[0] as string,
          kind: 'rostered',
          startsAt: at,
          endsAt: new Date(at.getTime() + 3_600_000),
          modes: ['in_person'],
        })
        .returning();
      const [b] = await d
        .insert(bookings)
        .values({
          tenantId: w.tenantId,
          slotId: slot?.id as string,
          servicePointId: w.points.pA.id,
          counsellorId: w.counsellors[0] as string,
          source: 'worker',
          topic: 'family',
          mode: 'in_person',
          status: 'attended',
        })
        .returning();
      return b?.id as string;
    };
    const openings = [edges.firstInstant, edges.justBefore, edges.lastMinute, edges.justAfter];
    for (let i = 0; i < 60; i++) {
      const openedAt = openings[i] ?? new Date(november.from.getTime() + (r.int(40) - 6) * DAY + r.int(DAY));
      // Five ways in: recorded on the case, an enterprise's alert, a campaign's shared result, an
      // appointment at the district's point, a hotline call (unattributed).
      const way = i % 5;
      const caseOrgId = way === 0 ? w.orgs.ent2.id : null;
      const alertId =
        way === 1
          ? await alert(w.orgs.ent3.id, null)
          : way === 2
            ? await alert(null, submission?.id ?? null)
            : null;
      const bookingId =
        way === 3 ? await booking(new Date(november.from.getTime() - 40 * DAY + i * 3_600_000)) : null;
      const orgId = [w.orgs.ent2.id, w.orgs.ent3.id, w.orgs.grass1.id, w.orgs.distA.id, null][way] ?? null;
      const closedAt =
        i === 0 ? edges.lastMinute : r.next() < 0.5 ? new Date(openedAt.getTime() + r.int(20 * DAY)) : null;
      const c: C = { tenantId: w.tenantId, orgId, openedAt, closedAt, tasks: [], referrals: [] };
      for (let k = r.int(4); k > 0; k--) {
        const dueAt = new Date(november.from.getTime() + (r.int(40) - 5) * DAY + r.int(DAY));
        const roll = r.next();
        const status = roll < 0.55 ? 'done' : roll < 0.8 ? 'open' : 'cancelled';
        const lateness = r.pick([-3 * DAY, -3_600_000, 0, 1, 2 * 3_600_000, 4 * DAY]);
        c.tasks.push({
          dueAt,
          status,
          completedAt: status === 'done' ? new Date(dueAt.getTime() + lateness) : null,
        });
      }
      if (r.next() < 0.4)
        c.referrals.push({
          sentAt: i === 1 ? edges.justAfter : new Date(openedAt.getTime() + r.int(10 * DAY)),
          status: r.pick(['sent', 'acknowledged', 'declined', 'withdrawn'] as const),
        });
      records.push(c);
      const [row] = await d
        .insert(cases)
        .values({
          tenantId: w.tenantId,
          number: `2026-${String(++n).padStart(4, '0')}`,
          status: closedAt ? 'closed' : 'open',
          priority: 'normal',
          origin: bookingId ? 'booking' : alertId ? 'alert' : 'walk_in',
          alertId,
          bookingId,
          organisationId: caseOrgId,
          counsellorId: w.counsellors[i % 3] as string,
          openedAt,
          closedAt,
          closureReason: closedAt ? 'goals_met' : null,
          isDemo: i % 7 === 0,
        })
        .returning();
      const caseId = row?.id as string;
      for (const t of c.tasks)
        await d.insert(followUpTasks).values({
          tenantId: w.tenantId,
          caseId,
          kind: 'call_back',
          dueAt: t.dueAt,
          assigneeId: w.counsellors[0] as string,
          detailSealed: 'x',
          status: t.status,
          completedAt: t.completedAt,
          createdBy: w.counsellors[0] as string,
          createdAt: openedAt,
        });
      for (const ref of c.referrals)
        await d.insert(referrals).values({
          tenantId: w.tenantId,
          caseId,
          institutionId: w.orgs.partner.id,
          consentItems: ['contact'],
          consentVersion: 'v1',
          status: ref.status,
          sentBy: w.counsellors[0] as string,
          sentAt: ref.sentAt,
        });
    }
    // Another federation's case in the same month.
    await d.insert(cases).values({
      tenantId: w.otherTenantId,
      number: '2026-0001',
      priority: 'normal',
      origin: 'walk_in',
      counsellorId: w.otherCounsellor,
      openedAt: new Date(november.from.getTime() + 3 * DAY),
    });
  });
  afterAll(async () => {
    await db.drop();
  });

  const tenant = (orgPath: string | null = null): StatsFilter => ({ tenantIds: [w.tenantId], orgPath });

  function expected(
    filter: StatsFilter,
    window: TimeWindow,
    pick: (c: C) => boolean = () => true,
  ): RawValues {
    const cs = records.filter((c) => keeps(w, filter, c.tenantId, c.orgId) && pick(c));
    const due = cs.flatMap((c) => c.tasks).filter((t) => t.status !== 'cancelled' && inside(t.dueAt, window));
    const onTime = due.filter((t) => t.status === 'done' && (t.completedAt as Date) <= t.dueAt).length;
    return {
      'cases.opened': cs.filter((c) => inside(c.openedAt, window)).length,
      'cases.closed': cs.filter((c) => inside(c.closedAt, window)).length,
      'tasks.due': due.length,
      'tasks.done_on_time': onTime,
      'tasks.on_time_share': due.length ? onTime / due.length : null,
      'referrals.made': cs.flatMap((c) => c.referrals).filter((x) => inside(x.sentAt, window)).length,
    };
  }

  it('counts cases opened and closed, tasks due and done on time, and referrals, edges in the zone', async () => {
    const got = await careFamily.totals(db.database.db, tenant(), november);
    expect(sameValues(got, expected(tenant(), november))).toEqual([]);
    expect(got['cases.opened']).toBeGreaterThan(20);
    expect(got['tasks.due']).toBeGreaterThan(10);
    expect(got['tasks.done_on_time']).toBeLessThan(got['tasks.due'] ?? 0);
  });

  it('follows each case to its organisation: on the case, its alert, the campaign, the appointment', async () => {
    for (const org of [w.orgs.distA, w.orgs.ent1, w.orgs.grass1, w.orgs.ent2, w.orgs.distB, w.orgs.partner]) {
      const f = tenant(org.path);
      const got = await careFamily.totals(db.database.db, f, november);
      expect(sameValues(got, expected(f, november)), org.path).toEqual([]);
    }
    // A hotline case counts only for the whole federation.
    const root = await careFamily.totals(db.database.db, tenant(w.orgs.root.path), november);
    const all = await careFamily.totals(db.database.db, tenant(), november);
    expect(root['cases.opened']).toBeLessThan(all['cases.opened'] ?? 0);
    const both: StatsFilter = { tenantIds: [w.tenantId, w.otherTenantId], orgPath: null };
    expect((await careFamily.totals(db.database.db, both, november))['cases.opened']).toBe(
      (all['cases.opened'] ?? 0) + 1,
    );
  });

  it('gives each day its bucket, with no share where nothing was due', async () => {
    const got = await careFamily.trend(db.database.db, tenant(), novemberDays);
    got.forEach((values, i) => {
      expect(sameValues(values, expected(tenant(), novemberDays[i] as TimeWindow))).toEqual([]);
    });
    expect(got.some((v) => v['tasks.on_time_share'] === null)).toBe(true);
  });

  it('breaks down by organisation and industry only', async () => {
    const children = {
      [w.orgs.distA.id]: w.orgs.distA.path,
      [w.orgs.distB.id]: w.orgs.distB.path,
      [w.orgs.partner.id]: w.orgs.partner.path,
    };
    const check = (got: BreakdownGroup[] | null, keyOf: (c: C) => string) => {
      const keys = [...new Set(records.map(keyOf))].sort();
      const want = keys
        .map((k) => ({ rowKey: k, values: expected(tenant(), november, (c) => keyOf(c) === k) }))
        .filter((x) => Object.values(x.values).some((v) => v !== 0 && v !== null));
      expect(got?.map((g) => g.rowKey).sort()).toEqual(want.map((x) => x.rowKey));
      for (const x of want)
        expect(sameValues(got?.find((g) => g.rowKey === x.rowKey)?.values ?? {}, x.values), x.rowKey).toEqual(
          [],
        );
    };
    const byOrg = await careFamily.breakdown(db.database.db, tenant(), november, {
      dimension: 'organisation',
      childPaths: children,
    });
    check(byOrg, (c) => orgRowOf(pathOf(w, c.orgId), children));
    expect(byOrg?.map((g) => g.rowKey)).toContain('none');
    check(await careFamily.breakdown(db.database.db, tenant(), november, { dimension: 'industry' }), (c) =>
      industryOf(w, c.orgId),
    );
    for (const dimension of ['service_point', 'counsellor', 'audience', 'employment_form'] as const)
      expect(await careFamily.breakdown(db.database.db, tenant(), november, { dimension })).toBeNull();
  });

  it('answers zeros and no share for an empty window', async () => {
    expect(await careFamily.totals(db.database.db, tenant(), emptyWindow)).toEqual({
      'cases.opened': 0,
      'cases.closed': 0,
      'tasks.due': 0,
      'tasks.done_on_time': 0,
      'tasks.on_time_share': null,
      'referrals.made': 0,
    });
  });
});
