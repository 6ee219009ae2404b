import { describe, expect, it } from 'vitest';
import { isKnownKind, notificationPath } from './notifications';

const id = '5b7c1f6e-8f57-4c1a-9d53-0c7e0f1d2a3b';

describe('where a notification leads', () => {
  it('opens the queue on a request, a case’s page, and the referrals received', () => {
    expect(notificationPath({ objectType: 'alert', objectId: id })).toBe(`/alerts?open=${id}`);
    expect(notificationPath({ objectType: 'case', objectId: id })).toBe(`/cases/${id}`);
    expect(notificationPath({ objectType: 'referral', objectId: id })).toBe('/referrals');
  });

  it('leads to the cases for a task or a questionnaire, which name their own ids', () => {
    expect(notificationPath({ objectType: 'task', objectId: id })).toBe('/cases');
    expect(notificationPath({ objectType: 'measure', objectId: id })).toBe('/cases');
  });

  it('knows the kinds the server sends', () => {
    expect(isKnownKind('case_break_glass')).toBe(true);
    expect(isKnownKind('something_new')).toBe(false);
  });
});
