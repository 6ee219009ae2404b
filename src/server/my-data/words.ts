import { CASE_RETENTION_YEARS } from '../../core/care/retention';
import type { Lang } from '../../core/instruments/types';
import { KEEP_BOOKERS_DAYS } from '../booking/retention';

/** The plain statement of how long each kind of record is kept, in the worker's language. */
export const retentionStatement: Record<Lang, string> = {
  'zh-CN': [
    `个案记录（会谈记录、问卷、随访计划、转介）在个案结案后保存${CASE_RETENTION_YEARS}年，这是中国心理学会《临床与咨询心理学工作伦理守则》对专业记录的要求；期满后自动删除。`,
    '您的联系方式只在您同意时保存，可以随时撤回或要求删除，删除立即生效。',
    `预约记录在预约时间过后${Math.round(KEEP_BOOKERS_DAYS / 365)}年不再关联到您本人。`,
    '活动报名记录在您要求删除时不再关联到您本人，活动的人数和签到统计仍然保留，但不再知道是谁。',
    '自测结果保存在您的检索码之下，直到您删除它们。',
    '谁在何时查看或更改了您的记录（审计记录）另行保存至少180天，且不可篡改。',
  ].join(''),
  en: [
    `Case records (session notes, questionnaires, follow-up plans, referrals) are kept for ${CASE_RETENTION_YEARS} years after the case is closed, as the Chinese Psychological Society's ethics code asks of professional records; then they are deleted automatically. `,
    'Your contact details are kept only with your consent; you can withdraw it or ask for deletion at any time, and deletion takes effect at once. ',
    `Appointments stop being linked to you ${Math.round(KEEP_BOOKERS_DAYS / 365)} year after their date. `,
    'Event registrations stop being linked to you when you ask for deletion; the event’s head counts and check-ins stay, with nobody named. ',
    'Check-up results are kept under your retrieval code until you delete them. ',
    'Who read or changed your records and when (the audit trail) is kept separately for at least 180 days and cannot be altered.',
  ].join(''),
};

/** What an audit action means, for the access log. Unknown actions show their code. */
const actionWords: Record<string, Record<Lang, string>> = {
  'case.read': { 'zh-CN': '查看了个案', en: 'read the case' },
  'case.list': { 'zh-CN': '查看了个案列表', en: 'listed cases' },
  'case.open': { 'zh-CN': '建立了个案', en: 'opened the case' },
  'case.note.create': { 'zh-CN': '写了会谈记录', en: 'wrote a session note' },
  'case.contact.update': { 'zh-CN': '更改了联系方式', en: 'changed the contact details' },
  'case.escalate': { 'zh-CN': '把个案提交督导', en: 'escalated the case to a supervisor' },
  'case.break_glass': { 'zh-CN': '紧急调阅了个案', en: 'opened the case in an emergency' },
  'case.reassign': { 'zh-CN': '更换了负责的咨询师', en: 'assigned another counsellor' },
  'case.close': { 'zh-CN': '结案', en: 'closed the case' },
  'case.reopen': { 'zh-CN': '重新打开了个案', en: 'reopened the case' },
  'case.measure.record': { 'zh-CN': '记录了问卷', en: 'recorded a questionnaire' },
  'case.measure.request': { 'zh-CN': '发送了问卷链接', en: 'sent a questionnaire link' },
  'case.measure.cancel': { 'zh-CN': '撤回了问卷链接', en: 'withdrew a questionnaire link' },
  'case.measure.complete': { 'zh-CN': '填写了问卷', en: 'answered a questionnaire' },
  'case.measures.read': { 'zh-CN': '查看了问卷结果', en: 'read the questionnaire results' },
  'case.purge': { 'zh-CN': '到期删除了个案', en: 'deleted the case at the end of its retention' },
  'referral.read': { 'zh-CN': '转介机构查看了转介内容', en: 'the partner institution read the referral' },
  'alert.create': { 'zh-CN': '提交了求助', en: 'made the request for help' },
  'alert.read': { 'zh-CN': '查看了求助', en: 'read the request for help' },
  'alert.acknowledge': { 'zh-CN': '接手了求助', en: 'took the request for help' },
  'alert.close': { 'zh-CN': '关闭了求助', en: 'closed the request for help' },
  'alert.escalate': { 'zh-CN': '求助超时提醒了督导', en: 'the untaken request was escalated' },
  'my_data.consent_withdraw': { 'zh-CN': '撤回了同意', en: 'withdrew a consent' },
  'my_data.delete': { 'zh-CN': '要求删除', en: 'asked for deletion' },
};

export const actionText = (action: string, lang: Lang): string => actionWords[action]?.[lang] ?? action;

export const whoWords = {
  self: { 'zh-CN': '您本人', en: 'You' },
  system: { 'zh-CN': '系统', en: 'The system' },
} satisfies Record<string, Record<Lang, string>>;

/** Labels of the export's readable (HTML) form. */
export const labels = {
  'zh-CN': {
    title: '康乃馨：我的数据',
    generated: '生成时间',
    checkups: '自测',
    diary: '心情日记（关联到检索码的副本）',
    groups: '我是…（关联到检索码的身份标签）',
    appointments: '预约',
    eventRegistrations: '活动报名',
    requests: '求助',
    cases: '个案',
    consents: '同意记录',
    accessLog: '访问记录',
    retention: '保存期限',
    none: '无',
    notes: '会谈记录',
    measures: '问卷',
    recommendations: '建议',
    referrals: '转介',
    contact: '联系方式',
    retainedUntil: '保存至',
    status: '状态',
    withdrawn: '已撤回',
    checkedIn: '已签到',
    eventCancelled: '活动已取消',
  },
  en: {
    title: 'Carnation: my data',
    generated: 'Generated',
    checkups: 'Check-ups',
    diary: 'Mood diary (the copy linked to your retrieval code)',
    groups: 'I am… (the groups linked to your retrieval code)',
    appointments: 'Appointments',
    eventRegistrations: 'Event registrations',
    requests: 'Requests for help',
    cases: 'Cases',
    consents: 'Consents',
    accessLog: 'Who read or changed it',
    retention: 'How long it is kept',
    none: 'None',
    notes: 'Session notes',
    measures: 'Questionnaires',
    recommendations: 'Recommendations',
    referrals: 'Referrals',
    contact: 'Contact details',
    retainedUntil: 'Kept until',
    status: 'Status',
    withdrawn: 'withdrawn',
    checkedIn: 'checked in',
    eventCancelled: 'the event was cancelled',
  },
} satisfies Record<Lang, Record<string, string>>;
