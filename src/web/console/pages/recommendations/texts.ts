import { useTranslation } from 'react-i18next';

/** The page's texts are the "recommendations" namespace, with the console's own (errors, buttons) after it. */
export const useRecsTranslation = () =>
  useTranslation(['recommendations', 'translation'], { nsMode: 'fallback' });
