import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../../core/identity/totp';
import { makeTestApp, sessionCookieOf, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';

describe.each(testDrivers)('account life cycle ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let rootOrg: string;
  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    const admin = await t.signInAs('federation_admin');
    rootOrg = String((admin.session.user as { organisationId: string }).organisationId);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  async function newCounsellor(login: string) {
    const admin = await t.signInAs('federation_admin');
    const res = await admin.request('POST', '/api/v1/users', {
      login,
      displayName: '新咨询师',
      organisationId: rootOrg,
      roles: [{ role: 'counsellor', organisationId: rootOrg }],
    });
    expect(res.statusCode).toBe(201);
    return { admin, id: res.json().user.id as string, password: res.json().temporaryPassword as string };
  }

  const signInRaw = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/session', payload });

  it('takes a new account from temporary password through password change and TOTP enrolment to a full session', async () => {
    const { password } = await newCounsellor('new.counsellor');
    const first = await signInRaw({ login: 'new.counsellor', password });
    expect(first.statusCode).toBe(200);
    expect(first.json().stage).toBe('password_change');
    let cookie = `carnation_session=${sessionCookieOf(first)}`;
    let csrf = first.json().csrfToken as string;
    const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
      t.app.inject({ method, url, payload, headers: { cookie, 'x-csrf-token': csrf } });

    const blocked = await call('GET', '/api/v1/organisations');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('stage_incomplete');

    const weak = await call('POST', '/api/v1/auth/password', {
      currentPassword: password,
      newPassword: 'password123',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');

    const changed = await call('POST', '/api/v1/auth/password', {
      currentPassword: password,
      newPassword: 'quiet-harbour-42',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().stage).toBe('totp_enrolment');
    cookie = `carnation_session=${sessionCookieOf(changed)}`;
    csrf = changed.json().csrfToken;

    const start = await call('POST', '/api/v1/auth/totp/enrolment');
    expect(start.statusCode).toBe(200);
    const { secret, qrSvg, otpauthUri } = start.json();
    expect(qrSvg).toContain('<svg');
    expect(otpauthUri).toContain(secret);

    expect((await call('POST', '/api/v1/auth/totp/enrolment/confirm', { totp: '123456' })).statusCode).toBe(
      401,
    );
    const confirmed = await call('POST', '/api/v1/auth/totp/enrolment/confirm', {
      totp: totpAt(secret, t.clock.now().getTime()),
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().stage).toBe('full');
    expect(confirmed.json().recoveryCodes).toHaveLength(10);
    cookie = `carnation_session=${sessionCookieOf(confirmed)}`;
    csrf = confirmed.json().csrfToken;
    expect((await call('GET', '/api/v1/organisations')).statusCode).toBe(200);

    // From now on the second factor is required, and a recovery code works exactly once.
    t.clock.advance(30_000);
    expect(
      (await signInRaw({ login: 'new.counsellor', password: 'quiet-harbour-42' })).json().error.code,
    ).toBe('totp_required');
    const code = confirmed.json().recoveryCodes[0] as string;
    expect(
      (await signInRaw({ login: 'new.counsellor', password: 'quiet-harbour-42', totp: code })).statusCode,
    ).toBe(200);
    expect(
      (await signInRaw({ login: 'new.counsellor', password: 'quiet-harbour-42', totp: code })).statusCode,
    ).toBe(401);
    const agent = await t.signIn('new.counsellor', 'quiet-harbour-42', secret);
    expect((agent.session.user as { recoveryCodesLeft: number }).recoveryCodesLeft).toBe(9);
  });

  it('ends every other session when the password changes', async () => {
    const { password } = await newCounsellor('two.sessions');
    const a = await signInRaw({ login: 'two.sessions', password });
    const b = await signInRaw({ login: 'two.sessions', password });
    const cookieA = `carnation_session=${sessionCookieOf(a)}`;
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: password, newPassword: 'lantern-orchard-9' },
      headers: { cookie: cookieA, 'x-csrf-token': a.json().csrfToken },
    });
    expect(changed.statusCode).toBe(200);
    const bStill = await t.app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: `carnation_session=${sessionCookieOf(b)}` },
    });
    expect(bStill.statusCode).toBe(401);
    const aOld = await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie: cookieA } });
    expect(aOld.statusCode).toBe(401); // rotated: the old id is gone, the new cookie works
    const aNew = await t.app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: `carnation_session=${sessionCookieOf(changed)}` },
    });
    expect(aNew.statusCode).toBe(200);
  });

  it('ends every session of an account that is disabled, and refuses its sign-in', async () => {
    const { admin, id, password } = await newCounsellor('soon.disabled');
    const s = await signInRaw({ login: 'soon.disabled', password });
    const cookie = `carnation_session=${sessionCookieOf(s)}`;
    const disabled = await admin.request('PATCH', `/api/v1/users/${id}`, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabled).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
    expect((await signInRaw({ login: 'soon.disabled', password })).json().error.code).toBe(
      'invalid_credentials',
    );
  });

  it('lets an administrator reset a lost second factor; the user enrols again', async () => {
    const admin = await t.signInAs('federation_admin');
    const c = t.credential('supervisor');
    const list = await admin.request('GET', '/api/v1/users?search=demo-supervisor');
    const id = list.json().users[0].id as string;
    const reset = await admin.request('POST', `/api/v1/users/${id}/totp-reset`);
    expect(reset.json().totpEnrolled).toBe(false);
    const s = await signInRaw({ login: c.login, password: c.password });
    expect(s.json().stage).toBe('totp_enrolment');
  });

  it('regenerates recovery codes only with a current code', async () => {
    const agent = await t.signInAs('auditor');
    expect((await agent.request('POST', '/api/v1/auth/recovery-codes', { totp: '000000' })).statusCode).toBe(
      401,
    );
    t.clock.advance(30_000);
    const ok = await agent.request('POST', '/api/v1/auth/recovery-codes', {
      totp: totpAt(t.credential('auditor').totpSecret, t.clock.now().getTime()),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().recoveryCodes).toHaveLength(10);
  });
});
