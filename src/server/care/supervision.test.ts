import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CareEvent } from '../realtime/bus';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import {
  type CaseJson,
  caseAudit,
  contactRequest,
  newStaff,
  note,
  openFromAlert,
  userIdOf,
} from './test-kit';

describe.each(testDrivers)('supervision: escalation, reassignment, break-glass ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let counsellor: Agent;
  let supervisor: Agent;
  let otherSupervisor: Agent;
  let colleague: Agent;
  const seen: CareEvent[] = [];

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    t.events.subscribe((e) => seen.push(e));
    const admin = await t.signInAs('federation_admin');
    colleague = await newStaff(t, admin, 'zhao.sup', '赵老师', ['counsellor']);
    otherSupervisor = await newStaff(t, admin, 'zhou.sup', '周督导', ['supervisor']);
    counsellor = await t.signInAs('counsellor');
    supervisor = await t.signInAs('supervisor');
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  const caseWithNote = async (text: string) => {
    const c = await openFromAlert(counsellor, await contactRequest(t, '13600001111'));
    const res = await counsellor.request('POST', `/api/v1/cases/${c.id}/notes`, note(t, text, 'high'));
    expect(res.statusCode).toBe(201);
    t.clock.advance(1000);
    return c;
  };
  const read = async (agent: Agent, id: string) =>
    (await agent.request('GET', `/api/v1/cases/${id}`)).json() as CaseJson;

  it('shows a supervisor every case’s metadata but not its notes, until it is escalated to them', async () => {
    const c = await caseWithNote('夜里反复想到离开');
    const before = await read(supervisor, c.id);
    expect(before).toMatchObject({ number: c.number, basis: null, records: null });
    // The timeline says what happened, not why.
    expect(before.events.every((e) => e.detail === null)).toBe(true);

    // Only the case's counsellor escalates it, and only to a supervisor.
    const byOther = await supervisor.request('POST', `/api/v1/cases/${c.id}/escalate`, {
      supervisorId: userIdOf(supervisor),
      reason: '自己来',
    });
    expect(byOther.statusCode).toBe(403);
    const toCounsellor = await counsellor.request('POST', `/api/v1/cases/${c.id}/escalate`, {
      supervisorId: userIdOf(colleague),
      reason: '请协助',
    });
    expect(toCounsellor.statusCode).toBe(400);

    seen.length = 0;
    const escalated = await counsellor.request('POST', `/api/v1/cases/${c.id}/escalate`, {
      supervisorId: userIdOf(supervisor),
      reason: '高风险，需要督导',
    });
    expect(escalated.statusCode, escalated.body).toBe(200);
    expect(escalated.json().escalatedTo).toMatchObject({ id: userIdOf(supervisor) });
    expect(seen).toContainEqual(
      expect.objectContaining({ kind: 'case_escalated', userIds: [userIdOf(supervisor)], objectId: c.id }),
    );
    const now = await read(supervisor, c.id);
    expect(now.basis).toBe('escalated');
    expect(now.records?.notes.map((n) => n.body.text)).toEqual(['夜里反复想到离开']);
    expect(now.events.find((e) => e.kind === 'escalated')?.detail).toMatchObject({
      reason: '高风险，需要督导',
    });
    // Another supervisor still sees metadata only, and the supervisor's list shows it as theirs.
    expect((await read(otherSupervisor, c.id)).records).toBeNull();
    const mine = (await supervisor.request('GET', '/api/v1/cases')).json().cases as { id: string }[];
    expect(mine.map((x) => x.id)).toContain(c.id);
    // The supervisor writes a supervision note in the case.
    const supNote = await supervisor.request('POST', `/api/v1/cases/${c.id}/notes`, {
      ...note(t, '督导意见：制定安全计划'),
      kind: 'supervision',
    });
    expect(supNote.statusCode).toBe(201);
    // A note's suggestion to escalate stops once someone supervises.
    const later = await counsellor.request(
      'POST',
      `/api/v1/cases/${c.id}/notes`,
      note(t, '仍有风险', 'high'),
    );
    expect(later.json().suggestEscalation).toBe(false);

    // The supervisor ends it: from then on they read no more.
    const ended = await supervisor.request('POST', `/api/v1/cases/${c.id}/de-escalate`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ escalatedTo: null, basis: null, records: null });
    expect((await supervisor.request('POST', `/api/v1/cases/${c.id}/notes`, note(t, 'x'))).statusCode).toBe(
      403,
    );
    expect((await counsellor.request('POST', `/api/v1/cases/${c.id}/de-escalate`)).statusCode).toBe(409);
  });

  it('lets a supervisor reassign a case with its open tasks and a sealed reason; the first counsellor loses it', async () => {
    const c = await caseWithNote('工作调动后焦虑');
    const task = await counsellor.request('POST', `/api/v1/cases/${c.id}/tasks`, {
      kind: 'call_back',
      dueAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
      title: '回访',
    });
    // A counsellor may not reassign (policy), nor give it to someone who is not a counsellor.
    expect(
      (
        await counsellor.request('POST', `/api/v1/cases/${c.id}/reassign`, {
          counsellorId: userIdOf(colleague),
          reason: '休假',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await supervisor.request('POST', `/api/v1/cases/${c.id}/reassign`, {
          counsellorId: userIdOf(otherSupervisor),
          reason: '休假',
        })
      ).statusCode,
    ).toBe(400);
    seen.length = 0;
    const moved = await supervisor.request('POST', `/api/v1/cases/${c.id}/reassign`, {
      counsellorId: userIdOf(colleague),
      reason: '王老师休产假',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ counsellor: { id: userIdOf(colleague) }, records: null });
    expect(seen).toContainEqual(
      expect.objectContaining({ kind: 'case_assigned', userIds: [userIdOf(colleague)] }),
    );
    expect((await counsellor.request('GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(403);
    const theirs = await read(colleague, c.id);
    expect(theirs.records?.notes.map((n) => n.body.text)).toEqual(['工作调动后焦虑']);
    expect(theirs.records?.tasks.find((x) => x.id === task.json().id)?.assigneeId).toBe(userIdOf(colleague));
    expect(theirs.events.find((e) => e.kind === 'reassigned')?.detail).toMatchObject({
      reason: '王老师休产假',
      from: userIdOf(counsellor),
      to: userIdOf(colleague),
    });
    const queue = (await colleague.request('GET', '/api/v1/care/queue')).json();
    expect(queue.tasks.map((x: { id: string }) => x.id)).toContain(task.json().id);
    expect(
      (
        await supervisor.request('POST', `/api/v1/cases/${c.id}/reassign`, {
          counsellorId: userIdOf(colleague),
          reason: '再次',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('breaks the glass: a reason, an hour of reading as break_glass, prominent in the audit, the counsellor told', async () => {
    const c = await caseWithNote('深夜来电，情绪崩溃');
    const short = await supervisor.request('POST', `/api/v1/cases/${c.id}/break-glass`, { reason: '紧急' });
    expect(short.statusCode).toBe(400);
    expect(
      (
        await counsellor.request('POST', `/api/v1/cases/${c.id}/break-glass`, {
          reason: '我想看看这个个案的记录',
        })
      ).statusCode,
    ).toBe(403);
    seen.length = 0;
    const grant = await supervisor.request('POST', `/api/v1/cases/${c.id}/break-glass`, {
      reason: '咨询师联系不上，来访者再次来电表示有自伤计划',
    });
    expect(grant.statusCode, grant.body).toBe(200);
    expect(Date.parse(grant.json().expiresAt) - t.clock.now().getTime()).toBe(60 * 60_000);
    expect(seen).toContainEqual(
      expect.objectContaining({ kind: 'case_break_glass', userIds: [userIdOf(counsellor)], objectId: c.id }),
    );
    const now = await read(supervisor, c.id);
    expect(now.basis).toBe('break_glass');
    expect(now.records?.notes.map((n) => n.body.text)).toEqual(['深夜来电，情绪崩溃']);
    // The counsellor sees in the timeline that it happened and why.
    const theirs = await read(counsellor, c.id);
    expect(theirs.events.find((e) => e.kind === 'break_glass')).toMatchObject({
      actor: expect.stringContaining('督导'),
      detail: { reason: '咨询师联系不上，来访者再次来电表示有自伤计划' },
    });
    const audit = await caseAudit(t, c.id);
    const glass = audit.filter((e) => e.details.breakGlass === true);
    expect(glass.map((e) => e.action)).toEqual(['case.break_glass', 'case.read']);
    expect(glass[1]?.details).toMatchObject({ basis: 'break_glass' });
    expect(JSON.stringify(audit)).not.toContain('自伤');

    // An hour later the glass is whole again.
    t.clock.advance(60 * 60_000 + 1);
    const fresh = await t.signInAs('supervisor');
    expect((await read(fresh, c.id)).records).toBeNull();
    supervisor = fresh;
    counsellor = await t.signInAs('counsellor');
  });
});
