/**
 * Marks the words of a search in a result's snippet. The snippet is split into plain text parts, some marked,
 * which the page renders as text and <mark> elements: nothing in a snippet or a query is ever parsed as HTML.
 *
 * Chinese has no spaces between words, and the server matches it by pairs of characters (bigrams), so a
 * Chinese word marks each of its pairs found; English marks words case-folded, with a plain stem ("sleeping"
 * marks "sleep"), as the server's simple stemming finds them.
 */
export interface Part {
  text: string;
  hit: boolean;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** The strings to look for in a snippet, longest first (so a long match wins over a part of it). */
export function needles(q: string): string[] {
  const out = new Set<string>();
  for (const word of q.toLowerCase().split(/[\s,，。、;；:：!！?？"“”'‘’()（）]+/u)) {
    if (!word) continue;
    const chars = [...word];
    if (chars.some((c) => CJK.test(c))) {
      out.add(word);
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
    } else if (word.length >= 2) {
      // A single letter would mark half the snippet.
      out.add(word);
      const stem = word.replace(/(ing|ed|es|s)$/u, '');
      if (stem.length >= 3 && stem !== word) out.add(stem);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

export function highlight(snippet: string, q: string): Part[] {
  const words = needles(q);
  if (!snippet) return [];
  const lower = snippet.toLowerCase();
  // Mark each character covered by any needle; toLowerCase keeps the length for the scripts we show
  // (CJK, Latin), and a snippet where it would not is shown unmarked rather than marked wrongly.
  if (lower.length !== snippet.length || words.length === 0) return [{ text: snippet, hit: false }];
  const marked = new Array<boolean>(snippet.length).fill(false);
  for (const w of words) {
    for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + 1)) {
      for (let i = at; i < at + w.length; i++) marked[i] = true;
    }
  }
  const parts: Part[] = [];
  for (let i = 0; i < snippet.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.hit === marked[i]) last.text += snippet[i];
    else parts.push({ text: snippet[i] as string, hit: marked[i] as boolean });
  }
  return parts;
}
