import { optionsOf } from './scoring';
import type { InstrumentDefinition, Lang, Localised, VariantId } from './types';

/**
 * Whether workers of a federation may be shown an instrument in a language, and in which Chinese wording.
 * An unverified text needs a supervisor's approval; a text a supervisor rejected is never shown; an instrument
 * whose licence asks for permission needs an administrator's record of it; excluded instruments never show.
 */
export interface TextReview {
  instrumentId: string;
  version: string;
  lang: Lang;
  status: 'approved' | 'rejected';
  variant: VariantId | null;
}

export interface InstrumentPolicy {
  reviews: readonly TextReview[];
  licencePermissions: ReadonlySet<string>;
  commercialUse: boolean;
}

export type Unavailable = 'excluded' | 'text_not_approved' | 'text_rejected' | 'licence_permission_missing';

export type Availability =
  | { ok: true; variant: VariantId | null; approved: boolean }
  | { ok: false; reason: Unavailable };

export function availability(def: InstrumentDefinition, lang: Lang, policy: InstrumentPolicy): Availability {
  if (def.status !== 'usable') return { ok: false, reason: 'excluded' };
  const needsPermission =
    def.licence.rule === 'permission_required' ||
    (def.licence.rule === 'permission_required_if_commercial' && policy.commercialUse);
  if (needsPermission && !policy.licencePermissions.has(def.id))
    return { ok: false, reason: 'licence_permission_missing' };
  const review = policy.reviews.find(
    (r) => r.instrumentId === def.id && r.version === def.version && r.lang === lang,
  );
  if (review?.status === 'rejected') return { ok: false, reason: 'text_rejected' };
  const defaultVariant = lang === 'zh-CN' && def.zhVariants ? 'A' : null;
  if (review?.status === 'approved')
    return { ok: true, variant: review.variant ?? defaultVariant, approved: true };
  if (def.textStatus[lang] === 'unverified') return { ok: false, reason: 'text_not_approved' };
  return { ok: true, variant: defaultVariant, approved: false };
}

/** What a worker's phone (or a mini-program) is given: one language, one wording, and how to score it. */
export interface InstrumentForm {
  id: string;
  version: string;
  lang: Lang;
  variant: VariantId | null;
  name: string;
  shortName: string;
  minutes: number;
  timeframe: string | null;
  instructions: string;
  items: {
    n: number;
    text: string;
    options: { value: number; label: string }[];
    reverse: boolean;
    critical: boolean;
  }[];
  scoring: InstrumentDefinition['scoring'];
  bands: { code: string; min: number; label: string; level: number }[];
  bandsDescriptive: boolean;
  flags: InstrumentDefinition['flags'];
  criticalItems: { n: number; threshold: number; urgentAt: number }[];
  attribution: string;
}

const pick = (text: Localised, lang: Lang, zhVariant: string | undefined) =>
  lang === 'zh-CN' && zhVariant !== undefined ? zhVariant : text[lang];

export function renderForm(def: InstrumentDefinition, lang: Lang, variant: VariantId | null): InstrumentForm {
  const v = variant && variant !== 'A' ? variant : null;
  return {
    id: def.id,
    version: def.version,
    lang,
    variant,
    name: def.name[lang],
    shortName: def.shortName,
    minutes: def.minutes,
    timeframe: def.timeframe ? def.timeframe[lang] : null,
    instructions: pick(def.instructions, lang, v ? def.instructionsZhVariants?.[v] : undefined),
    items: def.items.map((item) => ({
      n: item.n,
      text: pick(item.text, lang, v ? item.zhVariants?.[v] : undefined),
      options: optionsOf(def, item).map((o) => ({
        value: o.value,
        label: pick(o.label, lang, v ? o.zhVariants?.[v] : undefined),
      })),
      reverse: item.reverse,
      critical: Boolean(item.critical),
    })),
    scoring: def.scoring,
    bands: def.bands.map((b) => ({ code: b.code, min: b.min, label: b.label[lang], level: b.level })),
    bandsDescriptive: def.bandsDescriptive,
    flags: def.flags,
    criticalItems: def.items.flatMap((i) =>
      i.critical ? [{ n: i.n, threshold: i.critical.threshold, urgentAt: i.critical.urgentAt }] : [],
    ),
    attribution: def.licence.attribution[lang],
  };
}
