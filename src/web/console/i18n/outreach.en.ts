import type { outreachZh } from './outreach.zh-CN';
import type { Messages } from './zh-CN';

/** The campaigns page in English (requests for help are in the care-live namespace); keys as in outreach.zh-CN.ts. */
export const outreachEn: Messages<typeof outreachZh> = {
  campaigns: {
    title: 'Campaigns',
    intro:
      'A check-up link and QR code of its own for an enterprise or grassroots union, to put up in workshops, canteens or drivers’ rest stops, so workers can scan it and take the anonymous check-up.',
    privacy:
      'Rest assured: nobody at the enterprise or the union sees any worker’s answers, or who took the check-up. Check-ups taken through a campaign only count in statistics, and small numbers are not shown, so that no one can be singled out.',
    create: 'New campaign',
    organisation: 'Organisation',
    name: 'Name',
    link: 'Link',
    state: 'State',
    period: 'Period',
    createdOn: 'Created {{time}}',
    states: { running: 'Running', paused: 'Paused', scheduled: 'Not started', ended: 'Ended' },
    from: 'from {{date}}',
    until: 'until {{date}}',
    always: 'No end date',
    pause: 'Pause',
    resume: 'Resume',
    pauseConfirm:
      'Pause “{{name}}”? While paused, its link and QR code do not work; resume it to use them again.',
    paused: 'Paused',
    resumed: 'Resumed',
    poster: 'Poster',
    empty: 'No campaigns yet',
    createTitle: 'New check-up campaign',
    organisationHint: 'Only organisations you may manage are listed',
    organisationRequired: 'Choose an organisation',
    nameHint: 'E.g. “Shunda Logistics spring 2026 check-up”',
    nameRequired: 'Give a name',
    startsAt: 'Start date',
    endsAt: 'End date',
    datesHint:
      'Leave empty to start now and run without an end. Dates are in the federation’s zone ({{zone}}).',
    endBeforeStart: 'The end date cannot be before the start date',
    created: 'Campaign created',
    posterTitle: 'Check-up poster',
    posterHeadline: 'Scan for a mental-health check-up',
    posterLine: 'Anonymous · about 4 minutes · no sign-up',
    posterNote: 'Only you can see your answers; your employer never sees individual results.',
    posterOrg: '{{org}} · {{tenant}}',
    qrAlt: 'Check-up QR code: {{name}}',
    print: 'Print poster',
    copyLink: 'Copy link',
  },
};
