import type { Fixture } from '../testing/matrix';

/** Sample requests for the access matrix: one per route of this capability (public: no sign-in, no code). */
export const linkedDataFixtures: Record<string, Fixture> = {
  'GET /api/v1/linked-diary': () => ({ url: '/api/v1/linked-diary' }),
  'PUT /api/v1/linked-diary': () => ({
    url: '/api/v1/linked-diary',
    payload: { entries: [], baseUpdatedAt: null },
  }),
  'DELETE /api/v1/linked-diary': () => ({ url: '/api/v1/linked-diary' }),
  'GET /api/v1/linked-groups': () => ({ url: '/api/v1/linked-groups' }),
  'PUT /api/v1/linked-groups': () => ({
    url: '/api/v1/linked-groups',
    payload: { groups: [], baseUpdatedAt: null },
  }),
  'DELETE /api/v1/linked-groups': () => ({ url: '/api/v1/linked-groups' }),
};
