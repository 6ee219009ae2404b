import { useTranslation } from 'react-i18next';

/**
 * The case pages' texts are the "cases" namespace; the console's own texts (errors, common buttons) come
 * after it, so a component reads both with one `t` ("fallback": a key not in the first is looked up in the
 * next; react-i18next otherwise reads the first namespace only).
 */
export const casesNs = ['cases', 'translation'] as const;

export const useCasesTranslation = () => useTranslation(casesNs, { nsMode: 'fallback' });
