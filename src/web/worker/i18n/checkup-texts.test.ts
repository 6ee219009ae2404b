import { describe, expect, it } from 'vitest';
import { checkinEn } from './checkin.en';
import { checkinZh } from './checkin.zh-CN';
import { checkupEn } from './checkup.en';
import { checkupZh } from './checkup.zh-CN';
import { chooseEn } from './choose.en';
import { chooseZh } from './choose.zh-CN';
import { counsellingEn } from './counselling.en';
import { counsellingZh } from './counselling.zh-CN';
import { eventsEn } from './events.en';
import { eventsZh } from './events.zh-CN';
import { measureEn } from './measure.en';
import { measureZh } from './measure.zh-CN';
import { myDataEn } from './my-data.en';
import { myDataZh } from './my-data.zh-CN';
import { reportEn } from './report.en';
import { reportZh } from './report.zh-CN';
import { type Dictionary, flatten } from './texts';
import { toolsEn } from './tools.en';
import { toolsZh } from './tools.zh-CN';
import { waitlistEn } from './waitlist.en';
import { waitlistZh } from './waitlist.zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ['checkup', checkupZh, checkupEn],
  ['report', reportZh, reportEn],
  ['choose', chooseZh, chooseEn],
  ['counselling', counsellingZh, counsellingEn],
  ['waitlist', waitlistZh, waitlistEn],
  ['checkin', checkinZh, checkinEn],
  ['measure', measureZh, measureEn],
  ['mydata', myDataZh, myDataEn],
  ['tools', toolsZh, toolsEn],
  ['events', eventsZh, eventsEn],
] as [string, Dictionary, Dictionary][])('the lazy pages’ "%s" texts', (_ns, zhTexts, enTexts) => {
  const zh = flatten(zhTexts);
  const en = flatten(enTexts);

  it('have the same keys and placeholders in Chinese and English, and no empty text', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('never call a result a diagnosis', () => {
    for (const [key, text] of [...zh, ...en]) {
      if (/不是诊断|not a diagnosis/i.test(text)) continue;
      expect(text, key).not.toMatch(/诊断|diagnos/i);
    }
  });
});
