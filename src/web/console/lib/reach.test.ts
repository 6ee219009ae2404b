import { describe, expect, it } from 'vitest';
import { organisationsAllowed } from './reach';
import type { Organisation, Session } from './types';

const org = (id: string, parentId: string | null, tenantId = 't'): Organisation => ({
  id,
  tenantId,
  parentId,
  depth: 0,
  kind: parentId ? 'enterprise_union' : 'federation',
  name: id,
  nameEn: null,
  industry: null,
  memberCount: null,
  address: null,
  latitude: null,
  longitude: null,
  active: true,
});

const orgs = [
  org('root', null),
  org('transport', 'root'),
  org('logistics', 'transport'),
  org('bus', 'transport'),
  org('mine', 'root'),
];

const session = (roles: [string, string][]): Session => ({
  user: {
    id: 'u',
    login: 'l',
    displayName: 'n',
    tenantId: 't',
    organisationId: 'root',
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
  roles: roles.map(([role, organisationId], i) => ({
    id: String(i),
    role,
    organisationId,
    organisationName: organisationId,
    organisationNameEn: null,
  })),
  stage: 'full',
  csrfToken: 'c',
});

const ids = (list: Organisation[]) => list.map((o) => o.id).sort();

describe('organisationsAllowed', () => {
  it('gives an enterprise officer their own organisation and what is below it', () => {
    const s = session([['enterprise_officer', 'transport']]);
    expect(ids(organisationsAllowed(s, 'campaign.manage', orgs))).toEqual(['bus', 'logistics', 'transport']);
  });

  it('joins the subtrees of several grants and ignores roles without the action', () => {
    const s = session([
      ['enterprise_officer', 'logistics'],
      ['enterprise_officer', 'mine'],
      ['counsellor', 'root'],
    ]);
    expect(ids(organisationsAllowed(s, 'campaign.manage', orgs))).toEqual(['logistics', 'mine']);
  });

  it('reaches the whole federation for a tenant-wide grant, and everything for the platform', () => {
    const withStranger = [...orgs, org('elsewhere', null, 'other')];
    expect(organisationsAllowed(session([['counsellor', 'bus']]), 'alert.handle', withStranger)).toHaveLength(
      5,
    );
    expect(
      organisationsAllowed(session([['platform_operator', 'root']]), 'campaign.manage', withStranger),
    ).toHaveLength(6);
  });

  it('offers nothing to a role without the action', () => {
    expect(organisationsAllowed(session([['auditor', 'root']]), 'campaign.manage', orgs)).toEqual([]);
  });
});
