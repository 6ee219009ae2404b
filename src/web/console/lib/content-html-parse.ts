/**
 * A small, forgiving HTML reader for the content editor: enough to turn what a browser's contentEditable or a
 * pasted page produces into a tree the normaliser can walk. It runs in the unit tests (no DOM there) and in
 * the browser alike. It is not a sanitiser: the server sanitises every save against its allowlist.
 */
export interface ElementNode {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export interface TextNode {
  type: 'text';
  text: string;
}
export type HtmlNode = ElementNode | TextNode;

const voidTags = new Set([
  'br',
  'img',
  'hr',
  'input',
  'meta',
  'link',
  'wbr',
  'col',
  'area',
  'base',
  'source',
]);
/** Elements whose content is never text for the reader (the server drops scripts and styles with theirs). */
export const droppedWithContent = new Set([
  'script',
  'style',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'noscript',
  'textarea',
  'select',
]);

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  divide: '÷',
  laquo: '«',
  raquo: '»',
  deg: '°',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return namedEntities[ref.toLowerCase()] ?? whole;
  });
}

function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(re)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name && !(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const token =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<\/([a-zA-Z][\w:-]*)[^>]*>|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

/** Reads HTML into a tree; unmatched closing tags are ignored and unclosed ones end with their parent. */
export function parseHtml(html: string): HtmlNode[] {
  const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [] };
  const stack: ElementNode[] = [root];
  const top = () => stack[stack.length - 1] as ElementNode;
  let last = 0;
  let skipping: string | null = null;
  const text = (raw: string) => {
    if (raw && !skipping) top().children.push({ type: 'text', text: decodeEntities(raw) });
  };
  for (const m of html.matchAll(token)) {
    const at = m.index ?? 0;
    text(html.slice(last, at));
    last = at + m[0].length;
    const [whole, closing, opening, attrSource] = m;
    if (skipping) {
      if (closing?.toLowerCase() === skipping) skipping = null;
      continue;
    }
    if (closing) {
      const tag = closing.toLowerCase();
      const i = stack.map((n) => n.tag).lastIndexOf(tag);
      if (i > 0) stack.length = i;
    } else if (opening) {
      const tag = opening.toLowerCase();
      if (droppedWithContent.has(tag)) {
        if (!whole.endsWith('/>')) skipping = tag;
        continue;
      }
      // A new paragraph or list item closes an open one, as browsers do.
      if (tag === 'p' || tag === 'li') {
        const i = stack.map((n) => n.tag).lastIndexOf(tag);
        if (i > 0 && stack.slice(i + 1).every((n) => !['ul', 'ol', 'blockquote', 'div'].includes(n.tag)))
          stack.length = i;
      }
      const node: ElementNode = { type: 'element', tag, attrs: readAttrs(attrSource ?? ''), children: [] };
      top().children.push(node);
      if (!voidTags.has(tag) && !whole.endsWith('/>')) stack.push(node);
    }
  }
  text(html.slice(last));
  return root.children;
}
