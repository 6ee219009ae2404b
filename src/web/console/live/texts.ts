import { useTranslation } from 'react-i18next';

/**
 * The live care parts' texts are the "care-live" namespace; the console's own texts (errors, common buttons)
 * come after it, so a component reads both with one `t`.
 */
export const careNs = ['care-live', 'translation'] as const;

/** `t` for the "care-live" texts, falling back to the console's own (`common.*`, `errors.*`). */
export const useCareTranslation = () => useTranslation(careNs, { nsMode: 'fallback' });
