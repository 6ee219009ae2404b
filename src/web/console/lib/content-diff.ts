import { type BodyUnit, bodyUnits } from './content-html';
import type { ContentText } from './content-types';

/** One line of a version comparison: a paragraph kept, or one only in the older or only in the newer text. */
export interface DiffLine {
  op: 'same' | 'removed' | 'added';
  unit: BodyUnit;
}

const key = (u: BodyUnit) => `${u.kind}\u0000${u.text}`;

/**
 * Paragraph-level difference between two bodies (longest common subsequence): enough for an editor to see
 * what a version changed without a character diff's noise in Chinese text. A changed paragraph shows as the
 * old one removed next to the new one added.
 */
export function diffUnits(before: BodyUnit[], after: BodyUnit[]): DiffLine[] {
  const a = before.map(key);
  const b = after.map(key);
  // lcs[i][j]: the longest common run of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  const at = (x: number, y: number) => (lcs[x] as number[])[y] as number;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', unit: before[i] as BodyUnit });
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) out.push({ op: 'removed', unit: before[i++] as BodyUnit });
    else out.push({ op: 'added', unit: after[j++] as BodyUnit });
  }
  while (i < a.length) out.push({ op: 'removed', unit: before[i++] as BodyUnit });
  while (j < b.length) out.push({ op: 'added', unit: after[j++] as BodyUnit });
  return out;
}

export interface TextDiff {
  title: { before: string; after: string } | null;
  summary: { before: string; after: string } | null;
  body: DiffLine[];
  /** How many paragraphs were added and removed: the comparison's headline. */
  added: number;
  removed: number;
}

const empty: ContentText = { title: '', summary: '', bodyHtml: '' };

/** One language of two versions compared: title and summary whole, the body by paragraph. */
export function diffTexts(before: ContentText | null, after: ContentText | null): TextDiff {
  const x = before ?? empty;
  const y = after ?? empty;
  const body = diffUnits(bodyUnits(x.bodyHtml), bodyUnits(y.bodyHtml));
  const changed = (p: string, q: string) => (p.trim() === q.trim() ? null : { before: p, after: q });
  return {
    title: changed(x.title, y.title),
    summary: changed(x.summary, y.summary),
    body,
    added: body.filter((l) => l.op === 'added').length,
    removed: body.filter((l) => l.op === 'removed').length,
  };
}
