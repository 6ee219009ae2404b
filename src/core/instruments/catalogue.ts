import { attributions } from './attributions';
import { type Curation, curation } from './curation';
import reference from './reference/instruments-2026-11.json' with { type: 'json' };
import type { BandDef, InstrumentDefinition, ItemDef, Localised, OptionDef } from './types';

/**
 * The instrument catalogue: the reference data of 2026-11 (copied verbatim from shared/reference, so it can be
 * diffed against later verified texts) with its curation applied. A change to any text makes a new version.
 */
export const CATALOGUE_VERSION = '2026-11';

interface RefOption {
  value: number;
  label_en: string;
  label_zh: string;
}
interface RefItem {
  n: number;
  text_en: string;
  text_zh: string;
  text_zh_alt?: string;
  reverse?: boolean;
  options?: RefOption[];
  source_item?: string;
}
interface RefInstrument {
  id: string;
  status: string;
  name_en: string;
  name_zh: string;
  construct: string;
  minutes: number;
  timeframe_en: string;
  timeframe_zh: string;
  instructions_en: string;
  instructions_zh: string;
  instructions_zh_alt?: string;
  options: RefOption[];
  options_zh_alt?: string[];
  items: RefItem[];
  scoring: { range: [number, number] };
  bands: { min: number; max: number; label_en: string; label_zh: string }[];
  licence: string;
  sources: string[];
}

const loc = (en: string, zh: string): Localised => ({ en, 'zh-CN': zh });

const option = (o: RefOption, alt?: string): OptionDef => ({
  value: o.value,
  label: loc(o.label_en, o.label_zh),
  ...(alt ? { zhVariants: { B: alt } } : {}),
});

function item(i: RefItem, c: Curation): ItemDef {
  const zh = c.fixes?.itemZh?.[i.n] ?? i.text_zh;
  return {
    n: i.n,
    text: loc(i.text_en, zh),
    ...(i.text_zh_alt ? { zhVariants: { B: i.text_zh_alt } } : {}),
    ...(i.options ? { options: i.options.map((o) => option(o)) } : {}),
    reverse: Boolean(i.reverse),
    ...(c.critical?.item === i.n
      ? {
          critical: {
            kind: 'self_harm' as const,
            threshold: c.critical.threshold,
            urgentAt: c.critical.urgentAt,
          },
        }
      : {}),
    ...(i.source_item ? { sourceItem: i.source_item } : {}),
  };
}

function bands(r: RefInstrument, c: Curation): BandDef[] {
  return r.bands.map((b, i) => ({
    code: c.bandCodes[i] as string,
    min: c.bandMins?.[i] ?? b.min,
    label: loc(b.label_en, b.label_zh),
    level: c.bandLevels[i] as BandDef['level'],
  }));
}

function build(r: RefInstrument): InstrumentDefinition {
  const c = curation[r.id];
  const excluded = !c || r.status.startsWith('excluded');
  const base = {
    id: r.id,
    version: CATALOGUE_VERSION,
    name: loc(r.name_en, r.name_zh),
    construct: r.construct,
    minutes: r.minutes,
    sources: r.sources,
  };
  if (excluded || !c) {
    return {
      ...base,
      status: 'excluded',
      shortName: r.id.toUpperCase(),
      timeframe: null,
      instructions: loc('', ''),
      options: [],
      items: [],
      scoring: { method: 'sum', direction: 'higher_is_worse', range: r.scoring.range },
      bands: [],
      bandsDescriptive: true,
      flags: [],
      licence: { rule: 'permission_required', attribution: attributions.none, notice: r.licence },
      textStatus: { en: 'unverified', 'zh-CN': 'unverified' },
      sources: r.sources,
    };
  }
  return {
    ...base,
    status: 'usable',
    shortName: c.shortName,
    timeframe: c.noTimeframe ? null : loc(r.timeframe_en, r.timeframe_zh),
    instructions: loc(r.instructions_en, c.fixes?.instructionsZh ?? r.instructions_zh),
    ...(r.instructions_zh_alt ? { instructionsZhVariants: { B: r.instructions_zh_alt } } : {}),
    options: r.options.map((o, i) => option(o, r.options_zh_alt?.[i])),
    items: r.items.map((i) => item(i, c)),
    scoring: { ...c.scoring, range: r.scoring.range },
    bands: bands(r, c),
    bandsDescriptive: Boolean(c.bandsDescriptive),
    flags: c.flags,
    licence: { rule: c.licence, attribution: c.attribution, notice: r.licence },
    textStatus: { en: 'verified', 'zh-CN': c.zh },
    ...(c.zhVariants ? { zhVariants: c.zhVariants } : {}),
  };
}

export const catalogue: ReadonlyMap<string, InstrumentDefinition> = new Map(
  (reference as unknown as RefInstrument[]).map((r) => [r.id, build(r)]),
);

export function instrument(id: string): InstrumentDefinition | undefined {
  return catalogue.get(id);
}

export const usableInstruments = (): InstrumentDefinition[] =>
  [...catalogue.values()].filter((d) => d.status === 'usable');
