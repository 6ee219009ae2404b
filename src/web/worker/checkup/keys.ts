/** The check-up's storage keys alone, so the app's first script can look for a waiting outbox cheaply. */
export const KEYS = {
  progress: 'carnation.checkup.progress',
  outbox: 'carnation.checkup.outbox',
  report: 'carnation.checkup.report',
  code: 'carnation.checkup.code',
  /** A check-up's bundle per language (the default's key is the one used before there was a choice). */
  forms: (lang: string, id = 'default', tenant?: string | null) =>
    `carnation.checkup.forms.${lang}${id === 'default' && !tenant ? '' : `.${id}${tenant ? `@${tenant}` : ''}`}`,
  /** The lists of check-ups and instruments a worker can choose from, per language. */
  lists: (lang: string) => `carnation.checkup.lists.${lang}`,
} as const;
