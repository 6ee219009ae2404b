import { type Fixture, NOBODY } from '../testing/matrix';

/** Sample requests for the access matrix: one per route of this capability. */
export const alertFixtures: Record<string, Fixture> = {
  'GET /api/v1/alerts': () => ({ url: '/api/v1/alerts' }),
  'POST /api/v1/alerts/:id/acknowledge': () => ({ url: `/api/v1/alerts/${NOBODY}/acknowledge` }),
  'GET /api/v1/alerts/summary': () => ({ url: '/api/v1/alerts/summary' }),
  'POST /api/v1/alerts/:id/close': () => ({ url: `/api/v1/alerts/${NOBODY}/close` }),
};
