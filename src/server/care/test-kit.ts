import { expect } from 'vitest';
import { type Agent, signInNewAccount, type TestApp } from '../testing/app';

/** Helpers for the care tests: people of the demo federation, requests for help, notes. */

export const userIdOf = (a: Agent): string => String((a.session.user as { id: string }).id);
export const orgOf = (a: Agent): string =>
  String((a.session.user as { organisationId: string }).organisationId);

/** A new member of staff of the admin's federation, signed in. */
export async function newStaff(
  t: TestApp,
  admin: Agent,
  login: string,
  name: string,
  roles: string[],
  organisationId = orgOf(admin),
): Promise<Agent> {
  const created = await admin.request('POST', '/api/v1/users', {
    login,
    displayName: name,
    organisationId,
    roles: roles.map((role) => ({ role, organisationId })),
  });
  expect(created.statusCode, created.body).toBe(201);
  return signInNewAccount(t, login, created.json().temporaryPassword);
}

/** A second federation with a counsellor of its own (made by the platform operator). */
export async function otherFederationCounsellor(t: TestApp, slug: string): Promise<Agent> {
  const operator = await t.signInAs('platform_operator');
  const tenant = await operator.request('POST', '/api/v1/tenants', {
    kind: 'city',
    slug,
    name: `${slug}市总工会`,
    nameEn: `${slug} City`,
  });
  expect(tenant.statusCode, tenant.body).toBe(201);
  return newStaff(
    t,
    operator,
    `${slug}.counsellor`,
    '他市咨询师',
    ['counsellor'],
    tenant.json().rootOrganisationId,
  );
}

/** A worker asks to be contacted after a check-up: a request for help in the queue. */
export async function contactRequest(
  t: TestApp,
  phone = '13812345678',
  message?: string,
  tenant = 'demo-city',
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/contact-requests',
    payload: { tenant, phone, preferredTime: '晚上七点后', consent: true, ...(message ? { message } : {}) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function openFromAlert(agent: Agent, alertId: string, extra: Record<string, unknown> = {}) {
  const res = await agent.request('POST', '/api/v1/cases', { alertId, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CaseJson;
}

export interface CaseJson {
  id: string;
  number: string;
  status: string;
  priority: string;
  basis: string | null;
  counsellor: { id: string; name: string };
  escalatedTo: { id: string; name: string } | null;
  records: null | {
    contact: Record<string, string | null> | null;
    contactWithdrawn: boolean;
    notes: { id: string; body: { text: string }; amendsId: string | null; riskLevel: string }[];
    tasks: { id: string; status: string; title: string; assigneeId: string }[];
    referrals: { id: string; status: string; response: string | null }[];
    appointments: { id: string }[];
  };
  events: { kind: string; detail: Record<string, unknown> | null; actor: string | null }[];
  [k: string]: unknown;
}

export const noteBody = (text: string, level = 'low') => ({
  concern: { primary: 'work', others: ['family'] },
  risk: {
    level,
    selfHarmThoughts: level === 'high' || level === 'imminent',
    harmToOthers: false,
    protectiveFactors: '家人支持',
  },
  intervention: { methods: ['supportive_listening', 'problem_solving'], text: '倾听，梳理工作压力来源' },
  plan: '一周后电话回访',
  text,
});

export const note = (t: TestApp, text: string, level = 'low') => ({
  kind: 'session',
  happenedAt: t.clock.now().toISOString(),
  body: noteBody(text, level),
});

/** Audit events about one case (the worker's access log is built from exactly these). */
export async function caseAudit(t: TestApp, caseId: string) {
  const res = await t.database.executeSql(
    `select action, actor_label, details from audit_events where object_type = 'case' and object_id = $1 order by seq`,
    [caseId],
  );
  return res.rows as { action: string; actor_label: string; details: Record<string, unknown> }[];
}
