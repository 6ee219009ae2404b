import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref, sanitizeHtml, textOf } from './sanitize';

const IMG = '/api/v1/content-images/0b5c6a3e-1f2d-4c5b-9a7e-3d2c1b0a9f8e';

describe('sanitizeHtml', () => {
  it('keeps the allowed structure as it is', () => {
    const html =
      '<h2>标题</h2><p>一段<strong>重要</strong>的<em>话</em><br>换行</p><ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引用</blockquote><h3>小</h3>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('drops scripts and styles with their content, and unknown tags keeping their text', () => {
    expect(sanitizeHtml('<p>a<script>alert(1)</script>b<style>p{color:red}</style>c</p>')).toBe('<p>abc</p>');
    expect(sanitizeHtml('<div><span class="x">文字</span></div>')).toBe('文字');
    expect(sanitizeHtml('<p>x<SCRIPT type="a">evil()</SCRIPT >y</p>')).toBe('<p>xy</p>');
    expect(sanitizeHtml('before<script>never closed')).toBe('before');
    expect(sanitizeHtml('<p>a<!-- note -->b<!doctype html></p>')).toBe('<p>ab</p>');
  });

  it('removes every attribute but a safe href and an image of the library', () => {
    expect(sanitizeHtml('<p onclick="x()" style="color:red" class="c">t</p>')).toBe('<p>t</p>');
    expect(
      sanitizeHtml('<a href="https://12356.cn/x?a=1&amp;b=2" target="_blank" onmouseover="x">热线</a>'),
    ).toBe('<a href="https://12356.cn/x?a=1&amp;b=2" rel="noopener noreferrer">热线</a>');
    expect(sanitizeHtml('<a href="tel:12356">拨打</a>')).toBe(
      '<a href="tel:12356" rel="noopener noreferrer">拨打</a>',
    );
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
    expect(sanitizeHtml('<a href="jav&#x61;script:alert(1)">x</a>')).toBe(
      '<a rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeHtml('<a href=" java\tscript:alert(1)">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
    expect(sanitizeHtml(`<img src="${IMG}" alt="一张图" onerror="x">`)).toBe(
      `<img src="${IMG}" alt="一张图">`,
    );
    expect(sanitizeHtml('<img src="https://evil.example/x.png">')).toBe('');
    expect(sanitizeHtml(`<img src="${IMG}?x=1">`)).toBe('');
  });

  it('escapes stray brackets and keeps character references as text', () => {
    expect(sanitizeHtml('1 < 2 & 3 > 2')).toBe('1 &lt; 2 &amp; 3 &gt; 2');
    expect(sanitizeHtml('&lt;script&gt;')).toBe('&lt;script&gt;');
    expect(sanitizeHtml('<p>a < b</p>')).toBe('<p>a &lt; b</p>');
  });

  it('always nests what it writes', () => {
    expect(sanitizeHtml('<p><strong>a</p>b</strong>')).toBe('<p><strong>a</strong></p>b');
    expect(sanitizeHtml('<ul><li>open')).toBe('<ul><li>open</li></ul>');
    expect(sanitizeHtml('</p>x')).toBe('x');
  });

  it('is stable: sanitising its own output changes nothing', () => {
    const once = sanitizeHtml('<p>a<b>b</b><a href="https://x.cn">l</a><img src="x"></p>');
    expect(sanitizeHtml(once)).toBe(once);
  });

  const pieces = fc.constantFrom(
    '<script>',
    '</script>',
    '<script',
    '<scr',
    'ipt>',
    '<style>',
    '</style>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">',
    '<a href=javascript:x>',
    '<a href="jav&#x09;ascript:x">',
    '<p style="x">',
    '<svg onload=x>',
    '<iframe src=x>',
    '" onclick="x"',
    "' onfocus='x'",
    '<',
    '>',
    '/',
    '=',
    '"',
    "'",
    '&',
    '&#60;',
    '<!--',
    '-->',
    '<p>',
    '</p>',
    '<a href="https://ok.cn">',
    '</a>',
    `<img src="${IMG}" alt="a">`,
    'on',
    'load=',
    'javascript:',
    'style=',
    'text 文字 ',
  );
  const hostile = fc.oneof(
    fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')),
    fc.string({ maxLength: 200 }),
  );

  const tagOk =
    /^<(\/?(p|h2|h3|strong|em|ul|ol|li|blockquote|a)|br|a rel="noopener noreferrer"|a href="(https?:\/\/|mailto:|tel:|\/(?!\/))[^"<>]*" rel="noopener noreferrer"|img src="\/api\/v1\/content-images\/[0-9a-f-]{36}" alt="[^"<>]*")>$/;

  it('never lets a script, an event handler, a javascript: link or a style through (property)', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const out = sanitizeHtml(input);
        expect(out.toLowerCase()).not.toContain('<script');
        expect(out.toLowerCase()).not.toContain('<style');
        for (const tag of out.match(/<[^>]*>?/g) ?? []) {
          expect(tag, `in ${JSON.stringify(input)} → ${JSON.stringify(out)}`).toMatch(tagOk);
          expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
          expect(tag).not.toMatch(/style\s*=/i);
          expect(tag.toLowerCase()).not.toContain('javascript:');
        }
        expect(sanitizeHtml(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('safeHref and textOf', () => {
  it('accepts only web, mail and phone links', () => {
    expect(safeHref('https://a.cn')).toBe('https://a.cn');
    expect(safeHref('mailto:a@b.cn')).toBe('mailto:a@b.cn');
    // The worker app's own pages, which articles point to (the breathing guide, crisis help, the stations).
    expect(safeHref('/tools/breathing')).toBe('/tools/breathing');
    expect(safeHref('/learn?topic=sleep')).toBe('/learn?topic=sleep');
    expect(safeHref('//evil.example/x')).toBeNull();
    expect(safeHref('/\\evil.example')).toBeNull();
    expect(safeHref('/a"onmouseover=x')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
  });

  it('reads the text of sanitised HTML', () => {
    expect(textOf('<h2>标题</h2><p>一段 &amp; 两段</p><ul><li>一</li><li>二</li></ul>')).toBe(
      '标题\n一段 & 两段\n一\n二',
    );
  });
});
