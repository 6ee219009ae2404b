import type { Fixture } from '../testing/matrix';

/**
 * Sample requests for the access matrix, one per route. The save sends a stale base version, so an allowed
 * role is answered 409 and the matrix never changes the demo federation's rules.
 */
const rule = {
  id: 'matrix',
  when: {},
  recommend: { type: 'topic', topic: 'emotions' },
  reason: { zh: '矩阵', en: 'Matrix' },
  priority: 1,
};

export const recommendationFixtures: Record<string, Fixture> = {
  'GET /api/v1/recommendation-rules': () => ({ url: '/api/v1/recommendation-rules?tenant=demo-city' }),
  'GET /api/v1/recommendation-rule-set': () => ({ url: '/api/v1/recommendation-rule-set' }),
  'PUT /api/v1/recommendation-rule-set': () => ({
    url: '/api/v1/recommendation-rule-set',
    payload: { rules: [rule], baseVersion: 999 },
  }),
  'POST /api/v1/recommendation-rule-set/preview': () => ({
    url: '/api/v1/recommendation-rule-set/preview',
    payload: { rules: [rule], sample: { results: [], crisis: false, audiences: [] } },
  }),
};
