import { type Fixture, NOBODY } from '../testing/matrix';

/** Sample requests for the access matrix: one per route of this capability. */
export const measureFixtures: Record<string, Fixture> = {
  'POST /api/v1/cases/:id/measures': () => ({
    url: `/api/v1/cases/${NOBODY}/measures`,
    payload: { instrumentId: 'phq9', via: 'in_room', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
  }),
  'GET /api/v1/cases/:id/measures': () => ({ url: `/api/v1/cases/${NOBODY}/measures` }),
  'POST /api/v1/measures/:id/cancel': () => ({ url: `/api/v1/measures/${NOBODY}/cancel` }),
  'GET /api/v1/measure-requests/current': () => ({ url: '/api/v1/measure-requests/current' }),
  'POST /api/v1/measure-requests/current/answers': () => ({
    url: '/api/v1/measure-requests/current/answers',
    payload: { answers: [0] },
  }),
};
