import { describe, expect, it } from 'vitest';
import { can, roleLabel, rolesFor } from './access';
import type { Session } from './types';

const session = (roles: string[], stage: Session['stage'] = 'full'): Session => ({
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
  stage,
  csrfToken: 'c',
});

describe('console access', () => {
  it('follows the policy table for what each role sees', () => {
    expect(can(session(['counsellor']), 'organisation.read')).toBe(true);
    expect(can(session(['counsellor']), 'audit.read')).toBe(false);
    expect(can(session(['auditor']), 'audit.read')).toBe(true);
    expect(can(session(['auditor']), 'user.manage')).toBe(false);
    expect(can(session(['federation_admin']), 'user.manage')).toBe(true);
    expect(can(session(['federation_admin']), 'tenant.read')).toBe(false);
    expect(can(session(['counsellor', 'platform_operator']), 'tenant.manage')).toBe(true);
  });

  it('offers nothing before sign-in is complete or to unknown roles', () => {
    expect(can(null, 'organisation.read')).toBe(false);
    expect(can(session(['federation_admin'], 'totp_enrolment'), 'organisation.read')).toBe(false);
    expect(can(session(['worker', 'janitor']), 'organisation.read')).toBe(false);
  });

  it('names the roles a denied page needs', () => {
    expect(rolesFor('audit.read').map((r) => roleLabel(r, 'zh-CN'))).toEqual(['审计员', '平台运营']);
    expect(roleLabel('auditor', 'en')).toBe('Auditor');
  });

  it('opens a page that serves two jobs to a role holding either', () => {
    const stations = ['servicepoint.manage', 'counsellor.manage'] as const;
    expect(can(session(['station_manager']), stations)).toBe(true);
    expect(can(session(['platform_operator']), stations)).toBe(true);
    expect(can(session(['counsellor']), stations)).toBe(false);
    expect(rolesFor(stations)).toEqual(['station_manager', 'federation_admin', 'platform_operator']);
  });
});
