import { describe, expect, it } from 'vitest';
import { buildOrgForest, filterForest, subtreeIds } from './org-tree';
import type { Organisation } from './types';

const org = (
  id: string,
  parentId: string | null,
  kind: Organisation['kind'],
  name: string,
): Organisation => ({
  id,
  tenantId: 't',
  parentId,
  depth: 0,
  kind,
  name,
  nameEn: null,
  industry: null,
  memberCount: null,
  address: null,
  latitude: null,
  longitude: null,
  active: true,
});

const rows = [
  org('mine', 'energy', 'enterprise_union', '北湖煤矿工会'),
  org('root', null, 'federation', '市总工会'),
  org('energy', 'root', 'industry_union', '能源产业工会'),
  org('women', 'root', 'department', '女职工部'),
  org('district', 'root', 'district_union', '相山区总工会'),
];

describe('organisation tree', () => {
  it('builds the tree from parentId in any order, kinds in their usual order', () => {
    const [root] = buildOrgForest(rows);
    expect(root?.org.id).toBe('root');
    expect(root?.children.map((c) => c.org.id)).toEqual(['district', 'energy', 'women']);
    expect(root?.children[1]?.children.map((c) => c.org.id)).toEqual(['mine']);
  });

  it('makes an organisation whose parent is out of sight a root', () => {
    expect(buildOrgForest([rows[0] as Organisation]).map((n) => n.org.id)).toEqual(['mine']);
  });

  it('filters by name and keeps the path to each match', () => {
    const [root] = filterForest(buildOrgForest(rows), '煤矿');
    expect(root?.children.map((c) => c.org.id)).toEqual(['energy']);
    expect(root?.children[0]?.children.map((c) => c.org.id)).toEqual(['mine']);
  });

  it('knows a subtree (where an organisation cannot be moved)', () => {
    expect([...subtreeIds(buildOrgForest(rows), 'energy')].sort()).toEqual(['energy', 'mine']);
  });
});
