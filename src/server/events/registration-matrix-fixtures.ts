import { type Fixture, NOBODY } from '../testing/matrix';

/** Sample requests for the access matrix, one per event-registration route; none of them registers anyone. */
export const eventRegistrationFixtures: Record<string, Fixture> = {
  'GET /api/v1/group-events': () => ({ url: '/api/v1/group-events' }),
  'GET /api/v1/group-events/:id': () => ({ url: `/api/v1/group-events/${NOBODY}` }),
  'POST /api/v1/group-events/:id/registrations': () => ({
    url: `/api/v1/group-events/${NOBODY}/registrations`,
    payload: { consent: true, retrievalCode: 'ABCD-EFGH-2345-JKLM' },
  }),
  'GET /api/v1/event-registrations': () => ({ url: '/api/v1/event-registrations' }),
  'POST /api/v1/event-registrations/:id/cancel': () => ({
    url: `/api/v1/event-registrations/${NOBODY}/cancel`,
  }),
  'POST /api/v1/event-registrations/:id/accept': () => ({
    url: `/api/v1/event-registrations/${NOBODY}/accept`,
  }),
  'POST /api/v1/event-registrations/:id/check-in': () => ({
    url: `/api/v1/event-registrations/${NOBODY}/check-in`,
    payload: { code: 'abcd-efgh-jkmn' },
  }),
  'POST /api/v1/event-registrations/:id/feedback': () => ({
    url: `/api/v1/event-registrations/${NOBODY}/feedback`,
    payload: { rating: 5 },
  }),
  'GET /api/v1/managed-events/:id/registrations': () => ({
    url: `/api/v1/managed-events/${NOBODY}/registrations`,
  }),
  'POST /api/v1/managed-events/:id/registrations': () => ({
    url: `/api/v1/managed-events/${NOBODY}/registrations`,
    payload: { members: [{ name: '矩阵', phone: '13800000000' }] },
  }),
  'POST /api/v1/managed-events/:id/registrations/:registrationId/cancel': () => ({
    url: `/api/v1/managed-events/${NOBODY}/registrations/${NOBODY}/cancel`,
  }),
  'POST /api/v1/managed-events/:id/check-ins': () => ({
    url: `/api/v1/managed-events/${NOBODY}/check-ins`,
    payload: { registrationId: NOBODY },
  }),
};
