/**
 * Screening instruments as versioned data. A definition says everything the engine needs: items and their
 * option values, how to score (sum or mean, reversed items, transforms, subscales), bands, flags, licence and
 * how far each language's text has been verified. Scoring reads nothing else.
 */
export type Lang = 'zh-CN' | 'en';
export const languages: readonly Lang[] = ['zh-CN', 'en'];

export type Localised = Record<Lang, string>;

/** How far a text was checked against its source (instruments.md legend). */
export type Verification = 'verified' | 'consistent' | 'unverified';

/** Circulating Chinese wordings of one instrument (GAD-7 has two); 'A' is the default. */
export type VariantId = 'A' | 'B';

export interface OptionDef {
  value: number;
  label: Localised;
  /** Labels of other Chinese wordings, when they differ. */
  zhVariants?: Partial<Record<VariantId, string>>;
}

export interface ItemDef {
  n: number;
  text: Localised;
  zhVariants?: Partial<Record<VariantId, string>>;
  /** Item-specific options (CBI uses two response sets); otherwise the instrument's. */
  options?: OptionDef[];
  reverse: boolean;
  /** A critical item: any answer at or above `threshold` starts the crisis path at once. */
  critical?: { kind: 'self_harm'; threshold: number; urgentAt: number };
  sourceItem?: string;
}

export interface BandDef {
  code: string;
  /** Lower bound, inclusive; a band reaches up to the next band's lower bound. */
  min: number;
  label: Localised;
  /** 0 = nothing to act on … 4 = urgent. Used for wording and ordering, never as a diagnosis. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface SubscaleDef {
  id: string;
  label: Localised;
  items: number[];
  range: [number, number];
  positiveAt: number;
  /** The standalone instrument this subscale is (PHQ-4's depression subscale is PHQ-2). */
  equals?: string;
}

export interface ScoringDef {
  method: 'sum' | 'mean';
  /** Reversed items score `reverseFrom - value`. */
  reverseFrom?: number;
  range: [number, number];
  /** Shown beside the score, e.g. WHO-5 percentage = raw × 4. */
  transform?: { code: 'percentage'; factor: number; range: [number, number] };
  direction: 'higher_is_worse' | 'higher_is_better';
  subscales?: SubscaleDef[];
  /** Decimals the score is reported with (means). */
  decimals?: number;
}

/** Flags raised by answers or scores; some start the crisis path. */
export type FlagRule =
  | { code: string; kind: 'item_at_least'; item: number; value: number; crisis?: CrisisLevel }
  | { code: string; kind: 'any_item_at_most'; value: number; crisis?: CrisisLevel }
  | { code: string; kind: 'score_at_least'; value: number; crisis?: CrisisLevel }
  | { code: string; kind: 'score_at_most'; value: number; crisis?: CrisisLevel }
  | { code: string; kind: 'subscale_positive'; subscale: string; crisis?: CrisisLevel };

/** urgent: show crisis help at once, at the top; elevated: show it prominently but after the result. */
export type CrisisLevel = 'urgent' | 'elevated';

export type LicenceRule = 'free' | 'permission_required' | 'permission_required_if_commercial';

export interface InstrumentDefinition {
  id: string;
  version: string;
  status: 'usable' | 'excluded';
  name: Localised;
  shortName: string;
  construct: string;
  minutes: number;
  /** Null when the instrument has no timeframe of its own (do not invent one). */
  timeframe: Localised | null;
  instructions: Localised;
  instructionsZhVariants?: Partial<Record<VariantId, string>>;
  options: OptionDef[];
  items: ItemDef[];
  scoring: ScoringDef;
  bands: BandDef[];
  /** Bands are descriptive conventions, not clinical cut-offs (PSS, UCLA-3, CBI): say so in reports. */
  bandsDescriptive: boolean;
  flags: FlagRule[];
  licence: { rule: LicenceRule; attribution: Localised; notice: string };
  /** Verification of each language's text; Chinese variants separately when there are several. */
  textStatus: { en: Verification; 'zh-CN': Verification };
  zhVariants?: VariantId[];
  sources: string[];
}

/** One Chinese or English text of an instrument version: the unit a supervisor approves. */
export interface TextKey {
  instrumentId: string;
  version: string;
  lang: Lang;
  variant: VariantId | null;
}
