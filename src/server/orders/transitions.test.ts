import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextState, orderStates, orderSteps, stepSide } from '../../core/orders/workflow';
import { type Agent, makeTestApp, type TestApp } from '../testing/app';
import { type TestDatabase, testDrivers } from '../testing/databases';
import { addMenuItem, lectureItem, orderIn, stepAs, userIdOf } from './test-kit';

/**
 * Every step from every state by every role: the table's steps succeed and lead where it says, the other
 * side's steps are refused 403, a wrong state 409 invalid_transition, and a refusal changes nothing.
 */
describe.each(testDrivers)('the order transition table over the API ($name)', (driver) => {
  let db: TestDatabase;
  let t: TestApp;
  let officer: Agent;
  let admin: Agent;
  let supervisor: Agent;
  let hostId: string;
  let menuItemId: string;

  beforeAll(async () => {
    db = await driver.open();
    t = await makeTestApp(db.database);
    admin = await t.signInAs('federation_admin');
    officer = await t.signInAs('enterprise_officer');
    supervisor = await t.signInAs('supervisor');
    hostId = userIdOf(await t.signInAs('counsellor'));
    menuItemId = await addMenuItem(admin, lectureItem);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  for (const state of orderStates) {
    it(`from ${state}`, { timeout: 120_000 }, async () => {
      const sides = { officer, admin };
      const roles = { enterprise: officer, federation: admin, supervisor } as const;
      // One order in this state for all refusals; a fresh one for each step that succeeds.
      const subject = await orderIn(t, sides, menuItemId, state, hostId);
      const before = (await admin.request('GET', `/api/v1/service-orders/${subject.id}`)).json().order;
      for (const step of orderSteps) {
        for (const [role, agent] of Object.entries(roles)) {
          const allowed = role === stepSide[step] && nextState(state, step) !== null;
          const target = allowed ? await orderIn(t, sides, menuItemId, state, hostId) : subject;
          const res = await stepAs(agent, target.id, step, hostId);
          if (allowed) {
            expect(res.statusCode, `${role} ${step} from ${state}: ${res.body}`).toBe(200);
            expect(res.json().order.state).toBe(nextState(state, step));
            expect(res.json().order.timeline.at(-1)).toMatchObject({ step, fromState: state, side: role });
          } else if (role === stepSide[step]) {
            expect(res.statusCode, `${role} ${step} from ${state}`).toBe(409);
            expect(res.json().error.code).toBe('invalid_transition');
          } else {
            expect(res.statusCode, `${role} ${step} from ${state}`).toBe(403);
          }
        }
      }
      const after = (await admin.request('GET', `/api/v1/service-orders/${subject.id}`)).json().order;
      expect(after).toEqual(before);
    });
  }
});
