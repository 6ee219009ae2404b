import { describe, expect, it } from 'vitest';
import { bodyUnits, htmlText, isBlankHtml, isUsableHref, normaliseHtml, textToHtml } from './content-html';

const img = '/api/v1/content-images/0b0e9c0e-1f5a-4d47-9a37-5a3d8e1b2c3d';

describe('normaliseHtml', () => {
  it('keeps allowlisted markup as it is', () => {
    const html =
      '<h2>小标题</h2><p>一段<strong>加粗</strong>和<em>斜体</em>，<a href="https://example.org/x">链接</a>。</p><ul><li>一</li><li>二</li></ul><ol><li>甲</li></ol><blockquote><p>引用</p></blockquote><h3>三级</h3>';
    expect(normaliseHtml(html)).toBe(html);
  });

  it('is idempotent', () => {
    const messy = '<div>甲<b>乙</b></div><p><br></p><div><i>丙</i><br>丁</div>';
    const once = normaliseHtml(messy);
    expect(normaliseHtml(once)).toBe(once);
  });

  it('maps what contentEditable writes onto the allowlist', () => {
    expect(normaliseHtml('<div>第一行</div><div><b>第二行</b></div>')).toBe(
      '<p>第一行</p><p><strong>第二行</strong></p>',
    );
    expect(normaliseHtml('<h1>大</h1><h4>小</h4>')).toBe('<h2>大</h2><h3>小</h3>');
    expect(normaliseHtml('text&nbsp; with&nbsp;&nbsp;spaces')).toBe('<p>text with spaces</p>');
  });

  it('drops empty paragraphs and trailing line breaks', () => {
    expect(normaliseHtml('<p><br></p><p>  </p><p>有字<br></p><p><strong> </strong></p>')).toBe('<p>有字</p>');
    expect(isBlankHtml('<p><br></p><div>&nbsp;</div>')).toBe(true);
  });

  it('removes scripts and styles with their content, and every attribute but href, src and alt', () => {
    expect(
      normaliseHtml(
        '<style>p{color:red}</style><p class="x" style="color:red" onclick="evil()">文<script>alert(1)</script>字</p>',
      ),
    ).toBe('<p>文字</p>');
  });

  it('keeps only safe links and the server’s own images', () => {
    expect(normaliseHtml('<p><a href="javascript:alert(1)">点</a> <a href="mailto:a@b.cn">信</a></p>')).toBe(
      '<p>点 <a href="mailto:a@b.cn">信</a></p>',
    );
    expect(
      normaliseHtml(`<p><img src="${img}" alt="封面" width="3"><img src="https://evil.example/x.png"></p>`),
    ).toBe(`<p><img src="${img}" alt="封面"></p>`);
    expect(isBlankHtml(`<p><img src="${img}" alt=""></p>`)).toBe(false);
  });

  it('cleans a pasted Word or web page', () => {
    const pasted =
      '<html><head><title>t</title><meta charset="utf-8"></head><body><!--[if gte mso 9]><xml>x</xml><![endif]--><p class="MsoNormal"><span style="font-size:12pt">压力<o:p></o:p></span></p><table><tr><td>格子</td></tr></table><font color="red">红字</font></body></html>';
    expect(normaliseHtml(pasted)).toBe('<p>压力</p><p>格子</p><p>红字</p>');
  });

  it('wraps loose text, and puts list items and nested lists in order', () => {
    expect(normaliseHtml('前言<ul><li><p>一</p></li><li>二<ul><li>二点一</li></ul></li></ul>后记')).toBe(
      '<p>前言</p><ul><li>一</li><li>二<ul><li>二点一</li></ul></li></ul><p>后记</p>',
    );
    expect(normaliseHtml('<ul><li>一</li><ul><li>子</li></ul></ul>')).toBe(
      '<ul><li>一<ul><li>子</li></ul></li></ul>',
    );
    expect(normaliseHtml('<li>孤项</li>')).toBe('<ul><li>孤项</li></ul>');
  });

  it('escapes text and attribute values', () => {
    expect(normaliseHtml('<p>1 &lt; 2 &amp; 3 &gt; 2 &mdash; "q"</p>')).toBe(
      '<p>1 &lt; 2 &amp; 3 &gt; 2 — "q"</p>',
    );
    expect(normaliseHtml('<p><a href="https://x.cn/?a=1&amp;b=&quot;2&quot;">l</a></p>')).toBe(
      '<p><a href="https://x.cn/?a=1&amp;b=&quot;2&quot;">l</a></p>',
    );
  });

  it('flattens a quote inside a quote', () => {
    expect(normaliseHtml('<blockquote>甲<blockquote><p>乙</p></blockquote></blockquote>')).toBe(
      '<blockquote><p>甲</p><p>乙</p></blockquote>',
    );
  });
});

describe('isUsableHref', () => {
  it('accepts web, mail and phone addresses and nothing else', () => {
    for (const ok of [
      'https://12356.cn/help',
      'http://a.b',
      'mailto:help@union.cn',
      'tel:12356',
      'tel:+86 10-1234',
      '/tools/breathing',
      '/help',
    ])
      expect(isUsableHref(ok), ok).toBe(true);
    for (const bad of [
      'https://',
      'https://localhost',
      'javascript:alert(1)',
      'mailto:x',
      'tel:ab',
      'ftp://x.cn',
      '//evil.example',
      '/',
    ])
      expect(isUsableHref(bad), bad).toBe(false);
  });
});

describe('textToHtml and htmlText', () => {
  it('turns pasted lines into paragraphs, escaped', () => {
    expect(textToHtml('第一段\r\n\n  第二段 <b>\n')).toBe('<p>第一段</p><p>第二段 &lt;b&gt;</p>');
  });

  it('reads the words of HTML', () => {
    expect(htmlText('<h2>题</h2><p>a &amp; b</p>')).toBe('题\na & b');
  });
});

describe('bodyUnits', () => {
  it('splits a body into paragraphs, headings, quoted paragraphs and list items', () => {
    expect(
      bodyUnits('<h2>题</h2><p>段</p><blockquote><p>引</p></blockquote><ol><li>一</li><li>二</li></ol>'),
    ).toEqual([
      { kind: 'h2', text: '题' },
      { kind: 'p', text: '段' },
      { kind: 'quote', text: '引' },
      { kind: 'li', text: '一' },
      { kind: 'li', text: '二' },
    ]);
  });
});
