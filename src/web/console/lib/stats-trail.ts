import type { BreakdownRow, ScopeOrganisation, ScopeView } from './stats-types';

/** A name in the reader's language (the English one when there is one). */
export const nameIn = (lang: string, name: string, nameEn: string | null | undefined): string =>
  lang === 'en' && nameEn ? nameEn : name;

export interface TrailStep {
  /** The organisation the step opens; null: the viewer's whole reach (the tenant). */
  organisationId: string | null;
  label: string;
  /** The scope being shown (not a link). */
  current: boolean;
}

/**
 * The drill-down's breadcrumb: the organisations above the scope as the server gives them (the viewer's own
 * reach at the top, so nobody is led above what they may see), then the scope itself.
 */
export function trailSteps(scope: ScopeView, lang: string): TrailStep[] {
  const above = scope.trail
    .filter((s) => s.organisationId !== scope.organisationId)
    .map((s) => ({
      organisationId: s.organisationId,
      label: nameIn(lang, s.name, s.nameEn),
      current: false,
    }));
  return [
    ...above,
    { organisationId: scope.organisationId, label: nameIn(lang, scope.name, scope.nameEn), current: true },
  ];
}

/** The organisation a breakdown row drills into, or null when it has nothing below it (or is not one). */
export const drillTarget = (row: BreakdownRow): string | null =>
  row.drillable && row.organisationId ? row.organisationId : null;

export interface ScopeTreeNode {
  value: string;
  title: string;
  children?: ScopeTreeNode[];
}

/**
 * The organisation picker's tree from the flat list by parentId; one whose parent is not in the list (the top
 * of the viewer's reach) is a root. Siblings keep the server's order.
 */
export function scopeTree(orgs: readonly ScopeOrganisation[], lang: string): ScopeTreeNode[] {
  const ids = new Set(orgs.map((o) => o.id));
  const children = new Map<string | null, ScopeOrganisation[]>();
  for (const o of orgs) {
    const parent = o.parentId && ids.has(o.parentId) ? o.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const build = (parent: string | null, seen: Set<string>): ScopeTreeNode[] =>
    (children.get(parent) ?? [])
      .filter((o) => !seen.has(o.id))
      .map((o) => {
        const below = build(o.id, new Set([...seen, o.id]));
        return {
          value: o.id,
          title: nameIn(lang, o.name, o.nameEn),
          ...(below.length ? { children: below } : {}),
        };
      });
  return build(null, new Set());
}
