/**
 * The HTML allowlist of library texts, as a small tokenizer: staff paste text from elsewhere, and workers'
 * phones must only ever get paragraphs, headings, emphasis, lists, quotes, links and the library's own images.
 * Everything else is dropped with its text kept; scripts, styles and other raw-text elements lose their content
 * too. The output is re-serialised by us (every tag and attribute written here, every text escaped), so nothing
 * the input smuggles through a quirk of parsing can reach the page.
 */
const allowedTags = new Set([
  'p',
  'h2',
  'h3',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'blockquote',
  'br',
  'a',
  'img',
]);
const voidTags = new Set(['br', 'img']);
/** Elements whose content is not text to keep: dropped from the start tag to the matching end tag. */
const dropWithContent = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'textarea',
  'title',
  'xmp',
  'svg',
  'math',
  'select',
  'head',
]);

export const contentImagePath =
  /^\/api\/v1\/content-images\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references (numeric and the common named ones); others stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return '\ufffd';
      return String.fromCodePoint(code);
    }
    const v = named[ref.toLowerCase()];
    return v !== undefined && m.endsWith(';') ? v : m;
  });
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** http(s), mailto and tel only: browsers ignore control characters and blanks inside a scheme, so do we. */
export function safeHref(raw: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (/^(https?:\/\/|mailto:|tel:)/i.test(cleaned)) return cleaned;
  // A page of the worker app itself (/tools/breathing, /help, /stations): a path on this site only — never
  // protocol-relative (//host) or a backslash trick, and only the characters a plain path uses.
  return /^\/(?![/\\])[A-Za-z0-9\-._~/?=&#%]*$/.test(cleaned) ? cleaned : null;
}

interface Tag {
  name: string;
  closing: boolean;
  attrs: Map<string, string>;
  end: number;
}

/** Reads a tag starting at `<` (i); null when it is not one (then `<` is text) or runs past the end. */
function readTag(html: string, i: number): Tag | 'eof' | null {
  let j = i + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(html.slice(j, j + 64));
  if (!nameMatch) return null;
  const name = nameMatch[0].toLowerCase();
  j += nameMatch[0].length;
  const attrs = new Map<string, string>();
  while (j < html.length) {
    while (j < html.length && /[\s/]/.test(html[j] as string)) j++;
    if (j >= html.length) return 'eof';
    if (html[j] === '>') return { name, closing, attrs, end: j + 1 };
    const an = /^[^\s"'>/=]+/.exec(html.slice(j));
    // A lone quote or `=` where a name should be: skip it, as a browser would.
    const attrName = an ? an[0].toLowerCase() : '';
    j += an ? an[0].length : 1;
    while (j < html.length && /\s/.test(html[j] as string)) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && /\s/.test(html[j] as string)) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0) return 'eof';
        value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const uv = /^[^\s>]*/.exec(html.slice(j));
        value = uv ? uv[0] : '';
        j += value.length;
      }
    }
    if (attrName && !attrs.has(attrName)) attrs.set(attrName, value);
  }
  return 'eof';
}

function openTag(tag: Tag): string | null {
  if (tag.name === 'a') {
    const href = safeHref(tag.attrs.get('href') ?? '');
    return href === null
      ? '<a rel="noopener noreferrer">'
      : `<a href="${escapeAttr(href)}" rel="noopener noreferrer">`;
  }
  if (tag.name === 'img') {
    const src = decodeEntities(tag.attrs.get('src') ?? '').trim();
    if (!contentImagePath.test(src)) return null;
    const alt = decodeEntities(tag.attrs.get('alt') ?? '');
    return `<img src="${src}" alt="${escapeAttr(alt)}">`;
  }
  return `<${tag.name}>`;
}

export function sanitizeHtml(html: string): string {
  let out = '';
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += escapeTextKeepingRefs(html.slice(i));
      break;
    }
    out += escapeTextKeepingRefs(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = readTag(html, lt);
    if (tag === 'eof') break;
    if (tag === null) {
      out += '&lt;';
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (!tag.closing && dropWithContent.has(tag.name)) {
      const close = new RegExp(`</${tag.name}[\\s/>]`, 'i').exec(html.slice(i));
      if (!close) break;
      const after = readTag(html, i + close.index);
      i = after && after !== 'eof' ? after.end : html.length;
      continue;
    }
    if (!allowedTags.has(tag.name)) continue;
    if (tag.closing) {
      const at = open.lastIndexOf(tag.name);
      if (at < 0) continue;
      // Close what was left open inside it, so the output is always well nested.
      while (open.length > at) out += `</${open.pop()}>`;
      continue;
    }
    const written = openTag(tag);
    if (written === null) continue;
    out += written;
    if (!voidTags.has(tag.name)) open.push(tag.name);
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

/** Text as written, with character references kept (they are text once parsed) and bare `&`, `<`, `>` escaped. */
function escapeTextKeepingRefs(s: string): string {
  return s
    .replace(/&(?!(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The plain text of sanitised HTML, for search, snippets and reading time. */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<(br|\/p|\/h2|\/h3|\/li|\/blockquote)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/[ \t]+/g, ' '),
  )
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}
