import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  mayAssignRole,
  mayPerform,
  mayPerformOn,
  type Principal,
  policy,
  reachOf,
  type Scope,
} from './policy';
import { type StaffRole, staffRoles } from './roles';

const T1 = 'tenant-1';
const T2 = 'tenant-2';
const staff = (
  role: StaffRole,
  orgPath = '/root/',
  tenantId = T1,
  stage: 'full' | 'totp_enrolment' = 'full',
): Principal => ({
  kind: 'staff',
  userId: 'u',
  tenantId,
  stage,
  assignments: [
    { role, tenantId, organisationId: orgPath.split('/').at(-2) as string, orgPath } satisfies Assignment,
  ],
});

describe('access policy', () => {
  it('lets anyone do public things and nobody anonymous do anything else', () => {
    const anon: Principal = { kind: 'anonymous' };
    expect(mayPerform(anon, 'public')).toBe(true);
    expect(mayPerform(anon, 'session.self')).toBe(false);
    expect(mayPerform(anon, 'organisation.read')).toBe(false);
  });

  it('gives a half-signed-in session (enrolment pending) only its own session', () => {
    const p = staff('federation_admin', '/root/', T1, 'totp_enrolment');
    expect(mayPerform(p, 'session.self')).toBe(true);
    expect(mayPerform(p, 'organisation.read')).toBe(false);
  });

  it('scopes a district administrator to the district subtree', () => {
    const district = staff('federation_admin', '/root/d1/');
    expect(mayPerformOn(district, 'organisation.manage', { tenantId: T1, orgPath: '/root/d1/e1/' })).toBe(
      true,
    );
    expect(mayPerformOn(district, 'organisation.manage', { tenantId: T1, orgPath: '/root/d2/' })).toBe(false);
    expect(mayPerformOn(district, 'organisation.manage', { tenantId: T1, orgPath: '/root/' })).toBe(false);
    expect(mayPerformOn(district, 'organisation.manage', { tenantId: T2, orgPath: '/root/d1/' })).toBe(false);
  });

  it('lets an auditor read the audit trail of the whole tenant but change nothing', () => {
    const auditor = staff('auditor', '/root/d1/');
    expect(mayPerformOn(auditor, 'audit.read', { tenantId: T1, orgPath: '/root/d2/' })).toBe(true);
    expect(mayPerformOn(auditor, 'audit.read', { tenantId: T2, orgPath: '/x/' })).toBe(false);
    expect(mayPerform(auditor, 'user.manage')).toBe(false);
    expect(mayPerform(auditor, 'organisation.manage')).toBe(false);
  });

  it('keeps the audit trail from federation administrators (separation of duties)', () => {
    expect(mayPerform(staff('federation_admin'), 'audit.read')).toBe(false);
  });

  it('gives the platform operator every tenant', () => {
    const op = staff('platform_operator', '/p/', 'platform');
    expect(mayPerformOn(op, 'user.manage', { tenantId: T2, orgPath: '/any/' })).toBe(true);
    expect(reachOf(op, 'organisation.read').platform).toBe(true);
  });

  it('describes reach for queries, dropping subtrees already covered by a whole tenant', () => {
    const p: Principal = {
      kind: 'staff',
      userId: 'u',
      tenantId: T1,
      stage: 'full',
      assignments: [
        { role: 'auditor', tenantId: T1, organisationId: 'root', orgPath: '/root/' },
        { role: 'counsellor', tenantId: T1, organisationId: 'd1', orgPath: '/root/d1/' },
      ],
    };
    expect(reachOf(p, 'organisation.read')).toEqual({ platform: false, tenants: [T1], subtrees: [] });
    expect(reachOf(staff('counsellor', '/root/d1/'), 'organisation.read').subtrees).toEqual([
      { tenantId: T1, orgPath: '/root/d1/' },
    ]);
    expect(reachOf(staff('counsellor'), 'user.read')).toEqual({ platform: false, tenants: [], subtrees: [] });
  });

  it('lets only a platform operator grant the platform-operator role, and nobody grant "worker"', () => {
    const admin = staff('federation_admin');
    expect(mayAssignRole(admin, 'counsellor', { tenantId: T1, orgPath: '/root/d1/' })).toBe(true);
    expect(mayAssignRole(admin, 'platform_operator', { tenantId: T1, orgPath: '/root/' })).toBe(false);
    expect(mayAssignRole(admin, 'worker', { tenantId: T1, orgPath: '/root/' })).toBe(false);
    expect(
      mayAssignRole(staff('platform_operator', '/p/', 'platform'), 'platform_operator', {
        tenantId: 'platform',
        orgPath: '/p/',
      }),
    ).toBe(true);
  });

  it('lets whoever sees rosters or edits stations list the stations, as widely as the wider of the two', () => {
    const rank = (s: Scope | undefined) => (s ? ['subtree', 'tenant', 'platform'].indexOf(s) : -1);
    for (const role of staffRoles) {
      const wider = [policy['roster.read'][role], policy['servicepoint.manage'][role]].sort(
        (a, b) => rank(b) - rank(a),
      )[0];
      expect(policy['servicepoint.read'][role], role).toBe(wider);
    }
    // The platform operator edits stations without seeing rosters: listing them must not need roster.read.
    expect(mayPerform(staff('platform_operator', '/p/', 'platform'), 'servicepoint.read')).toBe(true);
  });
});
