import type { Fixture } from '../testing/matrix';

/** Sample requests for the access matrix: one per statistics route (each in the caller's own reach). */
export const statisticsFixtures: Record<string, Fixture> = {
  'GET /api/v1/statistics/overview': () => ({
    url: '/api/v1/statistics/overview?granularity=month&date=2026-11-01',
  }),
  'GET /api/v1/statistics/breakdown': () => ({
    url: '/api/v1/statistics/breakdown?dimension=organisation&granularity=month&date=2026-11-01',
  }),
  'GET /api/v1/statistics/overview.csv': () => ({ url: '/api/v1/statistics/overview.csv?lang=en' }),
  'GET /api/v1/statistics/breakdown.csv': () => ({
    url: '/api/v1/statistics/breakdown.csv?dimension=organisation',
  }),
  'GET /api/v1/statistics/scopes': () => ({ url: '/api/v1/statistics/scopes' }),
};
