import type { TFunction } from 'i18next';
import type { StepUpTrigger } from '../../../core/instruments/checkups';
import type { InstrumentForm, InstrumentLang, InstrumentText, NotShownReason } from './types';

/** One line of the side-by-side reading of two Chinese wordings. */
export interface WordingRow {
  key: string;
  part: 'instructions' | 'timeframe' | 'item' | 'options';
  /** The item number, for items and item-specific options. */
  n?: number;
  a: string;
  b: string;
  differs: boolean;
}

const optionText = (item: InstrumentForm['items'][number]) => item.options.map((o) => o.label).join(' / ');

/**
 * Wording A beside wording B, part by part, so a supervisor sees exactly where they differ. Options shared by
 * every item are shown once; items with their own options get their own line.
 */
export function wordingRows(a: InstrumentForm, b: InstrumentForm): WordingRow[] {
  const row = (key: string, part: WordingRow['part'], ta: string, tb: string, n?: number): WordingRow => ({
    key,
    part,
    ...(n === undefined ? {} : { n }),
    a: ta,
    b: tb,
    differs: ta !== tb,
  });
  const rows = [row('instructions', 'instructions', a.instructions, b.instructions)];
  if (a.timeframe || b.timeframe)
    rows.push(row('timeframe', 'timeframe', a.timeframe ?? '', b.timeframe ?? ''));
  a.items.forEach((item, i) => {
    rows.push(row(`item-${item.n}`, 'item', item.text, b.items[i]?.text ?? '', item.n));
  });
  const optionsA = a.items.map(optionText);
  const optionsB = b.items.map(optionText);
  const uniform = (list: string[]) => list.every((o) => o === list[0]);
  if (uniform(optionsA) && uniform(optionsB))
    rows.push(row('options', 'options', optionsA[0] ?? '', optionsB[0] ?? ''));
  else
    a.items.forEach((item, i) => {
      rows.push(row(`options-${item.n}`, 'options', optionsA[i] ?? '', optionsB[i] ?? '', item.n));
    });
  return rows;
}

/** An instrument a check-up can be built from: only those workers are shown in Chinese today. */
export interface InstrumentChoice {
  id: string;
  name: InstrumentText['name'];
  shortName: string;
  available: boolean;
  reason: NotShownReason | null;
}

export const instrumentChoices = (texts: readonly InstrumentText[]): InstrumentChoice[] =>
  texts
    .filter((t) => t.lang === 'zh-CN')
    .map((t) => ({
      id: t.instrumentId,
      name: t.name,
      shortName: t.shortName,
      available: t.shownToWorkers,
      reason: t.notShownBecause,
    }));

/** Why a check-up cannot be offered in a language now: each instrument workers are not shown, and why. */
export function missingFor(
  instruments: readonly string[],
  texts: readonly InstrumentText[],
  lang: InstrumentLang,
): { id: string; shortName: string; reason: NotShownReason }[] {
  return instruments.flatMap((id) => {
    const text = texts.find((t) => t.instrumentId === id && t.lang === lang);
    if (!text) return [{ id, shortName: id, reason: 'excluded' as const }];
    return text.shownToWorkers
      ? []
      : [{ id, shortName: text.shortName, reason: text.notShownBecause ?? 'excluded' }];
  });
}

/** One condition of a step-up, in words: "PHQ-4 depression subscale positive", "WHO-5 raw score below 13"… */
export function triggerText(t: TFunction, trigger: StepUpTrigger, shortName: (id: string) => string): string {
  const instrument = shortName(trigger.instrument);
  if ('subscalePositive' in trigger) {
    const subscale = t(`checkups.subscales.${trigger.subscalePositive}`, {
      defaultValue: trigger.subscalePositive,
    });
    return t('checkups.triggers.subscalePositive', { instrument, subscale });
  }
  if ('band' in trigger)
    return t('checkups.triggers.band', {
      instrument,
      band: t(`checkups.bands.${trigger.band}`, { defaultValue: trigger.band }),
    });
  if ('scoreBelow' in trigger)
    return t('checkups.triggers.scoreBelow', { instrument, score: trigger.scoreBelow });
  return t('checkups.triggers.flag', {
    instrument,
    flag: t(`checkups.flags.${trigger.flag}`, { defaultValue: trigger.flag }),
  });
}
