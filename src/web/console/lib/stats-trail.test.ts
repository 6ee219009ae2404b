import { describe, expect, it } from 'vitest';
import { drillTarget, nameIn, scopeTree, trailSteps } from './stats-trail';
import type { BreakdownRow, ScopeOrganisation, ScopeView } from './stats-types';

const scope = (over: Partial<ScopeView> = {}): ScopeView => ({
  tenantId: 't',
  organisationId: 'ent',
  name: '顺达物流有限公司工会',
  nameEn: 'Shunda Logistics union',
  kind: 'enterprise',
  trail: [
    { organisationId: null, name: '示范市总工会', nameEn: 'Demo City Federation' },
    { organisationId: 'district', name: '东城区总工会', nameEn: null },
  ],
  ...over,
});

describe('the drill-down trail', () => {
  it('leads from the viewer’s reach down to the scope, which is the only step that is not a link', () => {
    expect(trailSteps(scope(), 'zh-CN')).toEqual([
      { organisationId: null, label: '示范市总工会', current: false },
      { organisationId: 'district', label: '东城区总工会', current: false },
      { organisationId: 'ent', label: '顺达物流有限公司工会', current: true },
    ]);
  });

  it('uses English names where there are some', () => {
    expect(trailSteps(scope(), 'en').map((s) => s.label)).toEqual([
      'Demo City Federation',
      '东城区总工会',
      'Shunda Logistics union',
    ]);
  });

  it('does not repeat the scope when the server lists it in the trail', () => {
    const top = scope({
      organisationId: null,
      name: '示范市总工会',
      trail: [{ organisationId: null, name: '示范市总工会', nameEn: null }],
    });
    expect(trailSteps(top, 'zh-CN')).toEqual([
      { organisationId: null, label: '示范市总工会', current: true },
    ]);
  });
});

describe('drilling into a breakdown row', () => {
  const row = (over: Partial<BreakdownRow>): BreakdownRow => ({
    key: 'k',
    zh: '名',
    en: null,
    organisationId: 'child',
    drillable: true,
    cells: {},
    ...over,
  });

  it('opens the child organisation only when it has something below it', () => {
    expect(drillTarget(row({}))).toBe('child');
    expect(drillTarget(row({ drillable: false }))).toBeNull();
    expect(drillTarget(row({ organisationId: null }))).toBeNull();
  });
});

describe('the scope picker’s tree', () => {
  const org = (id: string, parentId: string | null, name: string): ScopeOrganisation => ({
    id,
    parentId,
    name,
    nameEn: null,
    kind: 'district',
    drillable: true,
  });

  it('nests by parent, with the top of the reach as the root even when its own parent is out of reach', () => {
    const tree = scopeTree(
      [
        org('d', 'outside', '东城区'),
        org('e1', 'd', '甲企业'),
        org('e2', 'd', '乙企业'),
        org('x', 'e1', '车间'),
      ],
      'zh-CN',
    );
    expect(tree).toEqual([
      {
        value: 'd',
        title: '东城区',
        children: [
          { value: 'e1', title: '甲企业', children: [{ value: 'x', title: '车间' }] },
          { value: 'e2', title: '乙企业' },
        ],
      },
    ]);
  });

  it('names in the reader’s language', () => {
    expect(nameIn('en', '东城区', 'Dongcheng')).toBe('Dongcheng');
    expect(nameIn('en', '东城区', null)).toBe('东城区');
    expect(nameIn('zh-CN', '东城区', 'Dongcheng')).toBe('东城区');
  });
});
