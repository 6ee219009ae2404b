import { type Fixture, NOBODY } from '../testing/matrix';

/** Sample requests for the access matrix, one per content route; none of them changes the library. */
const invalidInput = {
  kind: 'article',
  slug: 'matrix-sample',
  // No topic: refused as invalid once access is granted, so the matrix never fills the library.
  topics: [],
  audiences: [],
  zh: { title: '矩阵', summary: '矩阵', bodyHtml: '<p>矩阵</p>' },
  en: null,
  media: null,
  coverImageId: null,
};

export const contentFixtures: Record<string, Fixture> = {
  'GET /api/v1/content': () => ({ url: '/api/v1/content?audience=truck_driver' }),
  'GET /api/v1/content/:slug': () => ({ url: '/api/v1/content/matrix-sample' }),
  'GET /api/v1/content-search': () => ({ url: `/api/v1/content-search?q=${encodeURIComponent('倦怠')}` }),
  'GET /api/v1/content-images/:id': () => ({ url: `/api/v1/content-images/${NOBODY}` }),
  'POST /api/v1/content-reads': () => ({ url: '/api/v1/content-reads', payload: { contentId: NOBODY } }),
  'POST /api/v1/tool-uses': () => ({ url: '/api/v1/tool-uses', payload: { tool: 'grounding' } }),
  'GET /api/v1/content-items': () => ({ url: '/api/v1/content-items?status=published' }),
  'POST /api/v1/content-items': () => ({ url: '/api/v1/content-items', payload: invalidInput }),
  'GET /api/v1/content-items/:id': () => ({ url: `/api/v1/content-items/${NOBODY}` }),
  'PUT /api/v1/content-items/:id': () => ({
    url: `/api/v1/content-items/${NOBODY}`,
    payload: { ...invalidInput, topics: ['sleep'], baseVersion: 1 },
  }),
  'GET /api/v1/content-items/:id/versions/:version': () => ({
    url: `/api/v1/content-items/${NOBODY}/versions/1`,
  }),
  'POST /api/v1/content-items/:id/submit': () => ({
    url: `/api/v1/content-items/${NOBODY}/submit`,
    payload: {},
  }),
  'POST /api/v1/content-items/:id/review': () => ({
    url: `/api/v1/content-items/${NOBODY}/review`,
    payload: { decision: 'return' },
  }),
  'POST /api/v1/content-items/:id/archive': () => ({
    url: `/api/v1/content-items/${NOBODY}/archive`,
    payload: {},
  }),
  'POST /api/v1/content-items/:id/restore': () => ({ url: `/api/v1/content-items/${NOBODY}/restore` }),
  // JSON instead of an image: 415 once access is granted, so nothing is stored.
  'POST /api/v1/content-images': () => ({ url: '/api/v1/content-images', payload: { not: 'an image' } }),
};
