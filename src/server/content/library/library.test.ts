import { describe, expect, it } from 'vitest';
import { audienceIds } from '../../../core/content/audiences';
import { contentKinds, topicIds } from '../../../core/content/topics';
import { crisisResources } from '../../../core/instruments/crisis';
import { startingLibrary } from './index';

const allowedTags = new Set(['p', 'h2', 'h3', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'br', 'a']);
/** In-app pages the library links to (relative links the worker app serves). */
const inAppLinks = new Set([
  '/help',
  '/stations',
  '/checkup',
  '/tools/breathing',
  '/tools/grounding',
  '/tools/relaxation',
  '/tools/diary',
]);
/** Phone links may only dial the verified lines the crisis path shows (core/instruments/crisis.ts). */
const crisisPhones = new Set(crisisResources.map((r) => r.phone));

interface Tag {
  name: string;
  closing: boolean;
  attrs: Record<string, string>;
}

/** A tiny tag scanner: every `<…>` in the HTML, its name and double-quoted attributes. */
function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of html.matchAll(/<([^>]*)>/g)) {
    const inner = m[1] ?? '';
    const head = /^(\/?)([a-zA-Z0-9]+)\s*([\s\S]*?)\/?$/.exec(inner.trim());
    if (!head) throw new Error(`unreadable tag <${inner}>`);
    const attrs: Record<string, string> = {};
    const rest = head[3] ?? '';
    const attrRe = /([a-zA-Z-]+)="([^"]*)"/g;
    for (const a of rest.matchAll(attrRe)) attrs[a[1] ?? ''] = a[2] ?? '';
    if (rest.replace(attrRe, '').trim() !== '') throw new Error(`unquoted attribute in <${inner}>`);
    tags.push({ name: (head[2] ?? '').toLowerCase(), closing: head[1] === '/', attrs });
  }
  return tags;
}

const text = (html: string) => html.replace(/<[^>]*>/g, '');
const cjkCount = (html: string) => (text(html).match(/[\u4e00-\u9fff]/g) ?? []).length;
const bodies = startingLibrary.flatMap((e) => [
  { slug: e.slug, lang: 'zh', html: e.zh.bodyHtml },
  { slug: e.slug, lang: 'en', html: e.en.bodyHtml },
]);

