import type { Fixture } from '../testing/matrix';

/** Sample requests for the access matrix: both answers read only. */
export const coverageFixtures: Record<string, Fixture> = {
  'GET /api/v1/statistics/coverage': () => ({ url: '/api/v1/statistics/coverage?mode=walk' }),
  'GET /api/v1/statistics/coverage/suggestions': () => ({
    url: '/api/v1/statistics/coverage/suggestions?mode=drive&count=2',
  }),
};
