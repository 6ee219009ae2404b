import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, signInNewAccount, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';

interface Org {
  id: string;
  parentId: string | null;
  name: string;
  depth: number;
  kind: string;
  tenantId: string;
  active: boolean;
}

describe.each(testDrivers)('organisation tree ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let orgs: Org[];
  const byName = (name: string) => orgs.find((o) => o.name === name) as Org;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    orgs = (await admin.request('GET', '/api/v1/organisations')).json().organisations;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('shows the demo federation as a tree: districts, industry unions and a dozen enterprises', () => {
    const root = orgs.find((o) => o.parentId === null) as Org;
    expect(root.kind).toBe('federation');
    expect(orgs.filter((o) => o.kind === 'district_union')).toHaveLength(4);
    expect(
      orgs.filter((o) => ['enterprise_union', 'grassroots_union'].includes(o.kind)).length,
    ).toBeGreaterThanOrEqual(12);
    expect(byName('顺达物流有限公司工会').depth).toBe(2);
    // Parents always come before their children.
    const seen = new Set<string>();
    for (const o of orgs) {
      if (o.parentId) expect(seen.has(o.parentId)).toBe(true);
      seen.add(o.id);
    }
  });

  it('creates, edits, moves (with the whole subtree) and deactivates organisations', async () => {
    const district = byName('杜集区总工会');
    const created = await admin.request('POST', '/api/v1/organisations', {
      parentId: district.id,
      kind: 'enterprise_union',
      name: '新建企业工会',
      memberCount: 120,
      latitude: 34.0,
      longitude: 116.8,
    });
    expect(created.statusCode).toBe(201);
    const child = await admin.request('POST', '/api/v1/organisations', {
      parentId: created.json().id,
      kind: 'department',
      name: '车间分会',
    });
    expect(child.json().depth).toBe(3);

    const target = byName('烈山区总工会');
    const moved = await admin.request('PATCH', `/api/v1/organisations/${created.json().id}`, {
      parentId: target.id,
      name: '迁移后的企业工会',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: target.id, name: '迁移后的企业工会', depth: 2 });
    const childAfter = await admin.request('GET', `/api/v1/organisations/${child.json().id}`);
    expect(childAfter.json().depth).toBe(3);

    const early = await admin.request('PATCH', `/api/v1/organisations/${created.json().id}`, {
      active: false,
    });
    expect(early.statusCode).toBe(409); // its child is still active
    await admin.request('PATCH', `/api/v1/organisations/${child.json().id}`, { active: false });
    const off = await admin.request('PATCH', `/api/v1/organisations/${created.json().id}`, { active: false });
    expect(off.json().active).toBe(false);
    const visible = (await admin.request('GET', '/api/v1/organisations')).json().organisations as Org[];
    expect(visible.some((o) => o.id === created.json().id)).toBe(false);
    const all = (await admin.request('GET', '/api/v1/organisations?includeInactive=true')).json()
      .organisations as Org[];
    expect(all.some((o) => o.id === created.json().id)).toBe(true);
  });

  it('refuses a move under its own descendant, and changes to the root', async () => {
    const district = byName('相山区总工会');
    const under = byName('外卖骑手联合工会');
    const cycle = await admin.request('PATCH', `/api/v1/organisations/${district.id}`, {
      parentId: under.id,
    });
    expect(cycle.statusCode).toBe(400);
    const root = orgs.find((o) => o.parentId === null) as Org;
    expect(
      (await admin.request('PATCH', `/api/v1/organisations/${root.id}`, { active: false })).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.request('POST', '/api/v1/organisations', {
          parentId: district.id,
          kind: 'federation',
          name: 'x',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('scopes a district administrator to the district, and hides other federations entirely', async () => {
    const district = byName('濉溪县总工会');
    const created = await admin.request('POST', '/api/v1/users', {
      login: 'suixi.admin',
      displayName: '濉溪管理员',
      organisationId: district.id,
      roles: [{ role: 'federation_admin', organisationId: district.id }],
    });
    expect(created.statusCode).toBe(201);
    const districtAdmin = await signInNewAccount(t, 'suixi.admin', created.json().temporaryPassword);
    const seen = (await districtAdmin.request('GET', '/api/v1/organisations')).json().organisations as Org[];
    expect(seen.map((o) => o.name).sort()).toEqual(['濉溪县总工会', '濉溪酿酒有限公司工会'].sort());
    const other = byName('相山区总工会');
    const denied = await districtAdmin.request('PATCH', `/api/v1/organisations/${other.id}`, { name: 'x' });
    expect(denied.statusCode).toBe(403);
    expect((await districtAdmin.request('GET', `/api/v1/organisations/${other.id}`)).statusCode).toBe(403);

    // Another tenant's organisation is "not found", not "forbidden": its existence is not revealed.
    const operator = await t.signInAs('platform_operator');
    const tenant = await operator.request('POST', '/api/v1/tenants', {
      kind: 'city',
      slug: 'other-city',
      name: '他市总工会',
      nameEn: 'Other City',
    });
    expect(tenant.statusCode).toBe(201);
    const foreign = await admin.request('GET', `/api/v1/organisations/${tenant.json().rootOrganisationId}`);
    expect(foreign.statusCode).toBe(404);
    const operatorSees = (await operator.request('GET', '/api/v1/organisations')).json()
      .organisations as Org[];
    expect(operatorSees.some((o) => o.id === tenant.json().rootOrganisationId)).toBe(true);
  });

  it('rejects bad input with a clear 400 and changes nothing', async () => {
    const before = (await admin.request('GET', '/api/v1/organisations')).json().organisations.length;
    const root = orgs.find((o) => o.parentId === null) as Org;
    for (const payload of [
      { parentId: root.id, kind: 'enterprise_union' }, // no name
      { parentId: root.id, kind: 'nonsense', name: 'x' },
      { parentId: root.id, kind: 'enterprise_union', name: 'x', latitude: 123 },
      { parentId: root.id, kind: 'enterprise_union', name: 'x', memberCount: -1 },
      { parentId: root.id, kind: 'enterprise_union', name: 'x', secretField: 1 },
      { parentId: 'not-a-uuid', kind: 'enterprise_union', name: 'x' },
    ]) {
      const res = await admin.request('POST', '/api/v1/organisations', payload);
      expect.soft(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect.soft(res.json().error.code).toBe('validation_failed');
      expect.soft(res.json().error.details.length).toBeGreaterThan(0);
    }
    expect((await admin.request('GET', '/api/v1/organisations')).json().organisations.length).toBe(before);
  });
});
