import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, signInNewAccount, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';

interface Org {
  id: string;
  name: string;
  parentId: string | null;
}

describe.each(testDrivers)('staff accounts and roles ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let admin: Agent;
  let orgs: Org[];
  const org = (name: string) => orgs.find((o) => o.name === name) as Org;
  const root = () => orgs.find((o) => o.parentId === null) as Org;

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

  it('creates an account with a one-time temporary password and lists it with its roles', async () => {
    const res = await admin.request('POST', '/api/v1/users', {
      login: 'Zhang.Wei',
      displayName: '张伟',
      organisationId: org('相山区总工会').id,
      roles: [{ role: 'station_manager', organisationId: org('相山区总工会').id }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().temporaryPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    expect(res.json().user).toMatchObject({
      login: 'zhang.wei',
      mustChangePassword: true,
      totpEnrolled: false,
    });
    const dup = await admin.request('POST', '/api/v1/users', {
      login: 'zhang.wei',
      displayName: 'x',
      organisationId: root().id,
    });
    expect(dup.statusCode).toBe(409);
    const list = (await admin.request('GET', '/api/v1/users?search=张')).json();
    expect(list.users.map((u: { login: string }) => u.login)).toContain('zhang.wei');
    // The demo's counsellors (张老师 among them) match the search too: look at the account made here.
    const made = list.users.find((u: { login: string }) => u.login === 'zhang.wei');
    expect(made.roles[0]).toMatchObject({
      role: 'station_manager',
      organisationName: '相山区总工会',
    });
  });

  it('lets a district administrator manage only the district, and never grant wider roles', async () => {
    const district = org('烈山区总工会');
    const created = await admin.request('POST', '/api/v1/users', {
      login: 'lieshan.admin',
      displayName: '烈山管理员',
      organisationId: district.id,
      roles: [{ role: 'federation_admin', organisationId: district.id }],
    });
    const districtAdmin = await signInNewAccount(t, 'lieshan.admin', created.json().temporaryPassword);

    const inside = await districtAdmin.request('POST', '/api/v1/users', {
      login: 'textile.officer',
      displayName: '纺织厂工会干部',
      organisationId: org('淮海纺织厂工会').id,
      roles: [{ role: 'enterprise_officer', organisationId: org('淮海纺织厂工会').id }],
    });
    expect(inside.statusCode).toBe(201);
    const outside = await districtAdmin.request('POST', '/api/v1/users', {
      login: 'elsewhere',
      displayName: 'x',
      organisationId: org('杜集区总工会').id,
    });
    expect(outside.statusCode).toBe(403);
    const widen = await districtAdmin.request('POST', `/api/v1/users/${inside.json().user.id}/roles`, {
      role: 'federation_admin',
      organisationId: root().id,
    });
    expect(widen.statusCode).toBe(403);
    const operator = await districtAdmin.request('POST', `/api/v1/users/${inside.json().user.id}/roles`, {
      role: 'platform_operator',
      organisationId: district.id,
    });
    expect(operator.statusCode).toBe(403);
    const seen = (await districtAdmin.request('GET', '/api/v1/users'))
      .json()
      .users.map((u: { login: string }) => u.login);
    expect(seen.sort()).toEqual(['lieshan.admin', 'textile.officer']);
  });

  it('grants and removes roles, resets passwords (ending sessions) and unlocks', async () => {
    const created = (
      await admin.request('POST', '/api/v1/users', {
        login: 'role.shuffle',
        displayName: 'R',
        organisationId: root().id,
      })
    ).json();
    const id = created.user.id as string;
    const granted = await admin.request('POST', `/api/v1/users/${id}/roles`, {
      role: 'counsellor',
      organisationId: org('市心理健康服务中心（合作机构）').id,
    });
    expect(granted.json().roles).toHaveLength(1);
    expect(
      (
        await admin.request('POST', `/api/v1/users/${id}/roles`, {
          role: 'counsellor',
          organisationId: org('市心理健康服务中心（合作机构）').id,
        })
      ).statusCode,
    ).toBe(409);
    const assignment = granted.json().roles[0].id as string;
    const removed = await admin.request('DELETE', `/api/v1/users/${id}/roles/${assignment}`);
    expect(removed.json().roles).toHaveLength(0);

    const reset = await admin.request('POST', `/api/v1/users/${id}/password-reset`);
    expect(reset.json().temporaryPassword).not.toBe(created.temporaryPassword);
    const oldSignIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/session',
      payload: { login: 'role.shuffle', password: created.temporaryPassword },
    });
    expect(oldSignIn.statusCode).toBe(401);

    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/session',
        payload: { login: 'role.shuffle', password: `bad-${i}-password` },
      });
    }
    expect((await admin.request('GET', `/api/v1/users/${id}`)).json().locked).toBe(true);
    expect((await admin.request('PATCH', `/api/v1/users/${id}`, { unlock: true })).json().locked).toBe(false);
  });

  it('does not let an administrator disable their own account', async () => {
    const me = (admin.session.user as { id: string }).id;
    const res = await admin.request('PATCH', `/api/v1/users/${me}`, { disabled: true });
    expect(res.statusCode).toBe(400);
  });
});
