import { describe, expect, it } from 'vitest';
import { dimensionTabs, officerOnly } from './stats-tabs';
import type { Session } from './types';

const session = (roles: string[]): Session => ({
  user: {
    id: 'u',
    login: 'l',
    displayName: 'n',
    tenantId: 't',
    organisationId: 'o',
    totpEnrolled: true,
    mustChangePassword: false,
    recoveryCodesLeft: 10,
  },
  tenant: {
    id: 't',
    slug: 's',
    name: 'n',
    nameEn: 'n',
    kind: 'city',
    timeZone: 'Asia/Shanghai',
    isDemo: true,
  },
  roles: roles.map((role, i) => ({
    id: String(i),
    role,
    organisationId: 'o',
    organisationName: 'o',
    organisationNameEn: null,
  })),
  stage: 'full',
  csrfToken: 'c',
});

describe('the breakdown tabs', () => {
  it('offer a federation administrator every dimension, counsellors’ workload included', () => {
    expect(dimensionTabs(session(['federation_admin']))).toEqual([
      'organisation',
      'service_point',
      'counsellor',
      'audience',
      'employment_form',
      'industry',
    ]);
  });

  it('leave counsellors out for those without statistics.workload', () => {
    expect(dimensionTabs(session(['station_manager']))).not.toContain('counsellor');
    expect(dimensionTabs(session(['auditor']))).not.toContain('counsellor');
  });

  it('give an enterprise officer their enterprise by organisation only', () => {
    expect(officerOnly(session(['enterprise_officer']))).toBe(true);
    expect(dimensionTabs(session(['enterprise_officer']))).toEqual(['organisation']);
    // An officer who also reads statistics in another role is not limited by the officer's view.
    expect(officerOnly(session(['enterprise_officer', 'supervisor']))).toBe(false);
    // A role that reads no statistics does not count either way.
    expect(officerOnly(session(['enterprise_officer', 'counsellor']))).toBe(true);
  });
});
