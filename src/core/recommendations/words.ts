import type { Reason } from './types';

/**
 * The plain words reasons are filled with. Never a band's clinical label ("中度抑郁"), never a diagnosis: the
 * area of life a questionnaire asks about, and how much this result asks for care, in everyday words.
 */
export const areaWords: Record<string, Reason> = {
  phq9: { zh: '心情', en: 'mood' },
  phq2: { zh: '心情', en: 'mood' },
  phq4: { zh: '心情和紧张', en: 'mood and worry' },
  gad7: { zh: '紧张和担心', en: 'worry and tension' },
  gad2: { zh: '紧张和担心', en: 'worry and tension' },
  who5: { zh: '身心状态', en: 'well-being' },
  pss10: { zh: '压力', en: 'stress' },
  k10: { zh: '心理负担', en: 'how heavy things feel' },
  k6: { zh: '心理负担', en: 'how heavy things feel' },
  cbi_work: { zh: '工作疲惫', en: 'tiredness from work' },
  ucla3: { zh: '孤单感', en: 'feeling alone' },
};

const someArea: Reason = { zh: '身心', en: 'well-being' };
export const areaOf = (instrument: string): Reason => areaWords[instrument] ?? someArea;

/** How a result reads by its level: 0 steady … 3 and above worth looking after. */
const levelWords: readonly Reason[] = [
  { zh: '比较平稳', en: 'fairly steady' },
  { zh: '有一些波动', en: 'a little unsettled' },
  { zh: '值得多关心一下自己', en: 'worth some care' },
  { zh: '值得好好关心一下自己', en: 'worth looking after' },
];
export const bandWords = (level: number): Reason =>
  levelWords[Math.max(0, Math.min(levelWords.length - 1, Math.floor(level)))] as Reason;

/** Built in, shown first and second on the crisis path whatever the rules say (signed off with the crisis copy). */
export const crisisHelpReason: Reason = {
  zh: '你这次的回答让我们有些担心。现在就可以打电话，和愿意倾听的人说说话。',
  en: 'Some of your answers worry us a little. You can call right now and talk to someone who will listen.',
};
export const crisisCounsellorReason: Reason = {
  zh: '心灵驿站的咨询师可以陪你一起想办法。找人聊聊，就像感冒了看医生一样平常。',
  en: 'A counsellor at a heart station can work things out with you. Talking to someone is as ordinary as seeing a doctor for a cold.',
};
