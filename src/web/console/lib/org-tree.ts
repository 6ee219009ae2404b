import { organisationKinds } from '../../../core/organisations/tree';
import type { Organisation } from './types';

export interface OrgNode {
  org: Organisation;
  children: OrgNode[];
}

const kindOrder = (kind: string) => {
  const i = (organisationKinds as readonly string[]).indexOf(kind);
  return i < 0 ? organisationKinds.length : i;
};

export const orgName = (o: Pick<Organisation, 'name' | 'nameEn'>, lang: string): string =>
  lang === 'en' && o.nameEn ? o.nameEn : o.name;

/**
 * The tree from the flat list by parentId. An organisation whose parent is not in the list (a reader who
 * sees only a subtree) becomes a root. Siblings go by kind (departments before enterprises…) and then name.
 */
export function buildOrgForest(orgs: Organisation[]): OrgNode[] {
  const nodes = new Map(orgs.map((o) => [o.id, { org: o, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort(
      (a, b) =>
        kindOrder(a.org.kind) - kindOrder(b.org.kind) || a.org.name.localeCompare(b.org.name, 'zh-CN'),
    );
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Only the nodes whose name matches, with the ancestors that lead to them. */
export function filterForest(forest: OrgNode[], text: string): OrgNode[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return forest;
  const keep = (node: OrgNode): OrgNode | null => {
    const children = node.children.map(keep).filter((n): n is OrgNode => n !== null);
    const hit = [node.org.name, node.org.nameEn ?? ''].some((n) => n.toLowerCase().includes(needle));
    return hit || children.length ? { org: node.org, children } : null;
  };
  return forest.map(keep).filter((n): n is OrgNode => n !== null);
}

/** The ids of a node and everything below it (where it cannot be moved to). */
export function subtreeIds(forest: OrgNode[], id: string): Set<string> {
  const ids = new Set<string>();
  const collect = (n: OrgNode) => {
    ids.add(n.org.id);
    for (const c of n.children) collect(c);
  };
  const find = (list: OrgNode[]): OrgNode | undefined => {
    for (const n of list) {
      const hit = n.org.id === id ? n : find(n.children);
      if (hit) return hit;
    }
    return undefined;
  };
  const root = find(forest);
  if (root) collect(root);
  return ids;
}

export function allIds(forest: OrgNode[], maxDepth = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  const walk = (list: OrgNode[], depth: number) => {
    for (const n of list) {
      if (depth <= maxDepth && n.children.length) out.push(n.org.id);
      walk(n.children, depth + 1);
    }
  };
  walk(forest, 0);
  return out;
}

/** Tree data for antd's TreeSelect (choosing an organisation in a form). */
export interface OrgOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: OrgOption[];
}

export function orgOptions(
  forest: OrgNode[],
  lang: string,
  disabled: (o: Organisation) => boolean = () => false,
) {
  const map = (n: OrgNode): OrgOption => ({
    value: n.org.id,
    title: orgName(n.org, lang),
    disabled: disabled(n.org),
    children: n.children.map(map),
  });
  return forest.map(map);
}
