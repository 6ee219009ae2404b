import { type Fixture, NOBODY } from '../testing/matrix';

/**
 * Sample requests for the access matrix. The generation names a month that is not one, so an allowed role is
 * answered 400 and the matrix makes no report.
 */
export const reportFixtures: Record<string, Fixture> = {
  'GET /api/v1/statistics/reports': () => ({ url: '/api/v1/statistics/reports' }),
  'POST /api/v1/statistics/reports': () => ({
    url: '/api/v1/statistics/reports',
    payload: { month: '2026-13' },
  }),
  'GET /api/v1/statistics/reports/:id/report.pdf': () => ({
    url: `/api/v1/statistics/reports/${NOBODY}/report.pdf`,
  }),
  'GET /api/v1/statistics/reports/:id/report.xlsx': () => ({
    url: `/api/v1/statistics/reports/${NOBODY}/report.xlsx`,
  }),
};
