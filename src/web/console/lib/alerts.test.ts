import { describe, expect, it } from 'vitest';
import { sortAlerts } from './alerts';
import type { Alert } from './types';

const alert = (id: string, priority: Alert['priority'], createdAt: string, status: Alert['status'] = 'new') =>
  ({
    id,
    source: 'checkup_contact_request',
    priority,
    status,
    createdAt,
    contact: { name: null, phone: '13800138000', preferredTime: '今晚', message: null },
    consentVersion: 'contact-2026-11',
    sharedSubmissionId: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    closedAt: null,
  }) satisfies Partial<Alert>;

describe('request queue', () => {
  const queue = [
    alert('old-normal', 'normal', '2026-11-01T08:00:00Z'),
    alert('new-normal', 'normal', '2026-11-02T08:00:00Z'),
    alert('old-crisis', 'crisis', '2026-10-30T08:00:00Z', 'acknowledged'),
    alert('high', 'high', '2026-11-01T09:00:00Z'),
    alert('new-crisis', 'crisis', '2026-11-01T10:00:00Z'),
  ];

  it('puts crises first, then elevated requests, newest first within each', () => {
    expect(sortAlerts(queue).map((a) => a.id)).toEqual([
      'new-crisis',
      'old-crisis',
      'high',
      'new-normal',
      'old-normal',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const before = queue.map((a) => a.id);
    sortAlerts(queue);
    expect(queue.map((a) => a.id)).toEqual(before);
  });
});
