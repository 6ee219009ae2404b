import { type AudienceId, audienceGroups } from '../content/audiences';
import {
  DEFAULT_LIMIT,
  type Facts,
  type Reason,
  type Recommendation,
  type RecommendType,
  type ResultFact,
  type Rule,
  type Target,
} from './types';
import { areaOf, bandWords, crisisCounsellorReason, crisisHelpReason } from './words';

/** One key per thing recommended, so the same tool or topic is never listed twice. */
export function targetKey(t: Target): string {
  switch (t.type) {
    case 'tool':
      return `tool:${t.tool}`;
    case 'topic':
      return `topic:${t.topic}`;
    case 'article':
      return `article:${t.slug}`;
    case 'event_kind':
      return `event_kind:${t.kind}`;
    case 'counsellor':
    case 'crisis_help':
      return t.type;
  }
}

interface Match {
  result?: ResultFact;
  group?: AudienceId;
}

/** Whether a rule applies, and what its reason speaks of (the result it is about, the group it names). */
export function matchRule(rule: Rule, facts: Facts, mine: readonly string[]): Match | null {
  const { when } = rule;
  if (when.crisis !== undefined && when.crisis !== facts.crisis) return null;
  const match: Match = {};
  if (when.instrument !== undefined || when.bands?.length) {
    const result = facts.results.find(
      (r) =>
        (when.instrument === undefined || r.instrument === when.instrument) &&
        (!when.bands?.length || when.bands.includes(r.band)),
    );
    if (!result) return null;
    match.result = result;
  }
  if (when.audiences?.length) {
    const group = when.audiences.find((a) => mine.includes(a));
    if (!group) return null;
    match.group = group;
  }
  return match;
}

/** A group's name as it reads mid-sentence ("because you are among truck drivers"). */
const groupName = (id: AudienceId): Reason => {
  const g = audienceGroups.find((x) => x.id === id);
  return g ? { zh: g.zh, en: g.en.charAt(0).toLowerCase() + g.en.slice(1) } : { zh: '', en: '' };
};

/** The reason with {{band}}, {{area}} and {{group}} filled in (a placeholder with nothing to say is left out). */
export function fillReason(reason: Reason, match: Match): Reason {
  const fill = (text: string, lang: 'zh' | 'en') =>
    text
      .replace(/\{\{\s*(band|area|group)\s*\}\}/g, (_, name: string) => {
        if (name === 'group') return match.group ? groupName(match.group)[lang] : '';
        if (!match.result) return '';
        return name === 'band' ? bandWords(match.result.level)[lang] : areaOf(match.result.instrument)[lang];
      })
      .replace(/ {2,}/g, ' ')
      .trim();
  return { zh: fill(reason.zh, 'zh'), en: fill(reason.en, 'en') };
}

export interface EvaluateOptions {
  /** At most this many (the crisis path's two built-in ones always fit). */
  limit?: number;
  /** The kinds the client can show; the others are passed over before counting (the phone: no events yet). */
  shows?: readonly RecommendType[];
}

/**
 * The recommendations for these results and groups, in order, each with its reason: on the crisis path crisis
 * help first and a counsellor next, whatever the rules; then the rules that apply, highest priority first
 * (ties in the rule set's order), each thing once. Pure and deterministic: the phone and the console's
 * preview run this same function.
 */
export function evaluate(
  rules: readonly Rule[],
  facts: Facts,
  mine: readonly string[],
  options: EvaluateOptions = {},
): Recommendation[] {
  const limit = Math.max(facts.crisis ? 2 : 0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const out: Recommendation[] = [];
  const seen = new Set<string>();
  const add = (r: Recommendation) => {
    const key = targetKey(r.target);
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    out.push(r);
  };
  if (facts.crisis) {
    add({ target: { type: 'crisis_help' }, reason: crisisHelpReason, ruleId: 'builtin.crisis_help' });
    add({ target: { type: 'counsellor' }, reason: crisisCounsellorReason, ruleId: 'builtin.counsellor' });
  }
  const ordered = rules
    .map((rule, i) => ({ rule, i }))
    .filter(({ rule }) => !options.shows || options.shows.includes(rule.recommend.type))
    .sort((a, b) => b.rule.priority - a.rule.priority || a.i - b.i);
  for (const { rule } of ordered) {
    if (out.length >= limit) break;
    const match = matchRule(rule, facts, mine);
    if (match) add({ target: rule.recommend, reason: fillReason(rule.reason, match), ruleId: rule.id });
  }
  return out;
}
