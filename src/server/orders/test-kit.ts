import { expect } from 'vitest';
import type { OrderState, OrderStep } from '../../core/orders/workflow';
import { orgOf, userIdOf } from '../care/test-kit';
import type { Agent, TestApp } from '../testing/app';
import { nextSlot, stepBody } from './test-kit-bodies';

export { nextSlot, orgOf, stepBody, userIdOf };

export interface OrderJson {
  id: string;
  state: OrderState;
  steps: OrderStep[];
  events: { id: string; startsAt: string; endsAt: string; status: string }[];
  campaign: { id: string; link: string; qrSvg: string | null } | null;
  timeline?: {
    step: string;
    fromState: string | null;
    toState: string;
    side: string;
    details: Record<string, unknown>;
  }[];
  [k: string]: unknown;
}

export const lectureItem = {
  kind: 'lecture',
  title: '职场压力与情绪调适讲座',
  titleEn: 'Talk: stress and emotions at work',
  description: '一小时讲座，含互动问答。',
  descriptionEn: 'A one-hour talk with questions.',
  topics: ['stress'],
  durationMinutes: 90,
  maxHeadcount: 200,
};

export const checkupItem = {
  ...lectureItem,
  kind: 'checkup_campaign',
  title: '心理体检进企业',
  titleEn: 'On-site check-up',
};

export async function addMenuItem(admin: Agent, item: Record<string, unknown>): Promise<string> {
  const res = await admin.request('POST', '/api/v1/service-menu', item);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().item.id as string;
}

export const orderBody = (menuItemId: string) => ({
  menuItemId,
  preferredDates: [{ date: '2026-12-15', time: '14:00' }, { date: '2026-12-17' }],
  headcount: 60,
  site: {
    name: '顺达物流二号仓会议室',
    address: '淮北市相山区示例路 8 号',
    latitude: 33.95,
    longitude: 116.79,
  },
  audiences: ['truck_driver'],
  note: '司机下午三点后有空。',
});

export async function place(officer: Agent, menuItemId: string): Promise<OrderJson> {
  const res = await officer.request('POST', '/api/v1/service-orders', orderBody(menuItemId));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().order as OrderJson;
}

/** The steps that take a fresh order to each state (the enterprise's and the federation's in turn). */
export const pathTo: Record<OrderState, OrderStep[]> = {
  submitted: [],
  proposed: ['propose'],
  accepted: ['accept'],
  declined: ['decline'],
  scheduled: ['accept', 'schedule'],
  confirmed: ['accept', 'schedule', 'confirm'],
  delivered: ['accept', 'schedule', 'confirm', 'deliver'],
  rated: ['accept', 'schedule', 'confirm', 'deliver', 'rate'],
  closed: ['accept', 'schedule', 'confirm', 'deliver', 'close'],
  cancelled: ['cancel'],
};

const enterpriseSteps = new Set<OrderStep>(['confirm', 'rate', 'cancel']);

export async function stepAs(agent: Agent, id: string, step: OrderStep, hostId: string) {
  return agent.request('POST', `/api/v1/service-orders/${id}/${step}`, stepBody(step, hostId));
}

export async function orderIn(
  t: TestApp,
  sides: { officer: Agent; admin: Agent },
  menuItemId: string,
  state: OrderState,
  hostId: string,
): Promise<OrderJson> {
  let order = await place(sides.officer, menuItemId);
  for (const step of pathTo[state]) {
    const res = await stepAs(enterpriseSteps.has(step) ? sides.officer : sides.admin, order.id, step, hostId);
    expect(res.statusCode, `${step}: ${res.body}`).toBe(200);
    order = res.json().order;
  }
  expect(order.state).toBe(state);
  void t;
  return order;
}
