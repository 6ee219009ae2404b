import { attributions } from './attributions';
import type {
  BandDef,
  FlagRule,
  LicenceRule,
  Localised,
  ScoringDef,
  SubscaleDef,
  VariantId,
  Verification,
} from './types';

/**
 * What the reference JSON leaves implicit, decided once per instrument: stable band codes and levels, flags,
 * the licence rule, how far the Chinese text is verified, and text corrections from instruments.md §8.
 */
export interface Curation {
  shortName: string;
  bandCodes: string[];
  bandLevels: BandDef['level'][];
  /** Lower bounds when the reference's min/max need restating (CBI's mean bands). */
  bandMins?: number[];
  bandsDescriptive?: boolean;
  scoring: Omit<ScoringDef, 'range'>;
  flags: FlagRule[];
  licence: LicenceRule;
  attribution: Localised;
  zh: Verification;
  zhVariants?: VariantId[];
  /** Drop the timeframe when the instrument has none of its own. */
  noTimeframe?: boolean;
  fixes?: { instructionsZh?: string; itemZh?: Record<number, string> };
  critical?: { item: number; threshold: number; urgentAt: number };
}

const worse = 'higher_is_worse' as const;

const phqSubscales = (depressionItems: number[], anxietyItems: number[]): SubscaleDef[] => [
  {
    id: 'anxiety',
    label: { en: 'Anxiety (GAD-2)', 'zh-CN': '焦虑（GAD-2）' },
    items: anxietyItems,
    range: [0, 6],
    positiveAt: 3,
    equals: 'gad2',
  },
  {
    id: 'depression',
    label: { en: 'Depression (PHQ-2)', 'zh-CN': '抑郁（PHQ-2）' },
    items: depressionItems,
    range: [0, 6],
    positiveAt: 3,
    equals: 'phq2',
  },
];

