import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, mayPerform, type Principal } from '../core/access/policy';
import { staffRoles } from '../core/access/roles';
import { alertFixtures } from './alerts/matrix-fixtures';
import { careFixtures } from './care/matrix-fixtures';
import { contentFixtures } from './content/matrix-fixtures';
import { eventRegistrationFixtures } from './events/registration-matrix-fixtures';
import { eventStaffFixtures } from './events/staff-matrix-fixtures';
import accessPlugin from './http/access-plugin';
import { linkedDataFixtures } from './linked-data/matrix-fixtures';
import { measureFixtures } from './measures/matrix-fixtures';
import { myDataFixtures } from './my-data/matrix-fixtures';
import { orderFixtures } from './orders/matrix-fixtures';
import { recommendationFixtures } from './recommendations/matrix-fixtures';
import { statisticsFixtures } from './statistics/matrix-fixtures';
import { type Agent, makeTestApp, type TestApp } from './testing/app';
import { type TestDatabase, testDrivers } from './testing/databases';
import { type Fixture, NOBODY, type World } from './testing/matrix';

/**
 * One sample request per API route. A new route without a sample fails the first test below, so the matrix
 * always covers every route.
 */
const fixtures: Record<string, Fixture> = {
  'GET /healthz': () => ({ url: '/healthz' }),
  'POST /api/v1/auth/session': () => ({
    url: '/api/v1/auth/session',
    payload: { login: 'nobody', password: 'x' },
  }),
  'GET /api/v1/auth/session': () => ({ url: '/api/v1/auth/session' }),
  'DELETE /api/v1/auth/session': () => ({ url: '/api/v1/auth/session' }),
  'POST /api/v1/auth/password': () => ({
    url: '/api/v1/auth/password',
    payload: { currentPassword: 'wrong', newPassword: 'x' },
  }),
  'POST /api/v1/auth/totp/enrolment': () => ({ url: '/api/v1/auth/totp/enrolment' }),
  'POST /api/v1/auth/totp/enrolment/confirm': () => ({
    url: '/api/v1/auth/totp/enrolment/confirm',
    payload: { totp: '000000' },
  }),
  'POST /api/v1/auth/recovery-codes': () => ({
    url: '/api/v1/auth/recovery-codes',
    payload: { totp: '000000' },
  }),
  'GET /api/v1/users': () => ({ url: '/api/v1/users' }),
  'GET /api/v1/users/:id': (w) => ({ url: `/api/v1/users/${w.userId}` }),
  'POST /api/v1/users': (w) => ({
    url: '/api/v1/users',
    payload: { login: 'matrix.user', displayName: 'M', organisationId: w.ownOrg, roles: [] },
  }),
  'PATCH /api/v1/users/:id': (w) => ({
    url: `/api/v1/users/${w.userId}`,
    payload: { displayName: 'Renamed' },
  }),
  'POST /api/v1/users/:id/password-reset': (w) => ({ url: `/api/v1/users/${w.userId}/password-reset` }),
  'POST /api/v1/users/:id/totp-reset': (w) => ({ url: `/api/v1/users/${w.userId}/totp-reset` }),
  'POST /api/v1/users/:id/roles': (w) => ({
    url: `/api/v1/users/${w.userId}/roles`,
    payload: { role: 'counsellor', organisationId: w.ownOrg },
  }),
  'DELETE /api/v1/users/:id/roles/:assignmentId': (w) => ({
    url: `/api/v1/users/${w.userId}/roles/00000000-0000-4000-8000-000000000000`,
  }),
  'GET /api/v1/organisations': () => ({ url: '/api/v1/organisations' }),
  'GET /api/v1/organisations/:id': (w) => ({ url: `/api/v1/organisations/${w.ownOrg}` }),
  'POST /api/v1/organisations': (w) => ({
    url: '/api/v1/organisations',
    payload: { parentId: w.ownOrg, kind: 'enterprise_union', name: '矩阵测试企业工会' },
  }),
  'PATCH /api/v1/organisations/:id': (w) => ({
    url: `/api/v1/organisations/${w.ownOrg}`,
    payload: { nameEn: 'Renamed' },
  }),
  'GET /api/v1/audit-events': () => ({ url: '/api/v1/audit-events' }),
  'POST /api/v1/audit-events/verify': () => ({ url: '/api/v1/audit-events/verify', payload: {} }),
  'GET /api/v1/tenants': () => ({ url: '/api/v1/tenants' }),
  'POST /api/v1/tenants': () => ({
    url: '/api/v1/tenants',
    payload: { kind: 'city', slug: 'matrix-city', name: '矩阵市', nameEn: 'Matrix City' },
  }),
  'GET /api/v1/service-points': () => ({ url: '/api/v1/service-points' }),
  'GET /api/v1/service-points/:id': () => ({ url: `/api/v1/service-points/${NOBODY}` }),
  'GET /api/v1/service-points/:id/slots': () => ({ url: `/api/v1/service-points/${NOBODY}/slots` }),
  'GET /api/v1/districts': () => ({ url: '/api/v1/districts' }),
  'POST /api/v1/phone-verifications': () => ({
    url: '/api/v1/phone-verifications',
    payload: { phone: '12' },
  }),
  'POST /api/v1/bookings': () => ({
    url: '/api/v1/bookings',
    payload: { slot: NOBODY, topic: 'work', mode: 'in_person', consent: true },
  }),
  'GET /api/v1/bookings': () => ({ url: '/api/v1/bookings' }),
  'GET /api/v1/bookings/:id': () => ({ url: `/api/v1/bookings/${NOBODY}` }),
  'DELETE /api/v1/bookings/:id': () => ({ url: `/api/v1/bookings/${NOBODY}` }),
  'POST /api/v1/bookings/:id/reschedule': () => ({
    url: `/api/v1/bookings/${NOBODY}/reschedule`,
    payload: { slot: NOBODY },
  }),
  'POST /api/v1/waitlist': () => ({
    url: '/api/v1/waitlist',
    payload: { servicePoint: NOBODY, date: '2026-12-03', topic: 'work', consent: true },
  }),
  'GET /api/v1/waitlist': () => ({ url: '/api/v1/waitlist' }),
  'POST /api/v1/waitlist/:id/accept': () => ({ url: `/api/v1/waitlist/${NOBODY}/accept` }),
  'DELETE /api/v1/waitlist/:id': () => ({ url: `/api/v1/waitlist/${NOBODY}` }),
  'POST /api/v1/bookings/:id/check-in': () => ({
    url: `/api/v1/bookings/${NOBODY}/check-in`,
    payload: { code: 'abcdefgh' },
  }),
  'POST /api/v1/managed-service-points/:id/check-in-code': () => ({
    url: `/api/v1/managed-service-points/${NOBODY}/check-in-code`,
  }),
  'GET /api/v1/managed-service-points': () => ({ url: '/api/v1/managed-service-points' }),
  'POST /api/v1/managed-service-points': () => ({
    url: '/api/v1/managed-service-points',
    payload: {
      organisationId: NOBODY,
      kind: 'remote',
      name: '矩阵热线',
      nameEn: 'Matrix line',
      address: '电话',
    },
  }),
  'PATCH /api/v1/managed-service-points/:id': () => ({
    url: `/api/v1/managed-service-points/${NOBODY}`,
    payload: { name: '改名' },
  }),
  'POST /api/v1/managed-service-points/:id/rooms': () => ({
    url: `/api/v1/managed-service-points/${NOBODY}/rooms`,
    payload: { kind: 'consulting', name: '室', nameEn: 'Room' },
  }),
  'PATCH /api/v1/service-rooms/:id': () => ({
    url: `/api/v1/service-rooms/${NOBODY}`,
    payload: { active: false },
  }),
  'GET /api/v1/counsellors': () => ({ url: '/api/v1/counsellors' }),
  'PUT /api/v1/counsellors/:id/profile': () => ({
    url: `/api/v1/counsellors/${NOBODY}/profile`,
    payload: {
      publicName: '某老师',
      publicNameEn: 'Someone',
      qualification: '国家二级心理咨询师',
      qualificationEn: 'Level 2',
      specialties: [],
      languages: ['普通话'],
    },
  }),
  'GET /api/v1/rosters': () => ({ url: '/api/v1/rosters' }),
  'POST /api/v1/rosters': () => ({
    url: '/api/v1/rosters',
    payload: {
      servicePointId: NOBODY,
      counsellorId: NOBODY,
      rule: { freq: 'weekly', weekdays: [1] },
      startTime: '09:00',
      endTime: '12:00',
      validFrom: '2026-12-01',
    },
  }),
  'PATCH /api/v1/rosters/:id': () => ({ url: `/api/v1/rosters/${NOBODY}`, payload: { active: false } }),
  'GET /api/v1/roster-exceptions': () => ({
    url: `/api/v1/roster-exceptions?servicePoint=${NOBODY}&from=2026-12-01&to=2026-12-31`,
  }),
  'POST /api/v1/roster-exceptions': () => ({
    url: '/api/v1/roster-exceptions',
    payload: { servicePointId: NOBODY, date: '2026-12-25' },
  }),
  'DELETE /api/v1/roster-exceptions/:id': () => ({ url: `/api/v1/roster-exceptions/${NOBODY}` }),
  'GET /api/v1/appointments': () => ({
    url: '/api/v1/appointments?from=2026-12-01T00:00:00%2B08:00&to=2026-12-08T00:00:00%2B08:00',
  }),
  'GET /api/v1/appointments/summary': () => ({ url: '/api/v1/appointments/summary?date=2026-12-01' }),
  'POST /api/v1/appointments/:id/attendance': () => ({
    url: `/api/v1/appointments/${NOBODY}/attendance`,
    payload: { status: 'attended' },
  }),
  'POST /api/v1/walk-ins': () => ({
    url: '/api/v1/walk-ins',
    payload: { servicePointId: NOBODY, startsAt: '2026-12-01T10:00:00+08:00', minutes: 50 },
  }),
  'POST /api/v1/time-blocks': () => ({
    url: '/api/v1/time-blocks',
    payload: { servicePointId: NOBODY, startsAt: '2026-12-01T10:00:00+08:00', minutes: 60 },
  }),
  'DELETE /api/v1/time-blocks/:id': () => ({ url: `/api/v1/time-blocks/${NOBODY}` }),
  'GET /api/v1/calendar-feed': () => ({ url: '/api/v1/calendar-feed' }),
  'POST /api/v1/calendar-feed': () => ({ url: '/api/v1/calendar-feed' }),
  'DELETE /api/v1/calendar-feed': () => ({ url: '/api/v1/calendar-feed' }),
  'GET /api/v1/calendar-feeds/:file': () => ({
    url: '/api/v1/calendar-feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
  }),
  'GET /api/v1/instruments': () => ({ url: '/api/v1/instruments' }),
  'GET /api/v1/instruments/:id': () => ({ url: '/api/v1/instruments/phq9' }),
  'GET /api/v1/checkups': () => ({ url: '/api/v1/checkups' }),
  'GET /api/v1/checkups/:id': () => ({ url: '/api/v1/checkups/default' }),
  'POST /api/v1/submissions': () => ({
    url: '/api/v1/submissions',
    payload: { checkup: 'default', answers: { phq4: [0] } },
  }),
  'POST /api/v1/retrieval/history': () => ({
    url: '/api/v1/retrieval/history',
    payload: { retrievalCode: 'AAAA-BBBB-CCCC-DDDD' },
  }),
  'POST /api/v1/retrieval/erase': () => ({
    url: '/api/v1/retrieval/erase',
    payload: { retrievalCode: 'AAAA-BBBB-CCCC-DDDD' },
  }),
  'POST /api/v1/contact-requests': () => ({
    url: '/api/v1/contact-requests',
    payload: { phone: '138', preferredTime: 'x', consent: true },
  }),
  'GET /api/v1/crisis-resources': () => ({ url: '/api/v1/crisis-resources' }),
  'GET /api/v1/campaign-links/:code': () => ({ url: '/api/v1/campaign-links/demo-shunda' }),
  'GET /api/v1/instrument-texts': () => ({ url: '/api/v1/instrument-texts' }),
  'GET /api/v1/instrument-texts/:instrumentId': () => ({ url: '/api/v1/instrument-texts/phq9?lang=zh-CN' }),
  'POST /api/v1/instrument-texts/reviews': () => ({
    url: '/api/v1/instrument-texts/reviews',
    payload: {
      instrumentId: 'k10',
      version: '2026-11',
      lang: 'zh-CN',
      status: 'rejected',
      reason: 'matrix sample',
    },
  }),
  'GET /api/v1/instrument-licences': () => ({ url: '/api/v1/instrument-licences' }),
  'PATCH /api/v1/instrument-licences': () => ({
    url: '/api/v1/instrument-licences',
    payload: { commercialUse: false },
  }),
  'PUT /api/v1/instrument-licences/:instrumentId': () => ({
    url: '/api/v1/instrument-licences/pss10',
    payload: { reference: 'matrix sample' },
  }),
  'DELETE /api/v1/instrument-licences/:instrumentId': () => ({ url: '/api/v1/instrument-licences/k6' }),
  'GET /api/v1/checkup-definitions': () => ({ url: '/api/v1/checkup-definitions' }),
  'POST /api/v1/checkup-definitions': () => ({
    url: '/api/v1/checkup-definitions',
    payload: {
      name: { 'zh-CN': '矩阵', en: 'Matrix' },
      description: { 'zh-CN': '矩阵', en: 'Matrix' },
      instruments: ['phq9'],
    },
  }),
  'PATCH /api/v1/checkup-definitions/:id': () => ({
    url: `/api/v1/checkup-definitions/${NOBODY}`,
    payload: { active: false },
  }),
  'GET /api/v1/campaigns': () => ({ url: '/api/v1/campaigns' }),
  'POST /api/v1/campaigns': (w) => ({
    url: '/api/v1/campaigns',
    payload: { organisationId: w.ownOrg, name: 'matrix' },
  }),
  'PATCH /api/v1/campaigns/:id': () => ({ url: `/api/v1/campaigns/${NOBODY}`, payload: { active: false } }),
  'GET /api/v1/campaigns/:id/poster': () => ({ url: `/api/v1/campaigns/${NOBODY}/poster` }),
  'GET /api/openapi.json': () => ({ url: '/api/openapi.json' }),
  ...alertFixtures,
  ...careFixtures,
  ...contentFixtures,
  ...eventStaffFixtures,
  ...eventRegistrationFixtures,
  ...measureFixtures,
  ...myDataFixtures,
  ...linkedDataFixtures,
  ...orderFixtures,
  ...recommendationFixtures,
  ...statisticsFixtures,
};

