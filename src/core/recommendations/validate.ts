import { catalogue } from '../instruments/catalogue';
import { MAX_RULES, type Rule } from './types';

export type RuleProblem =
  | { code: 'too_many_rules'; max: number }
  | { code: 'duplicate_rule_id'; rule: string }
  | { code: 'unknown_instrument'; rule: string; instrument: string }
  | { code: 'unknown_band'; rule: string; instrument: string; band: string }
  | { code: 'bands_without_instrument'; rule: string }
  | { code: 'unknown_placeholder'; rule: string; placeholder: string }
  | { code: 'placeholder_needs_instrument'; rule: string; placeholder: string }
  | { code: 'placeholder_needs_audiences'; rule: string };

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/**
 * What the zod schema cannot see in a rule set: the bands the scoring engine produces for the instrument named
 * (a band code that never occurs would make a rule that never applies, silently), unique ids, and placeholders
 * a rule can fill ({{band}} and {{area}} need an instrument, {{group}} needs audiences). Server only: it reads
 * the instrument catalogue.
 */
export function ruleProblems(rules: readonly Rule[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (rules.length > MAX_RULES) problems.push({ code: 'too_many_rules', max: MAX_RULES });
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) problems.push({ code: 'duplicate_rule_id', rule: rule.id });
    ids.add(rule.id);
    const { instrument, bands, audiences } = rule.when;
    if (instrument !== undefined) {
      const def = catalogue.get(instrument);
      if (def?.status !== 'usable') problems.push({ code: 'unknown_instrument', rule: rule.id, instrument });
      else
        for (const band of bands ?? [])
          if (!def.bands.some((b) => b.code === band))
            problems.push({ code: 'unknown_band', rule: rule.id, instrument, band });
    } else if (bands?.length) problems.push({ code: 'bands_without_instrument', rule: rule.id });
    const names = new Set(
      [rule.reason.zh, rule.reason.en].flatMap((text) =>
        [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''),
      ),
    );
    for (const name of names) {
      if (name === 'band' || name === 'area') {
        if (instrument === undefined)
          problems.push({ code: 'placeholder_needs_instrument', rule: rule.id, placeholder: name });
      } else if (name === 'group') {
        if (!audiences?.length) problems.push({ code: 'placeholder_needs_audiences', rule: rule.id });
      } else problems.push({ code: 'unknown_placeholder', rule: rule.id, placeholder: name });
    }
  }
  return problems;
}
