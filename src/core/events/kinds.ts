/**
 * Kinds of group event. The ids are a contract with clients and stored rows: add, never rename. A federation
 * may add its own kinds (`custom:<slug>`, with its own names), which every client shows by their names.
 */
export const eventKinds = [
  { id: 'lecture', zh: '心理讲座', en: 'Talk' },
  { id: 'healing_workshop', zh: '疗愈工作坊', en: 'Healing workshop' },
  { id: 'sand_painting', zh: '沙画疗愈坊', en: 'Sand-painting workshop' },
  { id: 'sandplay_group', zh: '团体沙盘', en: 'Sandplay group' },
  { id: 'parent_child', zh: '亲子学堂', en: 'Parent-child class' },
  { id: 'group_counselling', zh: '团体辅导', en: 'Group counselling' },
  { id: 'roadside_station', zh: '路上心灵驿站', en: 'Roadside station for drivers' },
  { id: 'enterprise_counselling_day', zh: '企业心理服务日', en: 'Counselling day at a workplace' },
  { id: 'online_live', zh: '线上直播', en: 'Online live session' },
] as const;

export type BuiltInEventKind = (typeof eventKinds)[number]['id'];
export const builtInEventKindIds = eventKinds.map((k) => k.id) as [BuiltInEventKind, ...BuiltInEventKind[]];

const customKind = /^custom:[a-z0-9][a-z0-9_-]{1,39}$/;

/** A built-in kind, or a federation's own (`custom:<slug>`). */
export const isEventKind = (v: string): boolean =>
  (builtInEventKindIds as readonly string[]).includes(v) || customKind.test(v);

/** The kind's name; a custom kind's name comes from the federation (given), else its slug. */
export function eventKindName(
  kind: string,
  lang: 'zh-CN' | 'en',
  custom?: { zh: string; en: string },
): string {
  const known = eventKinds.find((k) => k.id === kind);
  if (known) return lang === 'en' ? known.en : known.zh;
  if (custom) return lang === 'en' ? custom.en : custom.zh;
  return kind.replace(/^custom:/, '').replace(/[-_]/g, ' ');
}

export const eventPlaceKinds = ['service_point', 'site', 'online'] as const;
export type EventPlaceKind = (typeof eventPlaceKinds)[number];
