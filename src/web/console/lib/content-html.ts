import { type ElementNode, type HtmlNode, parseHtml } from './content-html-parse';

/**
 * The editor's HTML, made clean: only the server's allowlist (p, h2, h3, strong, em, ul, ol, li, blockquote,
 * br, a[href], img[src, alt]), every loose run of text in a paragraph, no empty paragraphs, no styles or
 * classes. The same text normalises to the same string, so "unsaved changes" compares these.
 */

const imagePath =
  /^\/api\/v1\/content-images\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Web, mail and phone links, and the worker app's own pages (/tools/breathing), as the server's sanitiser keeps.
const linkHref = /^(https?:\/\/|mailto:|tel:|\/(?![/\\]))/i;

/** Containers whose inside is a flow of paragraphs (a pasted page's divs, sections, table cells). */
const flowTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'pre',
  'figure',
  'figcaption',
  'address',
  'center',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'body',
  'html',
  'form',
  'fieldset',
  'details',
  'summary',
  'caption',
]);
const headingTags: Record<string, 'h2' | 'h3'> = {
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};
const listTags = new Set(['ul', 'ol']);
const blockTags = new Set([...flowTags, ...Object.keys(headingTags), ...listTags, 'blockquote', 'li', 'hr']);

export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export const isSafeHref = (href: string): boolean => linkHref.test(href.trim());
/**
 * An address a writer may link to: a web address with a host, an e-mail address, a phone number, or a page of
 * the worker app (/tools/breathing, /help, /stations).
 */
export const isUsableHref = (href: string): boolean =>
  /^(https?:\/\/[^\s/?#]+\.[^\s]*|mailto:[^\s@]+@[^\s@]+|tel:\+?[\d\s-]{3,}|\/(?![/\\])[A-Za-z0-9\-._~/?=&#%]+)$/i.test(
    href.trim(),
  );

export const isContentImageSrc = (src: string): boolean => imagePath.test(src.trim());

function inline(nodes: HtmlNode[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: HtmlNode): string {
  if (node.type === 'text') return escapeText(node.text.replace(/[\s\u00a0]+/g, ' '));
  const inner = () => inline(node.children);
  switch (node.tag) {
    case 'strong':
    case 'b': {
      const s = inner();
      return s.trim() ? `<strong>${s}</strong>` : s;
    }
    case 'em':
    case 'i': {
      const s = inner();
      return s.trim() ? `<em>${s}</em>` : s;
    }
    case 'a': {
      const href = (node.attrs.href ?? '').trim();
      const s = inner();
      return isSafeHref(href) && s.trim() ? `<a href="${escapeAttr(href)}">${s}</a>` : s;
    }
    case 'br':
      return '<br>';
    case 'img': {
      const src = (node.attrs.src ?? '').trim();
      if (!isContentImageSrc(src)) return '';
      const alt = (node.attrs.alt ?? '').replace(/\s+/g, ' ').trim();
      return `<img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}">`;
    }
    default:
      // Everything else keeps its text (spans, fonts, Word's o:p) and, for a block met inside a line, a space.
      return blockTags.has(node.tag) ? ` ${inner()} ` : inner();
  }
}

/** A line's HTML without the spaces and line breaks at its ends, its inner runs of spaces made one. */
const tidy = (s: string): string =>
  s
    .replace(/ {2,}/g, ' ')
    .replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '')
    .replace(/(<br>) +| +(<br>)/g, '$1$2');

const hasContent = (s: string) =>
  /<img |[^\s]/.test(s.replace(/<br>/g, '').replace(/<[^>]+>/g, (t) => (t.startsWith('<img') ? t : '')));

function listItem(node: ElementNode): string {
  const parts: string[] = [];
  let run = '';
  for (const child of node.children) {
    if (child.type === 'element' && listTags.has(child.tag)) {
      if (hasContent(run)) parts.push(tidy(run));
      run = '';
      const nested = list(child);
      if (nested) parts.push(nested);
    } else if (child.type === 'element' && blockTags.has(child.tag)) {
      const s = tidy(inline(child.children));
      if (hasContent(s)) run += (hasContent(run) ? '<br>' : '') + s;
    } else run += inlineNode(child);
  }
  if (hasContent(run)) parts.push(tidy(run));
  return parts.join('');
}

function list(node: ElementNode): string {
  const tag = node.tag === 'ol' ? 'ol' : 'ul';
  const items: string[] = [];
  let loose = '';
  const flushLoose = () => {
    if (hasContent(loose)) items.push(`<li>${tidy(loose)}</li>`);
    loose = '';
  };
  for (const child of node.children) {
    if (child.type === 'element' && child.tag === 'li') {
      flushLoose();
      const s = listItem(child);
      if (hasContent(s)) items.push(`<li>${s}</li>`);
    } else if (child.type === 'element' && listTags.has(child.tag)) {
      flushLoose();
      const nested = list(child);
      // A list straight inside a list (as some editors write it) belongs to the item before it.
      const prev = items.pop();
      if (prev && nested) items.push(prev.replace(/<\/li>$/, `${nested}</li>`));
      else if (prev) items.push(prev);
      else if (nested) items.push(`<li>${nested}</li>`);
    } else
      loose +=
        child.type === 'element' && blockTags.has(child.tag)
          ? ` ${inline(child.children)} `
          : inlineNode(child);
  }
  flushLoose();
  return items.length ? `<${tag}>${items.join('')}</${tag}>` : '';
}

function blocks(nodes: HtmlNode[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const s = tidy(run);
    if (hasContent(s)) out.push(`<p>${s}</p>`);
    run = '';
  };
  for (const node of nodes) {
    if (node.type === 'text' || !blockTags.has(node.tag)) {
      run += inlineNode(node);
      continue;
    }
    flush();
    const heading = headingTags[node.tag];
    if (heading) {
      const s = tidy(inline(node.children));
      if (hasContent(s)) out.push(`<${heading}>${s}</${heading}>`);
    } else if (listTags.has(node.tag)) {
      const s = list(node);
      if (s) out.push(s);
    } else if (node.tag === 'li') {
      const s = listItem(node);
      if (hasContent(s)) out.push(`<ul><li>${s}</li></ul>`);
    } else if (node.tag === 'blockquote') {
      const inner = blocks(node.children).map((b) => (b.startsWith('<blockquote>') ? b.slice(12, -13) : b));
      if (inner.length) out.push(`<blockquote>${inner.join('')}</blockquote>`);
    } else if (node.tag !== 'hr') out.push(...blocks(node.children));
  }
  flush();
  return out;
}

/** Clean HTML within the allowlist, paragraphs joined without whitespace; '' when there is nothing to read. */
export function normaliseHtml(html: string): string {
  return blocks(parseHtml(html)).join('');
}

/** Pasted plain text: each non-empty line a paragraph (a line break in Chinese copy usually ends one). */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');
}

