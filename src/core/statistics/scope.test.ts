import { describe, expect, it } from 'vitest';
import { type Assignment, grantsFor, type Principal } from '../access/policy';
import type { StaffRole } from '../access/roles';
import { decideScope, type ScopeAsk, type TenantKind } from './scope';

const CITY = 'city-1';
const PROVINCE = 'prov-1';
const root = '/root/';
const district = '/root/district/';
const ent = '/root/district/ent-a/';
const other = '/root/district/ent-b/';

const staff = (tenantId: string, ...as: [StaffRole, string][]): Principal => ({
  kind: 'staff',
  userId: 'u',
  tenantId,
  stage: 'full',
  assignments: as.map(
    ([role, orgPath]): Assignment => ({ role, tenantId, organisationId: orgPath, orgPath }),
  ),
});

const ask = (
  p: Principal,
  target: ScopeAsk['target'],
  home: { kind: TenantKind; rootPath?: string } = { kind: 'city' },
): ScopeAsk => ({
  read: grantsFor(p, 'statistics.read'),
  workload: grantsFor(p, 'statistics.workload'),
  home: { tenantId: p.kind === 'staff' ? p.tenantId : '', kind: home.kind, rootPath: home.rootPath ?? root },
  target,
});

const at = (orgPath: string, tenantId = CITY, parentTenantId: string | null = PROVINCE) => ({
  tenantId,
  parentTenantId,
  orgPath,
});

describe('statistics scope', () => {
  it('federation staff see their tenant, with every dimension the workload grant allows', () => {
    const admin = staff(CITY, ['federation_admin', root]);
    expect(decideScope(ask(admin, at(ent)))).toMatchObject({ allowed: true, officer: false });
    const d = decideScope(ask(admin, at(root)));
    expect(d.allowed && d.dimensions).toContain('counsellor');
    const auditor = staff(CITY, ['auditor', root]);
    const a = decideScope(ask(auditor, at(root)));
    expect(a.allowed && a.dimensions).not.toContain('counsellor');
    expect(a.allowed && a.dimensions).toContain('service_point');
  });

  it('a district union sees its subtree only', () => {
    const districtAdmin = staff(CITY, ['federation_admin', district]);
    expect(decideScope(ask(districtAdmin, at(ent))).allowed).toBe(true);
    expect(decideScope(ask(districtAdmin, at(root))).allowed).toBe(false);
  });

  it('an enterprise officer sees their enterprise only, aggregates by organisation only', () => {
    const officer = staff(CITY, ['enterprise_officer', ent]);
    expect(decideScope(ask(officer, at(ent)))).toEqual({
      allowed: true,
      officer: true,
      dimensions: ['organisation'],
      viaParent: false,
    });
    expect(decideScope(ask(officer, at(other))).allowed).toBe(false);
    expect(decideScope(ask(officer, at(district))).allowed).toBe(false);
    expect(decideScope(ask(officer, { rollup: true })).allowed).toBe(false);
  });

  it('an officer who also holds a staff role there is not aggregate-only', () => {
    const both = staff(CITY, ['enterprise_officer', ent], ['station_manager', root]);
    expect(decideScope(ask(both, at(ent)))).toMatchObject({ allowed: true, officer: false });
  });

  it('nobody reaches another tenant, except a province administrator at the root reaching a child city', () => {
    const admin = staff(CITY, ['federation_admin', root]);
    expect(decideScope(ask(admin, at(root, 'city-2'))).allowed).toBe(false);
    const provinceAdmin = staff(PROVINCE, ['federation_admin', '/prov-root/']);
    const home = { kind: 'province' as const, rootPath: '/prov-root/' };
    const child = decideScope(ask(provinceAdmin, at(root), home));
    expect(child).toMatchObject({ allowed: true, viaParent: true });
    expect(child.allowed && child.dimensions).not.toContain('counsellor');
    expect(decideScope(ask(provinceAdmin, at(root, 'city-9', 'prov-2'), home)).allowed).toBe(false);
    expect(decideScope(ask(provinceAdmin, { rollup: true }, home)).allowed).toBe(true);
    // Not at the root, or a city's administrator: no roll-up.
    const provinceDistrict = staff(PROVINCE, ['federation_admin', '/prov-root/x/']);
    expect(
      decideScope(ask(provinceDistrict, { rollup: true }, { kind: 'province', rootPath: '/prov-root/' }))
        .allowed,
    ).toBe(false);
    expect(decideScope(ask(admin, { rollup: true })).allowed).toBe(false);
    const provinceSupervisor = staff(PROVINCE, ['supervisor', '/prov-root/']);
    expect(decideScope(ask(provinceSupervisor, at(root), home)).allowed).toBe(false);
  });

  it('the platform operator reaches every tenant', () => {
    const op = staff('platform', ['platform_operator', '/p/']);
    expect(decideScope(ask(op, at(ent, 'any'), { kind: 'platform', rootPath: '/p/' })).allowed).toBe(true);
  });
});
