/**
 * The case pages' texts are the "cases" namespace; the console's own texts (errors, common buttons) come
 * after it, so a component reads both with one `t`.
 */
export const casesNs = ['cases', 'translation'] as const;
