import { type Fixture, NOBODY } from '../testing/matrix';

/** Sample requests for the access matrix: one per route of this capability (alerts, duty, settings, realtime). */
export const alertFixtures: Record<string, Fixture> = {
  'GET /api/v1/alerts': () => ({ url: '/api/v1/alerts' }),
  'POST /api/v1/alerts': () => ({
    url: '/api/v1/alerts',
    // Refused for want of consent when allowed: the matrix must not fill the queue.
    payload: { source: 'hotline', priority: 'normal', contact: {}, consent: false },
  }),
  'GET /api/v1/alerts/:id': () => ({ url: `/api/v1/alerts/${NOBODY}` }),
  'POST /api/v1/alerts/:id/acknowledge': () => ({ url: `/api/v1/alerts/${NOBODY}/acknowledge` }),
  'GET /api/v1/alerts/summary': () => ({ url: '/api/v1/alerts/summary' }),
  'POST /api/v1/alerts/:id/close': () => ({ url: `/api/v1/alerts/${NOBODY}/close` }),
  'POST /api/v1/enterprise-referrals': () => ({
    url: '/api/v1/enterprise-referrals',
    payload: { organisationId: NOBODY, contact: { phone: '13800138000' }, consent: true },
  }),
  'GET /api/v1/care-duty': () => ({ url: '/api/v1/care-duty' }),
  'PUT /api/v1/care-duty': () => ({ url: '/api/v1/care-duty', payload: { hours: 1 } }),
  'DELETE /api/v1/care-duty': () => ({ url: '/api/v1/care-duty' }),
  'GET /api/v1/care-settings': () => ({ url: '/api/v1/care-settings' }),
  'PUT /api/v1/care-settings': () => ({
    url: '/api/v1/care-settings',
    payload: { crisisAckMinutes: 15, dutyPhoneAfterMinutes: 15, highDueMinutes: 240, normalDueMinutes: 2880 },
  }),
  'GET /api/v1/notifications': () => ({ url: '/api/v1/notifications' }),
  'POST /api/v1/notifications/read': () => ({ url: '/api/v1/notifications/read', payload: { all: true } }),
  // Without Accept: text/event-stream it answers 400 at once (after the access check), so the matrix never waits.
  'GET /api/v1/events': () => ({ url: '/api/v1/events' }),
};
