import { type Fixture, NOBODY } from '../testing/matrix';

const note = {
  kind: 'session',
  happenedAt: '2026-11-30T09:00:00+08:00',
  body: {
    concern: { primary: 'work' },
    risk: { level: 'low', selfHarmThoughts: false, harmToOthers: false },
    intervention: { methods: ['supportive_listening'] },
  },
};

/** Sample requests for the access matrix: one per route of this capability. */
export const careFixtures: Record<string, Fixture> = {
  'POST /api/v1/cases': () => ({ url: '/api/v1/cases', payload: { alertId: NOBODY } }),
  'GET /api/v1/cases': () => ({ url: '/api/v1/cases?status=all&scope=mine' }),
  'GET /api/v1/cases/:id': () => ({ url: `/api/v1/cases/${NOBODY}` }),
  'POST /api/v1/cases/:id/notes': () => ({ url: `/api/v1/cases/${NOBODY}/notes`, payload: note }),
  'PUT /api/v1/cases/:id/contact': () => ({
    url: `/api/v1/cases/${NOBODY}/contact`,
    payload: { name: '某' },
  }),
  'POST /api/v1/cases/:id/escalate': () => ({
    url: `/api/v1/cases/${NOBODY}/escalate`,
    payload: { supervisorId: NOBODY, reason: 'matrix sample' },
  }),
  'POST /api/v1/cases/:id/de-escalate': () => ({ url: `/api/v1/cases/${NOBODY}/de-escalate` }),
  'POST /api/v1/cases/:id/reassign': () => ({
    url: `/api/v1/cases/${NOBODY}/reassign`,
    payload: { counsellorId: NOBODY, reason: 'matrix sample' },
  }),
  'POST /api/v1/cases/:id/break-glass': () => ({
    url: `/api/v1/cases/${NOBODY}/break-glass`,
    payload: { reason: 'matrix sample reason' },
  }),
  'POST /api/v1/cases/:id/close': () => ({
    url: `/api/v1/cases/${NOBODY}/close`,
    payload: { reason: 'goals_met', noFinalMeasureReason: 'matrix sample' },
  }),
  'POST /api/v1/cases/:id/reopen': () => ({
    url: `/api/v1/cases/${NOBODY}/reopen`,
    payload: { reason: 'matrix sample' },
  }),
  'POST /api/v1/cases/:id/tasks': () => ({
    url: `/api/v1/cases/${NOBODY}/tasks`,
    payload: { kind: 'call_back', dueAt: '2026-12-01T10:00:00+08:00', title: 'matrix' },
  }),
  'PATCH /api/v1/tasks/:id': () => ({ url: `/api/v1/tasks/${NOBODY}`, payload: { status: 'done' } }),
  'GET /api/v1/care/queue': () => ({ url: '/api/v1/care/queue' }),
  'GET /api/v1/care/staff': () => ({ url: '/api/v1/care/staff' }),
  'POST /api/v1/cases/:id/referrals': () => ({
    url: `/api/v1/cases/${NOBODY}/referrals`,
    payload: { institutionId: NOBODY, items: ['contact'], consent: true },
  }),
  'GET /api/v1/referrals': () => ({ url: '/api/v1/referrals' }),
  'POST /api/v1/referrals/:id/acknowledge': () => ({
    url: `/api/v1/referrals/${NOBODY}/acknowledge`,
    payload: { decision: 'acknowledged' },
  }),
};
