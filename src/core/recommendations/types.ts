import type { AudienceId } from '../content/audiences';
import type { SelfHelpTool, TopicId } from '../content/topics';

/**
 * Recommendations after a check-up, by rules a federation can read and change (精准滴灌: "recommendations that
 * say why"). A rule names when it applies (a result's band, the crisis path, the worker's groups), what it
 * recommends and the reason the worker reads ("因为您…"). Rules are data: the phone evaluates them with the
 * results it already holds, so no result ever leaves it for this.
 */

/** What a rule may recommend. `event_kind` waits for events (a later issue): kept, not yet shown. */
export type Recommend =
  | { type: 'tool'; tool: SelfHelpTool }
  | { type: 'topic'; topic: TopicId }
  | { type: 'article'; slug: string }
  | { type: 'counsellor' }
  | { type: 'event_kind'; kind: string };

export const recommendTypes = ['tool', 'topic', 'article', 'counsellor', 'event_kind'] as const;
export type RecommendType = (typeof recommendTypes)[number];

/** A reason in both languages; `{{band}}`, `{{area}}` and `{{group}}` are filled in when it is shown. */
export interface Reason {
  zh: string;
  en: string;
}

/**
 * When a rule applies; every condition given must hold, and a rule with none applies to everyone.
 *  - instrument (+ bands): that instrument was taken (and its result fell in one of these bands);
 *  - crisis: true only on the crisis path, false only off it;
 *  - audiences: the worker said they belong to one of these groups.
 */
export interface When {
  instrument?: string;
  bands?: string[];
  crisis?: boolean;
  audiences?: AudienceId[];
}

export interface Rule {
  /** Stable within a rule set (a-z, 0-9, _ and -): the console and tests refer to rules by it. */
  id: string;
  when: When;
  recommend: Recommend;
  reason: Reason;
  /** Higher first; ties keep the rule set's order. */
  priority: number;
}

/** What evaluation needs of one result: the phone has it, the preview's sample gives it. */
export interface ResultFact {
  instrument: string;
  band: string;
  /** The band's level (0 nothing to act on … 4), for the plain words of {{band}}. */
  level: number;
}

export interface Facts {
  results: readonly ResultFact[];
  /** Whether the crisis path was triggered (core/instruments/crisis.ts assessCrisis). */
  crisis: boolean;
}

/** What the worker is shown: crisis help is built in, never a rule's. */
export type Target = Recommend | { type: 'crisis_help' };

export interface Recommendation {
  target: Target;
  /** The reason with its placeholders filled in. */
  reason: Reason;
  /** The rule it came from; `builtin.crisis_help` and `builtin.counsellor` on the crisis path. */
  ruleId: string;
}

/** How many recommendations are shown at most unless asked otherwise: a few, each with its reason. */
export const DEFAULT_LIMIT = 5;
export const MAX_RULES = 100;
