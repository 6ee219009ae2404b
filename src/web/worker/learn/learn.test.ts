import { describe, expect, it } from 'vitest';
import { learnEn } from '../i18n/learn.en';
import { learnZh } from '../i18n/learn.zh-CN';
import { flatten } from '../i18n/texts';
import type { ContentDetail } from './api';
import { listPath, searchPath } from './api';
import { highlight, needles } from './highlight';
import { keptCopy, recentReads, searchKept } from './kept';
import { inAppPath } from './links';
import { appendPage, cleanQuery, filterFromParams, fitsMe, orderForMe, paramsOfFilter } from './order';
import { nextReads } from './reader';

const item = (slug: string, over: Partial<ContentDetail> = {}): ContentDetail => ({
  id: `id-${slug}`,
  slug,
  kind: 'article',
  topics: ['sleep'],
  audiences: [],
  title: `Title ${slug}`,
  summary: `Summary ${slug}`,
  readingMinutes: 4,
  publishedAt: '2026-11-01T00:00:00Z',
  coverImageUrl: null,
  media: null,
  lang: 'zh-CN',
  bodyHtml: '<p>正文</p>',
  version: 1,
  updatedAt: '2026-11-01T00:00:00Z',
  availableLangs: ['zh-CN'],
  ...over,
});
const kept = (slug: string, lang = 'zh-CN', over: Partial<ContentDetail> = {}) => ({
  url: `https://app.example/api/v1/content/${slug}?lang=${lang}`,
  item: item(slug, over),
});

