/**
 * The figures Carnation reports (issue 8), each computed from service records, never typed in. One catalogue
 * for the dashboard, the monthly report's PDF and workbook and the CSV exports, so that a figure has the same
 * name and meaning everywhere.
 *
 * `kind` says how a figure may be shown: a `count` of people or person-times is suppressed under the minimum
 * group size; a `duration`, `share` or `rating` is shown only when the count it is computed over (`base`)
 * reaches the minimum, so that a median over three people never appears.
 */
export type MetricKind = 'count' | 'duration_minutes' | 'hours' | 'share' | 'rating';

export interface MetricDefinition {
  key: MetricKey;
  family: MetricFamilyName;
  kind: MetricKind;
  /** For durations, shares and ratings: the count metric the figure is computed over. */
  base?: MetricKey;
  zh: string;
  en: string;
}

export const metricFamilies = ['online', 'care', 'counselling', 'groups', 'orders', 'library'] as const;
export type MetricFamilyName = (typeof metricFamilies)[number];

export const metricKeys = [
  // online: the anonymous check-up and requests for help
  'checkup.people',
  'checkup.person_times',
  'alerts.raised',
  'alerts.acknowledged',
  'alerts.ack_median_minutes',
  // counselling at the stations
  'counselling.sessions',
  'counselling.hours',
  'counselling.attended',
  'counselling.no_shows',
  // the care loop
  'cases.opened',
  'cases.closed',
  'tasks.due',
  'tasks.done_on_time',
  'tasks.on_time_share',
  'referrals.made',
  // group services
  'events.held',
  'events.attendance',
  'events.rating',
  'events.feedback',
  // grassroots orders
  'orders.placed',
  'orders.delivered',
  'orders.delivery_median_hours',
  'orders.rating',
  'orders.rated',
  // the library, counted without identifying anyone
  'content.reads',
  'tools.uses',
] as const;
export type MetricKey = (typeof metricKeys)[number];

export const isMetricKey = (v: string): v is MetricKey => (metricKeys as readonly string[]).includes(v);

const m = (
  key: MetricKey,
  family: MetricFamilyName,
  kind: MetricKind,
  zh: string,
  en: string,
  base?: MetricKey,
): MetricDefinition => ({ key, family, kind, zh, en, ...(base ? { base } : {}) });

export const metricCatalogue: readonly MetricDefinition[] = [
  m('checkup.people', 'online', 'count', '线上测评人数', 'People who took a check-up'),
  m('checkup.person_times', 'online', 'count', '线上测评人次', 'Check-ups taken (person-times)'),
  m('alerts.raised', 'online', 'count', '求助与危机提示', 'Requests for help and crisis alerts'),
  m('alerts.acknowledged', 'online', 'count', '已接手的求助', 'Requests for help taken up'),
  m(
    'alerts.ack_median_minutes',
    'online',
    'duration_minutes',
    '接手用时（中位数，分钟）',
    'Time to take up (median, minutes)',
    'alerts.acknowledged',
  ),
  m('counselling.sessions', 'counselling', 'count', '个体咨询次数', 'Counselling sessions held'),
  m(
    'counselling.hours',
    'counselling',
    'hours',
    '咨询时长（小时）',
    'Counselling hours',
    'counselling.sessions',
  ),
  m('counselling.attended', 'counselling', 'count', '按约到访', 'Appointments attended'),
  m('counselling.no_shows', 'counselling', 'count', '预约未到', 'Appointments missed (no-shows)'),
  m('cases.opened', 'care', 'count', '新开个案', 'Cases opened'),
  m('cases.closed', 'care', 'count', '结案', 'Cases closed'),
  m('tasks.due', 'care', 'count', '到期的回访任务', 'Follow-up tasks due'),
  m('tasks.done_on_time', 'care', 'count', '按时完成的回访', 'Follow-ups done on time'),
  m('tasks.on_time_share', 'care', 'share', '回访按时完成率', 'Follow-ups done on time (share)', 'tasks.due'),
  m('referrals.made', 'care', 'count', '转介', 'Referrals to partner institutions'),
  m('events.held', 'groups', 'count', '团体活动场次', 'Group events held'),
  m('events.attendance', 'groups', 'count', '活动参与人次', 'Event attendance (person-times)'),
  m('events.feedback', 'groups', 'count', '活动评价份数', 'Event feedback received'),
  m('events.rating', 'groups', 'rating', '活动评分（满分5）', 'Event rating (out of 5)', 'events.feedback'),
  m('orders.placed', 'orders', 'count', '基层下单', 'Service orders placed'),
  m('orders.delivered', 'orders', 'count', '服务上门完成', 'Orders delivered'),
  m(
    'orders.delivery_median_hours',
    'orders',
    'hours',
    '下单到服务（中位数，小时）',
    'Order to delivery (median, hours)',
    'orders.delivered',
  ),
  m('orders.rated', 'orders', 'count', '订单评价份数', 'Orders rated'),
  m('orders.rating', 'orders', 'rating', '订单评分（满分5）', 'Order rating (out of 5)', 'orders.rated'),
  m('content.reads', 'library', 'count', '文章阅读次数', 'Article reads'),
  m('tools.uses', 'library', 'count', '自助工具使用次数', 'Self-help tool uses'),
];

export const metricDefinition = (key: MetricKey): MetricDefinition => {
  const found = metricCatalogue.find((d) => d.key === key);
  if (!found) throw new Error(`unknown metric ${key}`);
  return found;
};

/** Breakdowns the dashboard offers (who may see which is decided by the statistics policy). */
export const dimensions = [
  'organisation',
  'service_point',
  'counsellor',
  'audience',
  'employment_form',
  'industry',
] as const;
export type Dimension = (typeof dimensions)[number];
