import type { reportsZh } from './texts.zh-CN';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** Monthly reports: the reports page's texts in English ("reports" namespace). */
export const reportsEn: Texts<typeof reportsZh> = {
  title: 'Monthly reports',
  intro:
    'Last month’s reports (the whole federation and each district and industry union) are made at 02:00 on the 1st; the figures are the dashboard’s, with small groups hidden.',
  generate: {
    title: 'Generate a report',
    organisation: 'Organisation',
    wholeTenant: 'All of your reach',
    month: 'Month',
    submit: 'Generate report',
    done: 'The report is ready',
    working: 'Generating; this takes a few seconds…',
  },
  columns: {
    month: 'Month',
    scope: 'Scope',
    generatedAt: 'Generated',
    generatedBy: 'Made by',
    files: 'Download',
  },
  byJob: 'Monthly job',
  byStaff: '{{name}}, on demand',
  pdf: 'PDF',
  xlsx: 'Excel',
  noPdf: 'No CJK font was installed when it was made: no PDF',
  empty: 'No reports yet',
};