describe('the library order and marks', () => {
  const forDrivers = item('a', { audiences: ['truck_driver'] });
  const forAll = item('b');
  const forOffice = item('c', { audiences: ['office_staff'] });

  it('puts what names the worker’s group first, then what is for everyone, and hides nothing', () => {
    expect(orderForMe([forOffice, forAll, forDrivers], ['truck_driver']).map((i) => i.slug)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('keeps the list as it came for a worker who said nothing', () => {
    expect(orderForMe([forOffice, forAll, forDrivers], []).map((i) => i.slug)).toEqual(['c', 'b', 'a']);
  });

  it('marks 适合您 only on what names one of the worker’s groups', () => {
    expect(fitsMe(forDrivers, ['truck_driver', 'parent'])).toBe(true);
    expect(fitsMe(forAll, ['truck_driver'])).toBe(false);
    expect(fitsMe(forOffice, ['truck_driver'])).toBe(false);
    expect(fitsMe(forDrivers, [])).toBe(false);
  });

  it('adds a further page without repeating what is shown', () => {
    expect(appendPage([forDrivers, forAll], [forAll, forOffice]).map((i) => i.slug)).toEqual(['a', 'b', 'c']);
  });

  it('reads the tab and topic from the address, ignoring what is not a kind or topic', () => {
    expect(filterFromParams(new URLSearchParams('kind=story&topic=sleep'))).toEqual({
      kind: 'story',
      topic: 'sleep',
    });
    expect(filterFromParams(new URLSearchParams('kind=<x>&topic=nope'))).toEqual({ kind: null, topic: null });
    expect(paramsOfFilter({ kind: 'lecture', topic: null }).toString()).toBe('kind=lecture');
  });

  it('sends the groups as one audience parameter, and leaves out what is not chosen', () => {
    expect(listPath({ kind: 'story', audience: ['truck_driver', 'driver_family'] }, 'zh-CN')).toBe(
      '/api/v1/content?lang=zh-CN&kind=story&audience=truck_driver%2Cdriver_family&limit=20',
    );
    expect(listPath({}, 'en')).toBe('/api/v1/content?lang=en&limit=20');
    expect(searchPath('睡不着 sleep', 'zh-CN')).toBe(
      '/api/v1/content-search?q=%E7%9D%A1%E4%B8%8D%E7%9D%80+sleep&lang=zh-CN&limit=20',
    );
  });

  it('cleans a query to the 1–100 characters the server takes', () => {
    expect(cleanQuery('   ')).toBeNull();
    expect(cleanQuery(null)).toBeNull();
    expect(cleanQuery('  睡眠   不好 ')).toBe('睡眠 不好');
    expect([...(cleanQuery('好'.repeat(150)) ?? '')]).toHaveLength(100);
  });

  it('offers next reads on the same first topic, not the article itself, at most three', () => {
    const others = ['x', 'y', 'z', 'w'].map((s) => item(s));
    const other = item('v', { topics: ['work_stress'] });
    const reads = nextReads(item('x'), [other, ...others]);
    expect(reads.map((r) => r.slug)).toEqual(['y', 'z', 'w']);
  });
});

describe('snippet highlighting', () => {
  const marked = (parts: ReturnType<typeof highlight>) => parts.filter((p) => p.hit).map((p) => p.text);

  it('marks Chinese by pairs of characters, as the server matches it', () => {
    const parts = highlight('晚上总是睡不着，白天也很累。', '睡不着觉');
    expect(marked(parts)).toEqual(['睡不着']);
    expect(parts.map((p) => p.text).join('')).toBe('晚上总是睡不着，白天也很累。');
  });

  it('marks English words case-folded, with a plain stem', () => {
    expect(marked(highlight('Sleep comes hard after a night shift.', 'sleeping shifts'))).toEqual([
      'Sleep',
      'shift',
    ]);
  });

  it('keeps HTML in a snippet or a query as plain text, never as markup', () => {
    const parts = highlight('<img src=x onerror=alert(1)> 压力很大', '<script>压力');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> 压力很大');
    expect(marked(parts)).toEqual(['压力']);
    expect(parts.every((p) => typeof p.text === 'string')).toBe(true);
  });

  it('marks nothing for a query of single letters or punctuation only', () => {
    expect(needles('a , 。')).toEqual([]);
    expect(highlight('a cat', 'a')).toEqual([{ text: 'a cat', hit: false }]);
  });
});

describe('links inside an article', () => {
  const origin = 'https://xinli.example.cn';
  it('routes the app’s own pages inside the app', () => {
    expect(inAppPath('/tools/breathing', origin)).toBe('/tools/breathing');
    expect(inAppPath('/help', origin)).toBe('/help');
    expect(inAppPath('/stations?district=1#top', origin)).toBe('/stations?district=1#top');
    expect(inAppPath(`${origin}/learn/sleep-well`, origin)).toBe('/learn/sleep-well');
  });

  it('leaves other sites, phone and mail links, the API and the console to the browser', () => {
    expect(inAppPath('https://www.12356.cn/', origin)).toBeNull();
    expect(inAppPath('//evil.example/help', origin)).toBeNull();
    expect(inAppPath('tel:12356', origin)).toBeNull();
    expect(inAppPath('mailto:a@b.cn', origin)).toBeNull();
    expect(inAppPath('/api/v1/content-images/1', origin)).toBeNull();
    expect(inAppPath('/console/', origin)).toBeNull();
    expect(inAppPath('/helpdesk', origin)).toBeNull();
    expect(inAppPath('javascript:alert(1)', origin)).toBeNull();
    expect(inAppPath(null, origin)).toBeNull();
  });
});

describe('recently read, kept on the phone', () => {
  it('lists the newest first, one line per article, the phone’s language preferred', () => {
    const entries = [
      kept('old'),
      kept('both', 'en', { title: 'In English', lang: 'en' }),
      kept('new'),
      kept('both', 'zh-CN', { title: '中文' }),
    ];
    expect(recentReads(entries, 'zh-CN').map((r) => [r.slug, r.title])).toEqual([
      ['both', '中文'],
      ['new', 'Title new'],
      ['old', 'Title old'],
    ]);
    expect(recentReads(entries, 'en')[0]?.title).toBe('In English');
  });

  it('offers at most 30', () => {
    const many = Array.from({ length: 35 }, (_, i) => kept(`a${i}`));
    const reads = recentReads(many, 'zh-CN');
    expect(reads).toHaveLength(30);
    expect(reads[0]?.slug).toBe('a34');
  });

  it('opens the copy kept in the other language when that is the only one', () => {
    const entries = [kept('x', 'en', { title: 'English copy' })];
    expect(keptCopy(entries, 'x', 'zh-CN')?.title).toBe('English copy');
    expect(keptCopy(entries, 'y', 'zh-CN')).toBeNull();
  });

  it('finds kept articles offline by their title, summary or text, not by their tags', () => {
    const entries = [kept('a', 'zh-CN', { bodyHtml: '<p>夜里睡不着的时候</p>' }), kept('b')];
    expect(searchKept(entries, '睡不着', 'zh-CN').map((r) => r.slug)).toEqual(['a']);
    expect(searchKept(entries, 'Title', 'zh-CN')).toHaveLength(2);
    expect(searchKept(entries, 'p', 'zh-CN')).toEqual([]);
  });
});

describe('learn texts', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    const zh = flatten(learnZh);
    const en = flatten(learnEn);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe('');
  });
});
