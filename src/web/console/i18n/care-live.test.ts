import { describe, expect, it } from 'vitest';
import { careLiveEn } from './care-live.en';
import { careLiveZh } from './care-live.zh-CN';

function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]): [string, unknown][] =>
    typeof v === 'object' && v !== null ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('the care-live texts', () => {
  const zh = new Map(leaves(careLiveZh));
  const en = new Map(leaves(careLiveEn));

  it('has the same keys in Chinese and English, none empty, with the same placeholders', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, value] of [...zh, ...en]) expect(String(value).trim(), key).not.toBe('');
    for (const [key, value] of zh)
      expect(placeholders(String(en.get(key))), key).toEqual(placeholders(String(value)));
  });

  it('says nothing about the person in what a lock screen or a shared screen shows', () => {
    for (const texts of [careLiveZh.ring, careLiveEn.ring])
      for (const text of Object.values(texts)) expect(text).not.toMatch(/{{/);
    expect(careLiveZh.ring.desktopTitle).toBe('紧急求助 · 请立即查看');
    expect(careLiveEn.ring.desktopTitle).toBe('Urgent request · please look now');
  });
});
