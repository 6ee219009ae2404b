/**
 * Who a piece of content, an event, a check-up or a tool is meant for (精准滴灌). A worker may say which groups
 * they belong to — never required, kept on the phone — and then sees what is meant for them first. The ids are
 * a contract with other clients (the mini-program) and with stored rows: add, never rename.
 */
export const audienceDimensions = ['employment_form', 'industry', 'position', 'family', 'age'] as const;
export type AudienceDimension = (typeof audienceDimensions)[number];

export interface AudienceGroup {
  id: string;
  dimension: AudienceDimension;
  zh: string;
  en: string;
}

export const audienceGroups = [
  { id: 'truck_driver', dimension: 'employment_form', zh: '货车司机', en: 'Truck drivers' },
  { id: 'ride_hailing_driver', dimension: 'employment_form', zh: '网约车司机', en: 'Ride-hailing drivers' },
  {
    id: 'delivery_rider',
    dimension: 'employment_form',
    zh: '外卖骑手、快递员',
    en: 'Delivery riders and couriers',
  },
  { id: 'driver_family', dimension: 'family', zh: '司机家属（卡嫂）', en: "Drivers' families" },
  { id: 'factory_shift', dimension: 'position', zh: '工厂倒班职工', en: 'Factory shift workers' },
  { id: 'office_staff', dimension: 'position', zh: '办公室职员', en: 'Office staff' },
  {
    id: 'frontline_manager',
    dimension: 'position',
    zh: '班组长、基层管理者',
    en: 'Team leaders and supervisors',
  },
  { id: 'manufacturing', dimension: 'industry', zh: '制造业', en: 'Manufacturing' },
  { id: 'mining_energy', dimension: 'industry', zh: '矿山、能源', en: 'Mining and energy' },
  { id: 'transport_logistics', dimension: 'industry', zh: '交通运输、物流', en: 'Transport and logistics' },
  { id: 'services_retail', dimension: 'industry', zh: '服务业、商贸', en: 'Services and retail' },
  { id: 'public_sector', dimension: 'industry', zh: '机关、事业单位', en: 'Public sector' },
  { id: 'parent', dimension: 'family', zh: '家有孩子要照顾', en: 'Parents' },
  { id: 'elder_carer', dimension: 'family', zh: '家有老人要照顾', en: 'Caring for elders' },
  { id: 'older_worker', dimension: 'age', zh: '年长职工（老师傅）', en: 'Older workers' },
  { id: 'young_worker', dimension: 'age', zh: '青年职工', en: 'Young workers' },
] as const satisfies readonly AudienceGroup[];

export type AudienceId = (typeof audienceGroups)[number]['id'];
export const audienceIds = audienceGroups.map((g) => g.id) as [AudienceId, ...AudienceId[]];
export const isAudienceId = (v: string): v is AudienceId => (audienceIds as readonly string[]).includes(v);

/**
 * How well something meant for `targeted` fits a worker of `mine`: 0 it names one of their groups, 1 it is for
 * everyone (names no group), 2 it is meant for other groups. Lists sort by this first, then by their own order,
 * so a worker who said nothing sees everything in its usual order, and nothing is ever hidden from anyone.
 */
export function audienceFit(targeted: readonly string[], mine: readonly string[]): 0 | 1 | 2 {
  if (targeted.length === 0) return 1;
  if (mine.length === 0) return 1;
  return targeted.some((a) => mine.includes(a)) ? 0 : 2;
}

/** A stable sort of `items` by audience fit; ties keep their given order. */
export function byAudienceFit<T>(
  items: readonly T[],
  audiencesOf: (t: T) => readonly string[],
  mine: readonly string[],
): T[] {
  return items
    .map((item, i) => ({ item, i, fit: audienceFit(audiencesOf(item), mine) }))
    .sort((a, b) => a.fit - b.fit || a.i - b.i)
    .map((x) => x.item);
}
