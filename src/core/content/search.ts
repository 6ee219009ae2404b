/**
 * Search over the library without a full-text engine that knows Chinese: PostgreSQL's text search and pg_trgm
 * ignore CJK characters in the C locale, so the server stores our own tokens in a text[] column (GIN index)
 * and asks for rows containing every token of the query (`@>`), which works on PGlite and PostgreSQL alike.
 *
 * Chinese has no spaces between words: a run of CJK characters gives its bigrams (倦怠 → 倦怠; 职业倦怠 → 职业,
 * 业倦, 倦怠) and its single characters, so a one-character query still finds something. English gives
 * lower-case words with a light suffix stemming (sleeping, sleeps → sleep), applied alike to texts and queries.
 */
const cjk = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const segment = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:'[a-z]+)?/g;

const stopWords = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'for',
  'is',
  'are',
  'be',
  'it',
]);

/** A light English stemmer: enough that plural and -ing/-ed forms meet their word. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  // sleeping → sleep, but running → runn → run; stopped → stopp → stop.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

/** Tokens of a text for the index: CJK bigrams and single characters, English stems. */
export function indexTokens(text: string): string[] {
  const out = new Set<string>();
  for (const m of normalise(text).match(segment) ?? []) {
    if (cjk.test(m)) {
      const chars = [...m];
      for (let i = 0; i < chars.length; i++) {
        out.add(chars[i] as string);
        if (i + 1 < chars.length) out.add(`${chars[i]}${chars[i + 1]}`);
      }
    } else if (!stopWords.has(m)) {
      out.add(stem(m));
    }
  }
  return [...out];
}

/**
 * Tokens a query asks for, all of which a text must have: the bigrams of each Chinese run (a one-character
 * run asks for that character), the stems of English words. Empty when the query has nothing searchable.
 */
export function queryTokens(q: string): string[] {
  const out = new Set<string>();
  for (const m of normalise(q).match(segment) ?? []) {
    if (cjk.test(m)) {
      const chars = [...m];
      if (chars.length === 1) out.add(m);
      for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
    } else if (!stopWords.has(m)) {
      out.add(stem(m));
    }
  }
  return [...out];
}

/** Title hits rank above summary and body hits: 2 every query token in a title, 1 some, 0 none. */
export function titleRank(query: readonly string[], titleTokens: readonly string[]): 0 | 1 | 2 {
  const inTitle = query.filter((t) => titleTokens.includes(t)).length;
  if (inTitle === 0) return 0;
  return inTitle === query.length ? 2 : 1;
}

/** Sorts hits: title rank first, then the given order (the server passes them newest first). */
export function rankHits<T>(
  hits: readonly T[],
  query: readonly string[],
  titleTokensOf: (t: T) => string[],
): T[] {
  return hits
    .map((hit, i) => ({ hit, i, rank: titleRank(query, titleTokensOf(hit)) }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.hit);
}

/**
 * A short passage of `text` around the first place the query's words appear (Chinese matched as written,
 * English case-folded on word starts), with an ellipsis where it is cut; the text's start when none appears.
 */
export function snippet(text: string, q: string, width = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  let at = -1;
  for (const m of normalise(q).match(segment) ?? []) {
    const probe = cjk.test(m) ? m : stem(m);
    const i = cjk.test(m) ? lower.indexOf(probe) : lower.search(new RegExp(`\\b${escapeRegExp(probe)}`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const chars = [...flat];
  if (chars.length <= width) return flat;
  if (at < 0) return `${chars.slice(0, width).join('')}…`;
  // Code units to characters, so a cut never splits a surrogate pair.
  const charAt = [...flat.slice(0, at)].length;
  const start = Math.max(0, charAt - Math.floor(width / 3));
  const end = Math.min(chars.length, start + width);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
