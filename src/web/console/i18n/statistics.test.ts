import { describe, expect, it } from 'vitest';
import { statisticsEn } from './statistics.en';
import { statisticsZh } from './statistics.zh-CN';

function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]): [string, unknown][] =>
    typeof v === 'object' && v !== null ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('the "statistics" texts', () => {
  const zh = new Map(leaves(statisticsZh));
  const en = new Map(leaves(statisticsEn));

  it('have the same keys in Chinese and English', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty texts and the same placeholders in both languages', () => {
    for (const [key, value] of zh) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
      expect((en.get(key) as string).trim(), key).not.toBe('');
      expect(placeholders(en.get(key) as string), key).toEqual(placeholders(value as string));
    }
  });
});
