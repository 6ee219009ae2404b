import { describe, expect, it } from 'vitest';
import { diffTexts, diffUnits } from './content-diff';
import type { BodyUnit } from './content-html';

const p = (text: string): BodyUnit => ({ kind: 'p', text });

describe('diffUnits', () => {
  it('marks nothing when the bodies are the same', () => {
    expect(diffUnits([p('a'), p('b')], [p('a'), p('b')]).every((l) => l.op === 'same')).toBe(true);
  });

  it('finds added, removed and changed paragraphs in order', () => {
    const lines = diffUnits([p('a'), p('b'), p('c')], [p('a'), p('B'), p('c'), p('d')]);
    expect(lines.map((l) => `${l.op}:${l.unit.text}`)).toEqual([
      'same:a',
      'removed:b',
      'added:B',
      'same:c',
      'added:d',
    ]);
  });

  it('treats a paragraph turned into a heading as changed', () => {
    const lines = diffUnits([p('题')], [{ kind: 'h2', text: '题' }]);
    expect(lines.map((l) => l.op)).toEqual(['removed', 'added']);
  });

  it('handles empty sides', () => {
    expect(diffUnits([], [p('x')])).toEqual([{ op: 'added', unit: p('x') }]);
    expect(diffUnits([p('x')], [])).toEqual([{ op: 'removed', unit: p('x') }]);
  });
});

describe('diffTexts', () => {
  it('compares title, summary and body of one language', () => {
    const d = diffTexts(
      { title: '旧题', summary: '摘要', bodyHtml: '<p>甲</p><p>乙</p>' },
      { title: '新题', summary: '摘要 ', bodyHtml: '<div>甲</div><p>丙</p>' },
    );
    expect(d.title).toEqual({ before: '旧题', after: '新题' });
    expect(d.summary).toBeNull();
    expect([d.added, d.removed]).toEqual([1, 1]);
  });

  it('reads a missing English text as empty', () => {
    const d = diffTexts(null, { title: 'T', summary: 'S', bodyHtml: '<p>x</p>' });
    expect(d.added).toBe(1);
    expect(d.title).toEqual({ before: '', after: 'T' });
  });
});