describe('starting library', () => {
  it('has enough of each kind, and every topic', () => {
    const kind = (k: string) => startingLibrary.filter((e) => e.kind === k).length;
    expect(kind('article')).toBeGreaterThanOrEqual(20);
    expect(kind('story')).toBeGreaterThanOrEqual(4);
    expect(kind('lecture')).toBeGreaterThanOrEqual(3);
    for (const t of topicIds) {
      expect(
        startingLibrary.filter((e) => e.kind === 'article' && e.topics.includes(t)).length,
        t,
      ).toBeGreaterThan(0);
    }
    expect(startingLibrary.filter((e) => e.audiences.includes('truck_driver')).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(startingLibrary.filter((e) => e.audiences.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('uses unique, well-formed slugs and only known ids', () => {
    const slugs = startingLibrary.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const e of startingLibrary) {
      expect(e.slug).toMatch(/^[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]$/);
      expect(contentKinds).toContain(e.kind);
      expect(e.topics.length, e.slug).toBeGreaterThan(0);
      for (const t of e.topics) expect(topicIds, e.slug).toContain(t);
      for (const a of e.audiences) expect(audienceIds, e.slug).toContain(a);
      expect(new Set(e.topics).size).toBe(e.topics.length);
      expect(new Set(e.audiences).size).toBe(e.audiences.length);
    }
  });

  it('has both languages filled in', () => {
    for (const e of startingLibrary) {
      for (const l of [e.zh, e.en]) {
        expect(l.title.trim(), e.slug).not.toBe('');
        expect(l.summary.trim(), e.slug).not.toBe('');
        expect(text(l.bodyHtml).trim().length, e.slug).toBeGreaterThan(200);
      }
      expect(cjkCount(e.zh.title), e.slug).toBeGreaterThan(0);
      expect(cjkCount(e.en.bodyHtml), e.slug).toBe(0);
    }
  });

  it('keeps Chinese articles between 400 and 900 characters, with a realistic reading time', () => {
    for (const e of startingLibrary) {
      const n = cjkCount(e.zh.bodyHtml);
      if (e.kind === 'article') {
        expect(n, e.slug).toBeGreaterThanOrEqual(400);
        expect(n, e.slug).toBeLessThanOrEqual(900);
      } else {
        expect(n, e.slug).toBeGreaterThanOrEqual(300);
        expect(n, e.slug).toBeLessThanOrEqual(1200);
      }
      // About 300 Chinese characters a minute, give or take a minute.
      expect(Math.abs(e.readingMinutes - Math.max(1, Math.round(n / 300))), e.slug).toBeLessThanOrEqual(1);
    }
  });

  it('lecture replays are written summaries awaiting the federation’s recording', () => {
    for (const e of startingLibrary.filter((x) => x.kind === 'lecture')) {
      expect(e.media, e.slug).toBeNull();
      expect(e.zh.title + e.zh.bodyHtml, e.slug).toContain('讲座回顾');
    }
    for (const e of startingLibrary.filter((x) => x.kind !== 'lecture')) expect(e.media, e.slug).toBeNull();
  });

  it('stories say they are anonymised composites', () => {
    for (const e of startingLibrary.filter((x) => x.kind === 'story')) {
      expect(e.zh.bodyHtml, e.slug).toContain('匿名化处理');
      expect(e.en.bodyHtml.toLowerCase(), e.slug).toContain('composite');
    }
  });

  it('uses only the sanitiser’s allowlist, balanced, with safe links', () => {
    for (const b of bodies) {
      const where = `${b.slug} (${b.lang})`;
      const open: string[] = [];
      for (const tag of scanTags(b.html)) {
        expect(allowedTags.has(tag.name), `${where}: <${tag.name}>`).toBe(true);
        if (tag.name === 'br') continue;
        if (tag.closing) {
          expect(open.pop(), `${where}: </${tag.name}>`).toBe(tag.name);
          continue;
        }
        open.push(tag.name);
        const names = Object.keys(tag.attrs);
        if (tag.name === 'a') {
          expect(names, where).toEqual(['href']);
          const href = tag.attrs.href ?? '';
          const ok = href.startsWith('tel:') ? crisisPhones.has(href.slice(4)) : inAppLinks.has(href);
          expect(ok, `${where}: href ${href}`).toBe(true);
        } else {
          expect(names, `${where}: <${tag.name}> attributes`).toEqual([]);
        }
      }
      expect(open, where).toEqual([]);
      expect(b.html, where).not.toMatch(/<img|<script|style=|on[a-z]+=/i);
    }
  });

  it('gives every article things to try, in a list', () => {
    for (const e of startingLibrary.filter((x) => x.kind === 'article')) {
      expect(e.zh.bodyHtml, e.slug).toMatch(/<(ul|ol)>/);
      expect(e.en.bodyHtml, e.slug).toMatch(/<(ul|ol)>/);
    }
  });

  it('tells every reader where to get help', () => {
    for (const e of startingLibrary) {
      expect(e.zh.bodyHtml, e.slug).toMatch(/12356|心灵驿站|咨询师/);
      expect(e.en.bodyHtml, e.slug).toMatch(/12356|heart station|counsellor/i);
    }
  });

  it('names no means of self-harm and no sensational framing, and always gives a line', () => {
    const forbiddenZh = [
      '跳楼',
      '跳河',
      '跳桥',
      '割腕',
      '上吊',
      '自缢',
      '烧炭',
      '农药',
      '安眠药',
      '服毒',
      '卧轨',
      '吞药',
      '煤气',
      '自杀率',
      '成功自杀',
      '自杀成功',
    ];
    const forbiddenEn = [
      /overdose/i,
      /pills?\b/i,
      /\bhang(ed|ing)?\b/i,
      /\bwrist/i,
      /\brope\b/i,
      /poison/i,
      /pesticide/i,
      /charcoal/i,
      /\bjump/i,
      /commit(ted|s)? suicide/i,
      /successful suicide/i,
      /epidemic/i,
      /suicide rate/i,
    ];
    for (const e of startingLibrary) {
      for (const w of forbiddenZh)
        expect(text(e.zh.bodyHtml + e.zh.summary + e.zh.title), `${e.slug}: ${w}`).not.toContain(w);
      for (const w of forbiddenEn)
        expect(text(e.en.bodyHtml + e.en.summary + e.en.title), `${e.slug}: ${w}`).not.toMatch(w);
      const aboutLife = /不想活|结束生命|伤害自己/.test(e.zh.bodyHtml);
      if (aboutLife) {
        expect(e.zh.bodyHtml, e.slug).toContain('tel:12356');
        expect(e.zh.bodyHtml, e.slug).toMatch(/120|110/);
        expect(e.en.bodyHtml, e.slug).toContain('tel:12356');
      }
    }
    const crisis = startingLibrary.filter((e) =>
      ['when-you-dont-want-to-live', 'helping-someone-who-seems-low'].includes(e.slug),
    );
    expect(crisis.length).toBe(2);
    for (const e of crisis) {
      expect(e.zh.bodyHtml, e.slug).toContain('tel:120');
      expect(e.zh.bodyHtml, e.slug).toContain('tel:110');
      expect(e.en.bodyHtml, e.slug).toContain('tel:120');
    }
  });
});
