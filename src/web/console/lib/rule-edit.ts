import type { Rule } from '../../../core/recommendations/types';

/** Pure edits of the rule list the console holds before it is saved. */

export function moveRule(rules: readonly Rule[], index: number, by: -1 | 1): Rule[] {
  const to = index + by;
  if (index < 0 || index >= rules.length || to < 0 || to >= rules.length) return [...rules];
  const next = [...rules];
  [next[index], next[to]] = [next[to] as Rule, next[index] as Rule];
  return next;
}

export const removeRule = (rules: readonly Rule[], index: number): Rule[] =>
  rules.filter((_, i) => i !== index);

/** Puts `rule` at `index` (an edit) or at the end (index -1: a new rule). */
export const putRule = (rules: readonly Rule[], index: number, rule: Rule): Rule[] =>
  index < 0 ? [...rules, rule] : rules.map((r, i) => (i === index ? rule : r));

/** An id not yet used: rule_1, rule_2 … */
export function freshId(rules: readonly Rule[]): string {
  const used = new Set(rules.map((r) => r.id));
  let n = rules.length + 1;
  while (used.has(`rule_${n}`)) n++;
  return `rule_${n}`;
}

/**
 * A rule as the form gives it: empty conditions left out (an empty list would mean the same as none, but the
 * stored rule reads more plainly without it), text trimmed.
 */
export function cleanRule(rule: Rule): Rule {
  const { instrument, bands, crisis, audiences } = rule.when;
  return {
    ...rule,
    id: rule.id.trim(),
    when: {
      ...(instrument ? { instrument } : {}),
      ...(instrument && bands?.length ? { bands } : {}),
      ...(crisis !== undefined ? { crisis } : {}),
      ...(audiences?.length ? { audiences } : {}),
    },
    reason: { zh: rule.reason.zh.trim(), en: rule.reason.en.trim() },
  };
}
