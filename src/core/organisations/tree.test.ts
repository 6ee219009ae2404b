import { describe, expect, it } from 'vitest';
import { buildForest, childPath, depthOf, isWithin, reRoot, rootPath, wouldCreateCycle } from './tree';

describe('organisation tree paths', () => {
  const root = rootPath('r');
  const district = childPath(root, 'd');
  const enterprise = childPath(district, 'e');

  it('builds materialised paths and depths', () => {
    expect(enterprise).toBe('/r/d/e/');
    expect([root, district, enterprise].map(depthOf)).toEqual([0, 1, 2]);
  });

  it('knows a subtree by prefix without confusing ids that share a prefix', () => {
    expect(isWithin(enterprise, district)).toBe(true);
    expect(isWithin(childPath(root, 'dd'), district)).toBe(false);
  });

  it('refuses a move under itself', () => {
    expect(wouldCreateCycle(district, enterprise)).toBe(true);
    expect(wouldCreateCycle(district, district)).toBe(true);
    expect(wouldCreateCycle(enterprise, root)).toBe(false);
  });

  it('re-roots a moved subtree', () => {
    expect(reRoot(enterprise, district, '/r/x/d/')).toBe('/r/x/d/e/');
    expect(() => reRoot(root, district, '/r/x/')).toThrow();
  });

  it('builds a sorted forest, with unreachable parents making roots', () => {
    const rows = [
      { id: 'e', parentId: 'd', path: enterprise, name: 'E' },
      { id: 'd2', parentId: 'r', path: childPath(root, 'd2'), name: 'A' },
      { id: 'd', parentId: 'r', path: district, name: 'B' },
    ];
    const forest = buildForest(rows, (a, b) => a.name.localeCompare(b.name));
    expect(forest.map((n) => n.id)).toEqual(['d2', 'd']);
    expect(forest[1]?.children.map((n) => n.id)).toEqual(['e']);
  });
});