export const curation: Record<string, Curation> = {
  phq9: {
    shortName: 'PHQ-9',
    bandCodes: ['minimal', 'mild', 'moderate', 'moderately_severe', 'severe'],
    bandLevels: [0, 1, 2, 3, 4],
    scoring: { method: 'sum', direction: worse },
    critical: { item: 9, threshold: 1, urgentAt: 2 },
    flags: [
      { code: 'self_harm_thoughts', kind: 'item_at_least', item: 9, value: 1, crisis: 'urgent' },
      { code: 'self_harm_thoughts_frequent', kind: 'item_at_least', item: 9, value: 2, crisis: 'urgent' },
      { code: 'severe_symptoms', kind: 'score_at_least', value: 20, crisis: 'elevated' },
    ],
    licence: 'free',
    attribution: attributions.pfizer,
    zh: 'consistent',
  },
  gad7: {
    shortName: 'GAD-7',
    bandCodes: ['minimal', 'mild', 'moderate', 'severe'],
    bandLevels: [0, 1, 2, 3],
    scoring: { method: 'sum', direction: worse },
    flags: [],
    licence: 'free',
    attribution: attributions.pfizer,
    zh: 'unverified',
    zhVariants: ['A', 'B'],
  },
  phq2: {
    shortName: 'PHQ-2',
    bandCodes: ['negative', 'positive'],
    bandLevels: [0, 2],
    scoring: { method: 'sum', direction: worse },
    flags: [],
    licence: 'free',
    attribution: attributions.pfizer,
    zh: 'consistent',
  },
  gad2: {
    shortName: 'GAD-2',
    bandCodes: ['negative', 'positive'],
    bandLevels: [0, 2],
    scoring: { method: 'sum', direction: worse },
    flags: [],
    licence: 'free',
    attribution: attributions.pfizer,
    zh: 'unverified',
    zhVariants: ['A', 'B'],
  },
  phq4: {
    shortName: 'PHQ-4',
    bandCodes: ['normal', 'mild', 'moderate', 'severe'],
    bandLevels: [0, 1, 2, 3],
    scoring: { method: 'sum', direction: worse, subscales: phqSubscales([3, 4], [1, 2]) },
    flags: [
      { code: 'anxiety_screen_positive', kind: 'subscale_positive', subscale: 'anxiety' },
      { code: 'depression_screen_positive', kind: 'subscale_positive', subscale: 'depression' },
    ],
    licence: 'free',
    attribution: attributions.pfizer,
    // Its two anxiety items carry GAD-7's unresolved Chinese wording.
    zh: 'unverified',
    zhVariants: ['A', 'B'],
  },
  who5: {
    shortName: 'WHO-5',
    bandCodes: ['very_low', 'low', 'not_low'],
    bandLevels: [3, 2, 0],
    scoring: {
      method: 'sum',
      direction: 'higher_is_better',
      transform: { code: 'percentage', factor: 4, range: [0, 100] },
    },
    flags: [
      { code: 'item_low', kind: 'any_item_at_most', value: 1 },
      { code: 'very_low_wellbeing', kind: 'score_at_most', value: 7, crisis: 'elevated' },
    ],
    licence: 'permission_required_if_commercial',
    attribution: attributions.who5,
    zh: 'verified',
    fixes: {
      // instruments.md §8: the older independent copies' instructions and item 4 wording.
      instructionsZh:
        '请在下面五个句子的每个句子中标出在过去两星期里您最接近的感觉状态。请注意数字越大表明您的身心越健康。例如：第一题，如果您在过去两星期里有一半以上时间感到快乐、心情舒畅，就选择“超过一半的时间”。',
      itemZh: { 4: '我睡醒时感到清新、得到了足够的休息' },
    },
  },
  pss10: {
    shortName: 'PSS-10',
    bandCodes: ['low', 'moderate', 'high'],
    bandLevels: [0, 1, 2],
    bandsDescriptive: true,
    scoring: { method: 'sum', direction: worse, reverseFrom: 4 },
    flags: [],
    licence: 'permission_required',
    attribution: attributions.pss,
    zh: 'consistent',
  },
  k10: {
    shortName: 'K10',
    bandCodes: ['low', 'moderate', 'high', 'very_high'],
    bandLevels: [0, 1, 2, 3],
    scoring: { method: 'sum', direction: worse },
    flags: [{ code: 'very_high_distress', kind: 'score_at_least', value: 30, crisis: 'elevated' }],
    licence: 'free',
    attribution: attributions.kessler,
    zh: 'unverified',
  },
  k6: {
    shortName: 'K6',
    bandCodes: ['low', 'moderate', 'serious'],
    bandLevels: [0, 1, 3],
    scoring: { method: 'sum', direction: worse },
    flags: [{ code: 'serious_distress', kind: 'score_at_least', value: 13, crisis: 'elevated' }],
    licence: 'free',
    attribution: attributions.kessler,
    zh: 'unverified',
  },
  cbi_work: {
    shortName: 'CBI',
    bandCodes: ['low', 'moderate', 'high', 'severe'],
    bandLevels: [0, 1, 2, 3],
    bandMins: [0, 50, 75, 100],
    bandsDescriptive: true,
    scoring: { method: 'mean', direction: worse, reverseFrom: 100, decimals: 1 },
    flags: [],
    licence: 'free',
    attribution: attributions.cbi,
    zh: 'unverified',
    noTimeframe: true,
    fixes: { instructionsZh: '以下问题与您的工作有关，请根据您目前的实际情况选择最符合的答案。' },
  },
  ucla3: {
    shortName: 'UCLA-3',
    bandCodes: ['not_lonely', 'lonely'],
    bandLevels: [0, 1],
    bandsDescriptive: true,
    scoring: { method: 'sum', direction: worse },
    flags: [],
    licence: 'free',
    attribution: attributions.ucla3,
    zh: 'unverified',
    noTimeframe: true,
  },
};
