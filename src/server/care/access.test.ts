import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import {
  type CaseJson,
  caseAudit,
  contactRequest,
  newStaff,
  note,
  openFromAlert,
  otherFederationCounsellor,
  userIdOf,
} from './test-kit';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

describe.each(testDrivers)('who may reach a case and its records ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let colleague: Agent;
  let supervisor: Agent;
  let c: CaseJson;
  let taskId: string;
  let centreId: string;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    const admin = await t.signInAs('federation_admin');
    colleague = await newStaff(t, admin, 'zhao.access', '赵老师', ['counsellor']);
    centreId = (await admin.request('GET', '/api/v1/organisations'))
      .json()
      .organisations.find((o: { kind: string }) => o.kind === 'partner_institution').id;
    counsellor = await t.signInAs('counsellor');
    supervisor = await t.signInAs('supervisor');
    c = await openFromAlert(counsellor, await contactRequest(t, '13300001111'));
    await counsellor.request('POST', `/api/v1/cases/${c.id}/notes`, note(t, '只有负责的咨询师能读'));
    taskId = (
      await counsellor.request('POST', `/api/v1/cases/${c.id}/tasks`, {
        kind: 'call_back',
        dueAt: t.clock.now().toISOString(),
        title: '回访',
      })
    ).json().id;
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  /** Every route about one case, with a body that would succeed for someone allowed. */
  const routes = (): [Method, string, Record<string, unknown>?][] => [
    ['GET', `/api/v1/cases/${c.id}`],
    ['POST', `/api/v1/cases/${c.id}/notes`, note(t, '越权写入')],
    ['PUT', `/api/v1/cases/${c.id}/contact`, { name: '越权' }],
    ['POST', `/api/v1/cases/${c.id}/escalate`, { supervisorId: userIdOf(supervisor), reason: '越权升级' }],
    ['POST', `/api/v1/cases/${c.id}/de-escalate`],
    ['POST', `/api/v1/cases/${c.id}/reassign`, { counsellorId: userIdOf(colleague), reason: '越权转派' }],
    ['POST', `/api/v1/cases/${c.id}/break-glass`, { reason: '越权打破玻璃访问记录' }],
    [
      'POST',
      `/api/v1/cases/${c.id}/tasks`,
      { kind: 'other', dueAt: t.clock.now().toISOString(), title: '越权' },
    ],
    ['PATCH', `/api/v1/tasks/${taskId}`, { status: 'done' }],
    [
      'POST',
      `/api/v1/cases/${c.id}/referrals`,
      { institutionId: centreId, items: ['contact'], consent: true },
    ],
    ['POST', `/api/v1/cases/${c.id}/close`, { reason: 'other', noFinalMeasureReason: '越权结案' }],
    ['POST', `/api/v1/cases/${c.id}/reopen`, { reason: '越权重开' }],
  ];
  const supervising = new Set(['/reassign', '/break-glass']);
  const statusesOf = async (agent: Agent, skip: Set<string> = new Set()) => {
    const out: Record<string, number> = {};
    for (const [method, url, body] of routes()) {
      if ([...skip].some((s) => url.endsWith(s))) continue;
      const res = await agent.request(method, url, body);
      out[`${method} ${url.replace(c.id, ':case').replace(taskId, ':task')}`] = res.statusCode;
    }
    return out;
  };
  const unchanged = async (body: () => Promise<void>, reads = 0) => {
    const before = (await caseAudit(t, c.id)).length;
    const notes = Number(
      (await db.database.executeSql('select count(*)::int as n from case_notes where case_id = $1', [c.id]))
        .rows[0]?.n,
    );
    await body();
    expect((await caseAudit(t, c.id)).length).toBe(before + reads);
    const after = await db.database.executeSql(
      'select count(*)::int as n from case_notes where case_id = $1',
      [c.id],
    );
    expect(Number(after.rows[0]?.n)).toBe(notes);
    const row = (
      await db.database.executeSql('select status, counsellor_id, escalated_to from cases where id = $1', [
        c.id,
      ])
    ).rows[0];
    expect(row).toMatchObject({ status: 'open', counsellor_id: userIdOf(counsellor), escalated_to: null });
  };

  it('refuses another counsellor of the federation the case and every route about it (403), changing nothing', async () => {
    await unchanged(async () => {
      const statuses = await statusesOf(colleague);
      expect(
        Object.values(statuses).every((s) => s === 403),
        JSON.stringify(statuses),
      ).toBe(true);
      expect((await colleague.request('GET', '/api/v1/cases?status=all')).json().cases).toEqual([]);
    });
    // Each refusal is on the audit trail (as a denied route), none as a read of the case.
    const denied = await db.database.executeSql(
      `select count(*)::int as n from audit_events where action = 'access.denied' and actor_id = $1`,
      [userIdOf(colleague)],
    );
    expect(Number(denied.rows[0]?.n)).toBeGreaterThanOrEqual(routes().length);
  });

  it('answers another federation’s counsellor and supervisor as if the case did not exist (404)', async () => {
    const foreign = await otherFederationCounsellor(t, 'huaibei');
    const operator = await t.signInAs('platform_operator');
    const root = (await operator.request('GET', '/api/v1/organisations'))
      .json()
      .organisations.find((o: { name: string }) => o.name === 'huaibei市总工会').id;
    const foreignSupervisor = await newStaff(
      t,
      operator,
      'huaibei.supervisor',
      '他市督导',
      ['supervisor'],
      root,
    );
    await unchanged(async () => {
      const byCounsellor = await statusesOf(foreign);
      for (const [route, status] of Object.entries(byCounsellor))
        expect.soft(status, route).toBe([...supervising].some((s) => route.endsWith(s)) ? 403 : 404);
      const bySupervisor = await statusesOf(foreignSupervisor);
      for (const [route, status] of Object.entries(bySupervisor)) expect.soft(status, route).toBe(404);
    });
    // A case opened there is numbered on its own.
    const alert = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contact-requests',
      payload: { tenant: 'huaibei', phone: '13300002222', preferredTime: '白天', consent: true },
    });
    expect(alert.statusCode, alert.body).toBe(201);
    expect((await openFromAlert(foreign, alert.json().id)).number).toBe('2026-0001');
  });

  it('refuses federation administrators, auditors and the platform operator by policy (403)', async () => {
    for (const role of [
      'federation_admin',
      'auditor',
      'platform_operator',
      'station_manager',
      'partner_staff',
    ]) {
      const agent = await t.signInAs(role);
      await unchanged(async () => {
        const statuses = await statusesOf(agent);
        expect(
          Object.values(statuses).every((s) => s === 403),
          `${role}: ${JSON.stringify(statuses)}`,
        ).toBe(true);
        expect((await agent.request('GET', '/api/v1/cases')).statusCode).toBe(403);
      });
    }
  });

  it('shows a supervisor the case’s metadata, never its records, without escalation or break-glass', async () => {
    await unchanged(async () => {
      // Reassigning and breaking the glass are theirs (and would succeed): left out here.
      const statuses = await statusesOf(supervisor, supervising);
      // Reading answers 200 (metadata only); everything touching the records is refused.
      for (const [route, status] of Object.entries(statuses))
        expect.soft(status, route).toBe(route.startsWith('GET') ? 200 : 403);
      expect(Object.keys(statuses)).toHaveLength(routes().length - supervising.size);
    }, 1); // the read of the metadata is audited
    const seen = (await supervisor.request('GET', `/api/v1/cases/${c.id}`)).json() as CaseJson;
    expect(seen).toMatchObject({ id: c.id, number: c.number, basis: null, records: null });
    expect(JSON.stringify(seen)).not.toContain('只有负责的咨询师能读');
    expect(JSON.stringify(seen)).not.toContain('13300001111');
  });

  it('writes exactly one audit event about the case for every read and every write', async () => {
    const fresh = await openFromAlert(counsellor, await contactRequest(t, '13300003333'));
    const steps: [Agent, Method, string, Record<string, unknown>?][] = [
      [counsellor, 'GET', `/api/v1/cases/${fresh.id}`],
      [counsellor, 'POST', `/api/v1/cases/${fresh.id}/notes`, note(t, '第一次会谈')],
      [counsellor, 'PUT', `/api/v1/cases/${fresh.id}/contact`, { name: '钱师傅' }],
      [
        counsellor,
        'POST',
        `/api/v1/cases/${fresh.id}/tasks`,
        { kind: 'other', dueAt: t.clock.now().toISOString(), title: '材料' },
      ],
      [
        counsellor,
        'POST',
        `/api/v1/cases/${fresh.id}/escalate`,
        { supervisorId: userIdOf(supervisor), reason: '请督导' },
      ],
      [supervisor, 'GET', `/api/v1/cases/${fresh.id}`],
      [supervisor, 'POST', `/api/v1/cases/${fresh.id}/de-escalate`],
      [supervisor, 'POST', `/api/v1/cases/${fresh.id}/break-glass`, { reason: '紧急情况需要查看记录内容' }],
      [
        supervisor,
        'POST',
        `/api/v1/cases/${fresh.id}/reassign`,
        { counsellorId: userIdOf(colleague), reason: '调整' },
      ],
      [
        colleague,
        'POST',
        `/api/v1/cases/${fresh.id}/referrals`,
        { institutionId: centreId, items: ['contact'], consent: true },
      ],
      [
        colleague,
        'POST',
        `/api/v1/cases/${fresh.id}/close`,
        { reason: 'referred', noFinalMeasureReason: '已转介' },
      ],
      [colleague, 'POST', `/api/v1/cases/${fresh.id}/reopen`, { reason: '转介未成' }],
    ];
    for (const [agent, method, url, body] of steps) {
      const before = (await caseAudit(t, fresh.id)).length;
      const res = await agent.request(method, url, body);
      expect.soft(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      expect.soft((await caseAudit(t, fresh.id)).length - before, `${method} ${url}`).toBe(1);
    }
    const task = (await colleague.request('GET', `/api/v1/cases/${fresh.id}`)).json().records.tasks[0];
    const before = (await caseAudit(t, fresh.id)).length;
    expect(
      (await colleague.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: '已取消' })).statusCode,
    ).toBe(200);
    expect((await caseAudit(t, fresh.id)).length - before).toBe(1);
    // Nothing about the person in the audit details: ids, numbers and the basis only.
    const text = JSON.stringify(await caseAudit(t, fresh.id));
    for (const secret of ['钱师傅', '13300003333', '第一次会谈', '请督导', '紧急情况需要查看记录内容'])
      expect(text).not.toContain(secret);
  });
});
