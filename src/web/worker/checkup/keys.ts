/** The check-up's storage keys alone, so the app's first script can look for a waiting outbox cheaply. */
export const KEYS = {
  progress: 'carnation.checkup.progress',
  outbox: 'carnation.checkup.outbox',
  report: 'carnation.checkup.report',
  code: 'carnation.checkup.code',
  forms: (lang: string) => `carnation.checkup.forms.${lang}`,
} as const;
