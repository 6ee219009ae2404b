import type { FormMeta } from './report-store';
import type { Result } from './types';

/**
 * Which kind words the report uses for a result: a heading in everyday language per instrument, and one
 * 筛查提示 sentence per instrument and band level (texts in i18n/report.*.ts), with a general sentence per
 * level for an instrument that has none of its own. Never the band's clinical label, never "diagnosis".
 */
export { topicKey } from './texts';

/** Highest level that has a general sentence (levels run 0 … 4). */
const GENERIC_MAX = 4;

/** i18n key of the sentence for this result: the instrument's own for its level, else the general one. */
export function sentenceKey(
  result: Pick<Result, 'instrument' | 'band'>,
  has: (key: string) => boolean,
): string {
  const level = Math.max(0, Math.min(result.band.level, GENERIC_MAX));
  const own = `bands.${result.instrument}.l${level}`;
  return has(own) ? own : `bands.generic.l${level}`;
}

/** How the result looks: calm (nothing to act on), mild, or worth attention. Never an alarm colour. */
export const toneOf = (level: number): 'calm' | 'mild' | 'notice' =>
  level <= 0 ? 'calm' : level === 1 ? 'mild' : 'notice';

/** The score as shown in small print: WHO-5 also out of 100; a mean (CBI) with its one decimal. */
export function scoreLine(result: Result, meta: FormMeta | undefined): { score: string; percent?: string } {
  const score = Number.isInteger(result.score) ? String(result.score) : result.score.toFixed(1);
  return result.percentage !== undefined && meta?.percentRange
    ? { score, percent: String(result.percentage) }
    : { score };
}

/** Mood first (the short screen, then its longer step-ups), then the rest as the check-up asked them. */
const FIRST = ['phq4', 'phq9', 'gad7'];
const rank = (id: string, i: number) => (FIRST.includes(id) ? FIRST.indexOf(id) : FIRST.length + i);

/** The results in reading order, with what the report needs of each instrument. */
export function orderedResults(results: readonly Result[], meta: readonly FormMeta[]) {
  return results
    .map((result, i) => ({
      result,
      meta: meta.find((m) => m.id === result.instrument),
      rank: rank(result.instrument, i),
    }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ result, meta }) => ({ result, meta }));
}
