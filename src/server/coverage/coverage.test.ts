import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceMetres } from '../../core/booking/geo';
import { newStaff } from '../care/test-kit';
import { demoOrganisations, demoServicePoints } from '../demo/data';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { coverageSchema, suggestionsSchema } from './schemas';

type Coverage = ReturnType<typeof coverageSchema.parse>;

// The demo's enterprises and stations, read from the seed's own data rather than from the answer.
const firms = demoOrganisations.filter((o) => o.kind === 'enterprise_union' || o.kind === 'grassroots_union');
const stations = demoServicePoints;
const within = (radius: number) =>
  firms.filter((f) =>
    stations.some((s) => distanceMetres({ lat: f.lat ?? 0, lng: f.lng ?? 0 }, s) <= radius),
  );

describe.each(testDrivers)('the 15-minute service circle ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  const get = async (a: Agent, url: string) => {
    const res = await a.request('GET', url);
    return { status: res.statusCode, body: res.json() };
  };
  const coverage = async (a: Agent, query: string): Promise<Coverage> => {
    const res = await get(a, `/api/v1/statistics/coverage?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return coverageSchema.parse(res.body);
  };
  const orgId = async (name: string) =>
    String(
      (await db.database.executeSql('select id from organisations where name = $1', [name])).rows[0]?.id,
    );

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database, {
      env: { MAP_TILE_URL: 'https://{s}.tiles.example/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© 示例地图' },
    });
    admin = await t.signInAs('federation_admin');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('counts the enterprises and members within 15 minutes on foot of a point open this week', async () => {
    const c = await coverage(admin, 'mode=walk&week=2026-12-02');
    expect(c.radiusMetres).toBe(865);
    expect(c.week).toEqual({ monday: '2026-11-30', sunday: '2026-12-06', label: '2026-W49' });
    const expected = within(865);
    expect(new Set(c.enterprises.filter((e) => e.covered).map((e) => e.name))).toEqual(
      new Set(expected.map((f) => f.name)),
    );
    expect(expected.map((f) => f.name).sort()).toEqual(
      ['市公共交通集团工会', '市第一人民医院工会', '濉溪酿酒有限公司工会', '顺达物流有限公司工会'].sort(),
    );
    const total = firms.reduce((s, f) => s + (f.memberCount ?? 0), 0);
    const covered = expected.reduce((s, f) => s + (f.memberCount ?? 0), 0);
    expect(c.figures.enterprises).toEqual({ total: firms.length, covered: 4, share: 4 / firms.length });
    expect(c.figures.members).toEqual({ total, covered, share: covered / total });
    // The list of enterprises outside, largest first: the coal mine leads it.
    expect(c.outside[0]?.name).toBe('北湖煤矿工会');
    expect(c.outside.map((e) => e.members)).toEqual(
      [...c.outside.map((e) => e.members)].sort((a, b) => b - a),
    );
    expect(c.outside).toHaveLength(firms.length - 4);
    expect(c.points.filter((p) => p.open)).toHaveLength(3); // the remote point is not on the map
    expect(c.map).toEqual({
      tileUrl: 'https://{s}.tiles.example/{z}/{x}/{y}.png',
      attribution: '© 示例地图',
    });
  });

  it('reaches farther by car, and the tile server is allowed as an image source', async () => {
    const c = await coverage(admin, 'mode=drive&week=2026-12-02');
    expect(c.radiusMetres).toBe(3571);
    expect(c.figures.enterprises.covered).toBe(within(3571).length);
    expect(c.figures.enterprises.covered).toBeGreaterThan(4);
    const res = await admin.request('GET', '/api/v1/statistics/coverage');
    expect(String(res.headers['content-security-policy'])).toContain('https://*.tiles.example');
  });

  it('leaves out a point closed on every day of a week (a holiday), and only that week', async () => {
    const point = String(
      (await db.database.executeSql("select id, tenant_id from service_points where kind = 'city_station'"))
        .rows[0]?.id,
    );
    for (const day of ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']) {
      await db.database.executeSql(
        "insert into roster_exceptions (tenant_id, service_point_id, date, reason) select tenant_id, id, $2, '春节' from service_points where id = $1",
        [point, day],
      );
    }
    const closed = await coverage(admin, 'mode=walk&week=2027-02-10');
    expect(closed.points.find((p) => p.id === point)?.open).toBe(false);
    expect(closed.outside.map((e) => e.name)).toContain('市第一人民医院工会');
    const next = await coverage(admin, 'mode=walk&week=2027-02-15');
    expect(next.points.find((p) => p.id === point)?.open).toBe(true);
    expect(next.figures.enterprises.covered).toBe(4);
  });

  it('counts only the enterprises of the organisation asked for, with its outline', async () => {
    const lieshan = await orgId('烈山区总工会');
    const c = await coverage(admin, `mode=drive&week=2026-12-02&organisationId=${lieshan}`);
    expect(c.scope.name).toBe('烈山区总工会');
    expect(c.enterprises.map((e) => e.name).sort()).toEqual(
      ['淮海纺织厂工会', '烈山水泥有限公司工会'].sort(),
    );
    expect(c.districts.map((d) => [d.name, d.approximate])).toEqual([['烈山区总工会', false]]);
  });

  it('draws a district without an outline as the padded hull of its places, marked approximate', async () => {
    await db.database.executeSql("update organisations set boundary = null where name = '杜集区总工会'");
    const c = await coverage(admin, 'mode=walk');
    const duji = c.districts.find((d) => d.name === '杜集区总工会');
    expect(duji?.approximate).toBe(true);
    // Every place of the district lies inside the hull's bounding box.
    const ring = duji?.rings[0] ?? [];
    for (const name of ['杜集机械制造有限公司工会', '科创园企业联合工会']) {
      const e = c.enterprises.find((x) => x.name === name);
      expect(e).toBeDefined();
      expect(e?.lat).toBeGreaterThan(Math.min(...ring.map((p) => p.lat)));
      expect(e?.lat).toBeLessThan(Math.max(...ring.map((p) => p.lat)));
    }
    expect(c.districts.find((d) => d.name === '相山区总工会')?.approximate).toBe(false);
  });

  it('suggests sites that bring the most uncovered members within reach, each adding what it says', async () => {
    const res = await get(admin, '/api/v1/statistics/coverage/suggestions?mode=walk&count=3&week=2026-12-02');
    expect(res.status).toBe(200);
    const s = suggestionsSchema.parse(res.body);
    expect(s.suggestions).toHaveLength(3);
    expect(s.suggestions[0]).toMatchObject({ rank: 1, addedMembers: 2400 });
    expect(s.suggestions[0]?.enterprises.map((e) => e.name)).toEqual(['北湖煤矿工会']);
    expect(s.suggestions[1]?.addedMembers).toBe(900); // the textile mill, from its own site or the district's office
    let after = s.members.covered;
    for (const x of s.suggestions) {
      expect(x.addedMembers).toBe(x.enterprises.reduce((sum, e) => sum + e.members, 0));
      after += x.addedMembers;
      expect(x.membersCoveredAfter).toBe(after);
    }
    const names = s.suggestions.flatMap((x) => x.enterprises.map((e) => e.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('answers a bad query with 400 invalid_query', async () => {
    for (const q of [
      'coverage?mode=bike',
      'coverage?week=2026-13-01',
      'coverage?organisationId=nope',
      'coverage?colour=red',
      'coverage/suggestions?count=6',
      'coverage/suggestions?count=0',
    ]) {
      const res = await get(admin, `/api/v1/statistics/${q}`);
      expect([q, res.status, res.body.error.code]).toEqual([q, 400, 'invalid_query']);
    }
  });

  it('lets only roles with coverage.read in, and only inside their reach', async () => {
    for (const role of ['enterprise_officer', 'counsellor', 'auditor']) {
      const a = await t.signInAs(role);
      expect((await get(a, '/api/v1/statistics/coverage')).status).toBe(403);
    }
    const station = await t.signInAs('station_manager');
    expect((await coverage(station, 'mode=walk')).scope.name).toBe('淮北市总工会（演示）');

    // A district's own administrator sees their district by default, and not a neighbour.
    const lieshan = await orgId('烈山区总工会');
    const district = await newStaff(t, admin, 'lieshan.admin', '烈山区管理员', ['federation_admin'], lieshan);
    expect((await coverage(district, 'mode=walk')).scope.name).toBe('烈山区总工会');
    const duji = await orgId('杜集区总工会');
    const refused = await get(district, `/api/v1/statistics/coverage?organisationId=${duji}`);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
    expect(
      (await get(district, `/api/v1/statistics/coverage/suggestions?organisationId=${duji}`)).status,
    ).toBe(403);

    // Another federation's organisation, and one that does not exist, are both simply outside.
    const operator = await t.signInAs('platform_operator');
    const other = await operator.request('POST', '/api/v1/tenants', {
      kind: 'city',
      slug: 'cov-other',
      name: '他市总工会',
      nameEn: 'Other City',
    });
    const root = other.json().rootOrganisationId as string;
    expect((await get(admin, `/api/v1/statistics/coverage?organisationId=${root}`)).status).toBe(403);
    expect(
      (await get(admin, '/api/v1/statistics/coverage?organisationId=00000000-0000-4000-8000-000000000000'))
        .status,
    ).toBe(403);
  });
});