/** The reader's text of some HTML (tags gone, entities read), for counting and comparing. */
export function htmlText(html: string): string {
  const walk = (nodes: HtmlNode[]): string =>
    nodes
      .map((n) => (n.type === 'text' ? n.text : `${walk(n.children)}${blockTags.has(n.tag) ? '\n' : ''}`))
      .join('');
  return walk(parseHtml(html))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

export const isBlankHtml = (html: string): boolean => !hasContent(normaliseHtml(html));

/** One unit of a body for the version diff: a paragraph, a heading, a quoted paragraph or one list item. */
export interface BodyUnit {
  kind: 'p' | 'h2' | 'h3' | 'quote' | 'li';
  text: string;
}

export function bodyUnits(html: string): BodyUnit[] {
  const units: BodyUnit[] = [];
  const walk = (nodes: HtmlNode[], quoted: boolean) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.tag === 'blockquote') walk(n.children, true);
      else if (n.tag === 'ul' || n.tag === 'ol') walk(n.children, quoted);
      else if (n.tag === 'li') {
        const own = n.children.filter((c) => !(c.type === 'element' && listTags.has(c.tag)));
        units.push({ kind: 'li', text: htmlText(serialiseText(own)) });
        walk(
          n.children.filter((c) => c.type === 'element' && listTags.has(c.tag)),
          quoted,
        );
      } else if (n.tag === 'h2' || n.tag === 'h3')
        units.push({ kind: n.tag, text: htmlText(serialiseText(n.children)) });
      else if (n.tag === 'p')
        units.push({ kind: quoted ? 'quote' : 'p', text: htmlText(serialiseText(n.children)) });
    }
  };
  walk(parseHtml(normaliseHtml(html)), false);
  return units.filter((u) => u.text || u.kind === 'p');
}

/** Nodes back to text-bearing HTML (images as [图]) so htmlText can read a unit's words. */
function serialiseText(nodes: HtmlNode[]): string {
  return nodes
    .map((n) =>
      n.type === 'text'
        ? escapeText(n.text)
        : n.tag === 'img'
          ? `[${escapeText(n.attrs.alt || 'img')}]`
          : n.tag === 'br'
            ? ' '
            : serialiseText(n.children),
    )
    .join('');
}
