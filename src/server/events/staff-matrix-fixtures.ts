import { type Fixture, NOBODY } from '../testing/matrix';

/**
 * Sample requests for the access matrix, one per staff event route. None changes anything: the new event has
 * no capacity (400 once access is granted) and every other sample names an event that does not exist.
 */
export const eventStaffFixtures: Record<string, Fixture> = {
  'GET /api/v1/managed-events': () => ({ url: '/api/v1/managed-events?status=published' }),
  'POST /api/v1/managed-events': (w) => ({
    url: '/api/v1/managed-events',
    payload: { organisationId: w.ownOrg, kind: 'lecture', title: '矩阵', titleEn: 'Matrix', capacity: 0 },
  }),
  'GET /api/v1/managed-events/export.xlsx': () => ({ url: '/api/v1/managed-events/export.xlsx' }),
  'GET /api/v1/managed-events/:id': () => ({ url: `/api/v1/managed-events/${NOBODY}` }),
  'PATCH /api/v1/managed-events/:id': () => ({
    url: `/api/v1/managed-events/${NOBODY}`,
    payload: { capacity: 10 },
  }),
  'POST /api/v1/managed-events/:id/publish': () => ({ url: `/api/v1/managed-events/${NOBODY}/publish` }),
  'POST /api/v1/managed-events/:id/cancel': () => ({
    url: `/api/v1/managed-events/${NOBODY}/cancel`,
    payload: { reason: 'matrix sample' },
  }),
  'PUT /api/v1/managed-events/:id/materials': () => ({
    url: `/api/v1/managed-events/${NOBODY}/materials`,
    payload: { summary: 'matrix' },
  }),
  'POST /api/v1/managed-events/:id/walk-ins': () => ({
    url: `/api/v1/managed-events/${NOBODY}/walk-ins`,
    payload: { count: 1 },
  }),
  'POST /api/v1/managed-events/:id/care-packages': () => ({
    url: `/api/v1/managed-events/${NOBODY}/care-packages`,
    payload: { audienceGroup: 'general', count: 1 },
  }),
  'POST /api/v1/managed-events/:id/door-code': () => ({ url: `/api/v1/managed-events/${NOBODY}/door-code` }),
  'POST /api/v1/managed-events/:id/invite-link': () => ({
    url: `/api/v1/managed-events/${NOBODY}/invite-link`,
  }),
  'GET /api/v1/managed-events/:id/report': () => ({ url: `/api/v1/managed-events/${NOBODY}/report` }),
  'GET /api/v1/managed-events/:id/report.xlsx': () => ({
    url: `/api/v1/managed-events/${NOBODY}/report.xlsx`,
  }),
  'GET /api/v1/event-hosts': () => ({ url: '/api/v1/event-hosts' }),
};
