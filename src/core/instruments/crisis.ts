import type { ScoreResult } from './scoring';
import type { CrisisLevel, Localised } from './types';

/**
 * The lines a worker in danger is shown, verified in instruments.md §4 (re-check them before launch and
 * periodically). 12356 comes first; its hours are stated honestly, never as a promise of 24 h.
 */
export interface CrisisResource {
  id: string;
  name: Localised;
  phone: string;
  hours: Localised;
  kind: 'hotline' | 'emergency';
}

export const crisisResources: CrisisResource[] = [
  {
    id: 'national_12356',
    name: { 'zh-CN': '全国统一心理援助热线', en: 'National psychological assistance hotline' },
    phone: '12356',
    hours: {
      'zh-CN': '全国各地都能拨打，接到当地热线；接听时间各地不同，很多地方 24 小时有人接听',
      en: 'Reachable from anywhere in China and answered locally; hours vary by place, many lines answer 24 hours',
    },
    kind: 'hotline',
  },
  {
    id: 'beijing_crisis',
    name: {
      'zh-CN': '北京心理危机研究与干预中心',
      en: 'Beijing Psychological Crisis Research and Intervention Center',
    },
    phone: '010-82951332',
    hours: { 'zh-CN': '24 小时', en: '24 hours' },
    kind: 'hotline',
  },
  {
    id: 'hope24',
    name: { 'zh-CN': '希望24热线（公益）', en: 'Hope 24 hotline (volunteer-run)' },
    phone: '400-161-9995',
    hours: { 'zh-CN': '24 小时，志愿者接听，有时会占线', en: '24 hours, volunteers; sometimes busy' },
    kind: 'hotline',
  },
  {
    id: 'ambulance',
    name: { 'zh-CN': '医疗急救', en: 'Medical emergency' },
    phone: '120',
    hours: { 'zh-CN': '24 小时', en: '24 hours' },
    kind: 'emergency',
  },
  {
    id: 'police',
    name: { 'zh-CN': '报警', en: 'Police' },
    phone: '110',
    hours: { 'zh-CN': '24 小时', en: '24 hours' },
    kind: 'emergency',
  },
];

export interface CrisisAssessment {
  triggered: boolean;
  /** urgent: before anything else; elevated: prominent beside the results. */
  level: CrisisLevel | null;
  /** Flag codes that led here, e.g. phq9.self_harm_thoughts. */
  reasons: string[];
}

/** The crisis path a set of results calls for (instruments.md §4: item 9 first, then the other signals). */
export function assessCrisis(results: readonly ScoreResult[]): CrisisAssessment {
  const reasons: string[] = [];
  let level: CrisisLevel | null = null;
  for (const r of results) {
    for (const f of r.flags) {
      if (!f.crisis) continue;
      reasons.push(`${r.instrument}.${f.code}`);
      if (f.crisis === 'urgent' || level === null) level = f.crisis;
    }
  }
  return { triggered: level !== null, level, reasons };
}
