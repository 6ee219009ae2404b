import type { Dictionary } from './texts';

/**
 * The choice below the check-up's start ("choose" namespace), Simplified Chinese: loaded with the lists,
 * after the start screen, never with the first question. choose.en.ts has the same keys.
 */
export const chooseZh = {
  others: '其他体检',
  singles: '单项测评',
  singlesHint: '只做一份问卷，单独了解一个方面。',
  forYou: '适合你',
  facts: '{{count}} 个问题 · 约 {{minutes}} 分钟',
} as const satisfies Dictionary;
