/**
 * Organisations form a tree of any depth inside a tenant. Each stores its materialised path, "/id/id/",
 * so "is X inside Y's subtree" is a prefix test, in code and in SQL (LIKE 'path%'), with no recursion.
 */
export const organisationKinds = [
  'federation', // 总工会 (city, province, national)
  'district_union', // 区县总工会
  'industry_union', // 产业工会
  'enterprise_union', // 企业工会
  'grassroots_union', // 基层工会 (other grassroots units)
  'department', // 部门 (e.g. 女工部)
  'partner_institution', // 合作机构 (e.g. mental-health centre)
] as const;

export type OrganisationKind = (typeof organisationKinds)[number];

export const childPath = (parentPath: string, id: string): string => `${parentPath}${id}/`;
export const rootPath = (id: string): string => `/${id}/`;

export const isWithin = (path: string, ancestorPath: string): boolean => path.startsWith(ancestorPath);

export const depthOf = (path: string): number => path.split('/').filter(Boolean).length - 1;

/** A move is invalid when the new parent sits inside the node being moved (it would make a cycle). */
export const wouldCreateCycle = (nodePath: string, newParentPath: string): boolean =>
  isWithin(newParentPath, nodePath);

/** New paths for a subtree moved under a new parent: every path under oldPath is re-rooted. */
export function reRoot(path: string, oldPath: string, newPath: string): string {
  if (!isWithin(path, oldPath)) throw new Error('path is not inside the moved subtree');
  return newPath + path.slice(oldPath.length);
}

export interface TreeRow {
  id: string;
  parentId: string | null;
  path: string;
}

export type TreeNode<T extends TreeRow> = T & { children: TreeNode<T>[] };

/**
 * Builds a forest from rows (any order). Rows whose parent is not among them become roots, which is what a
 * scoped reader should see: the top of each subtree they may read.
 */
export function buildForest<T extends TreeRow>(rows: T[], compare?: (a: T, b: T) => number): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  if (compare) {
    const sort = (list: TreeNode<T>[]) => {
      list.sort(compare);
      for (const n of list) sort(n.children);
    };
    sort(roots);
  }
  return roots;
}
