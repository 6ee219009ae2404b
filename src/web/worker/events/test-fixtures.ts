import type { EventSummary, RegistrationView } from './types';

/** An event as GET /api/v1/group-events lists it (contract shape), with what a test changes. */
export function anEvent(patch: Partial<EventSummary> = {}): EventSummary {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    kind: 'lecture',
    kindName: '心理讲座',
    title: '睡不好怎么办',
    summaryText: '倒班职工的睡眠',
    startsAt: '2026-12-10T06:00:00.000Z',
    endsAt: '2026-12-10T08:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    place: {
      kind: 'service_point',
      name: '市职工服务中心心灵驿站',
      address: '淮北市相山区',
      latitude: 33.96,
      longitude: 116.8,
      servicePointId: '22222222-2222-4222-8222-222222222222',
    },
    capacity: 30,
    placesLeft: 12,
    waitlistLength: 0,
    audiences: [],
    visibility: 'open',
    invitedOrganisationName: null,
    hosts: [{ name: '王老师' }],
    status: 'published',
    registration: { opensAt: null, closesAt: null, refusal: null },
    materials: null,
    ...patch,
  };
}

export function aRegistration(patch: Partial<RegistrationView> = {}): RegistrationView {
  const event = patch.event ?? anEvent();
  return {
    id: '33333333-3333-4333-8333-333333333333',
    eventId: event.id,
    status: 'registered',
    position: null,
    offerExpiresAt: null,
    ticket: `carnation-event:33333333-3333-4333-8333-333333333333.${'a'.repeat(32)}`,
    checkedInAt: null,
    feedbackGiven: false,
    canCancel: true,
    canCheckIn: false,
    canGiveFeedback: false,
    onlineUrl: null,
    ...patch,
    event,
  };
}

/** Ids that read as ids: n-th of a kind. */
export const idN = (n: number) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;
