import { describe, expect, it } from 'vitest';
import { indexTokens, queryTokens, rankHits, snippet, stem } from './search';

const matches = (text: string, q: string) => {
  const have = new Set(indexTokens(text));
  const want = queryTokens(q);
  return want.length > 0 && want.every((t) => have.has(t));
};

describe('search tokens', () => {
  it('finds Chinese words inside sentences without spaces', () => {
    const text = '长期加班后的职业倦怠，常常表现为睡眠不好、提不起劲。';
    expect(matches(text, '倦怠')).toBe(true);
    expect(matches(text, '睡眠')).toBe(true);
    expect(matches(text, '职业倦怠')).toBe(true);
    expect(matches(text, '睡')).toBe(true);
    expect(matches(text, '焦虑')).toBe(false);
    expect(matches(text, '怠睡')).toBe(false);
  });

  it('finds English words whatever their case and ending', () => {
    const text = 'Sleep after a night shift: why Drivers feel BURNOUT and stories that helped.';
    expect(matches(text, 'burnout')).toBe(true);
    expect(matches(text, 'sleeping')).toBe(true);
    expect(matches(text, 'driver')).toBe(true);
    expect(matches(text, 'story')).toBe(true);
    expect(matches(text, 'shifts')).toBe(true);
    expect(matches(text, 'parenting')).toBe(false);
  });

  it('stems common endings to one word', () => {
    expect(['sleeping', 'sleeps', 'sleep'].map(stem)).toEqual(['sleep', 'sleep', 'sleep']);
    expect(['running', 'stopped', 'stories', 'stress', 'stressed', 'boxes'].map(stem)).toEqual([
      'run',
      'stop',
      'story',
      'stress',
      'stress',
      'box',
    ]);
  });

  it('asks for nothing when the query has no words', () => {
    expect(queryTokens('  ，。!? ')).toEqual([]);
    expect(queryTokens('the')).toEqual([]);
  });

  it('ranks title hits above body hits, keeping the given order otherwise', () => {
    const hits = [
      { id: 'body', title: '如何面对压力' },
      { id: 'title', title: '告别职业倦怠' },
      { id: 'body2', title: '夜班之后' },
    ];
    const q = queryTokens('倦怠');
    expect(rankHits(hits, q, (h) => indexTokens(h.title)).map((h) => h.id)).toEqual([
      'title',
      'body',
      'body2',
    ]);
  });
});

describe('snippet', () => {
  it('shows the passage around the first hit', () => {
    const text = `${'前言'.repeat(40)}这里讲职业倦怠的三个信号${'后记'.repeat(40)}`;
    const s = snippet(text, '倦怠', 20);
    expect(s).toContain('倦怠');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
  });

  it('finds an English stem at a word start and falls back to the start', () => {
    expect(
      snippet(`${'word '.repeat(30)}Sleeping well matters ${'x '.repeat(30)}`, 'sleeping', 30),
    ).toContain('Sleeping');
    expect(snippet('short text', 'zzz')).toBe('short text');
    expect(snippet('a'.repeat(100), 'zzz', 10)).toBe(`${'a'.repeat(10)}…`);
  });
});