const ACCESS_CODES = new Set(['unauthenticated', 'session_expired', 'forbidden', 'stage_incomplete']);

describe('every API route declares an access-policy action', () => {
  it('refuses to register an /api/v1 route without one', async () => {
    const app = Fastify();
    const deps = { config: { sessionIdleMs: 1, sessionAbsoluteMs: 1, secureCookies: false } } as never;
    const build = async () => {
      await app.register(accessPlugin, deps);
      await app.register(async (child) => {
        child.get('/api/v1/forgotten', async () => 'open by accident');
      });
      await app.ready();
    };
    await expect(build()).rejects.toThrow(/declares no access-policy action/);
  });
});

describe.each(testDrivers)('access matrix: every role against every route ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let target: string;
  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    // The account that user-management samples act on: not the caller, so no sample locks the caller out.
    const admin = await t.signInAs('federation_admin');
    const root = (admin.session.user as { organisationId: string }).organisationId;
    const created = await admin.request('POST', '/api/v1/users', {
      login: 'matrix.target',
      displayName: 'T',
      organisationId: root,
      roles: [],
    });
    target = created.json().user.id;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('has a sample request for every registered route', () => {
    const registered = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((k) => !fixtures[k] && k !== 'GET /readyz');
    expect(missing).toEqual([]);
    expect(registered.length).toBeGreaterThan(20);
  });

  const principals = ['anonymous', ...staffRoles] as const;

  it.each(principals)('%s is allowed exactly what the policy says', async (who) => {
    const routes = t.app.apiRoutes.filter((r) => fixtures[`${r.method} ${r.url}`]);
    const outcomes: string[] = [];
    for (const route of routes) {
      // A fresh session per request: some samples sign out or end sessions.
      const agent: Agent | null = who === 'anonymous' ? null : await t.signInAs(who);
      const principal: Principal = agent
        ? {
            kind: 'staff',
            userId: String((agent.session.user as { id: string }).id),
            tenantId: String((agent.session.user as { tenantId: string }).tenantId),
            stage: 'full',
            assignments: (agent.session.roles as { role: (typeof staffRoles)[number] }[]).map((r) => ({
              role: r.role,
              tenantId: '',
              organisationId: '',
              orgPath: '',
            })),
          }
        : { kind: 'anonymous' };
      const user = agent?.session.user as
        | { id: string; organisationId: string; tenantId: string }
        | undefined;
      const world: World = {
        ownOrg: user?.organisationId ?? '00000000-0000-4000-8000-000000000000',
        userId: target,
        tenantId: user?.tenantId ?? '',
      };
      const sample = (fixtures[`${route.method} ${route.url}`] as Fixture)(world);
      const method = route.method as 'GET' | 'POST' | 'PATCH' | 'DELETE';
      const res = agent
        ? await agent.request(method, sample.url, sample.payload)
        : await t.app.inject({ method, url: sample.url, payload: sample.payload });
      const code =
        res.statusCode >= 400 ? (res.json() as { error?: { code?: string } }).error?.code : undefined;
      const allowed = mayPerform(principal, route.action as Action);
      const refused = code !== undefined && ACCESS_CODES.has(code);
      const expectedCode = principal.kind === 'anonymous' ? 'unauthenticated' : 'forbidden';
      const ok = allowed ? !refused : code === expectedCode;
      outcomes.push(
        `${ok ? 'ok ' : 'BAD'} ${route.method} ${route.url} → ${res.statusCode} ${code ?? ''} (policy: ${allowed ? 'allow' : 'deny'})`,
      );
    }
    expect(outcomes.filter((o) => o.startsWith('BAD'))).toEqual([]);
    expect(outcomes.length).toBe(routes.length);
  });
});
