import { orderSteps } from '../../core/orders/workflow';
import { type Fixture, NOBODY } from '../testing/matrix';
import { stepBody } from './test-kit-bodies';

/**
 * Sample requests for the access matrix, one per route. Writes name nothing that exists (or a kind nobody
 * offers), so an allowed role is answered 400 or 404 and the matrix never changes the demo's orders.
 */
export const orderFixtures: Record<string, Fixture> = {
  'GET /api/v1/service-menu': () => ({ url: '/api/v1/service-menu' }),
  'POST /api/v1/service-menu': () => ({
    url: '/api/v1/service-menu',
    payload: {
      kind: 'no_such_kind',
      title: '矩阵',
      titleEn: 'Matrix',
      durationMinutes: 60,
      maxHeadcount: 10,
    },
  }),
  'PATCH /api/v1/service-menu/:id': () => ({
    url: `/api/v1/service-menu/${NOBODY}`,
    payload: { active: false },
  }),
  'POST /api/v1/service-orders': () => ({
    url: '/api/v1/service-orders',
    payload: {
      menuItemId: NOBODY,
      preferredDates: [{ date: '2099-01-01' }],
      headcount: 1,
      site: { name: '矩阵', address: '矩阵路 1 号' },
    },
  }),
  'GET /api/v1/service-orders': () => ({ url: '/api/v1/service-orders' }),
  'GET /api/v1/service-orders/sla': () => ({ url: '/api/v1/service-orders/sla' }),
  'GET /api/v1/service-orders/:id': () => ({ url: `/api/v1/service-orders/${NOBODY}` }),
  'GET /api/v1/service-orders/:id/checkup-report': () => ({
    url: `/api/v1/service-orders/${NOBODY}/checkup-report`,
  }),
  ...Object.fromEntries(
    orderSteps.map((step): [string, Fixture] => [
      `POST /api/v1/service-orders/:id/${step}`,
      () => ({ url: `/api/v1/service-orders/${NOBODY}/${step}`, payload: stepBody(step, NOBODY) }),
    ]),
  ),
};
