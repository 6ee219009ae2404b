import type { Fixture } from '../testing/matrix';

/** Sample requests for the access matrix: one per route of this capability (public: no sign-in). */
export const myDataFixtures: Record<string, Fixture> = {
  'GET /api/v1/my-data': () => ({ url: '/api/v1/my-data' }),
  'GET /api/v1/my-data/access-log': () => ({ url: '/api/v1/my-data/access-log' }),
  'GET /api/v1/my-data/export': () => ({ url: '/api/v1/my-data/export?format=html' }),
  'POST /api/v1/my-data/consent-withdrawal': () => ({
    url: '/api/v1/my-data/consent-withdrawal',
    payload: { consent: 'contact' },
  }),
  'POST /api/v1/my-data/deletion': () => ({ url: '/api/v1/my-data/deletion', payload: { confirm: true } }),
};
