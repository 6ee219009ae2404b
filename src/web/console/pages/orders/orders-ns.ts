import { useTranslation } from 'react-i18next';

/** The orders pages read the "orders" namespace, then the console's own texts (common buttons, errors). */
export const useOrdersTranslation = () => useTranslation(['orders', 'translation'], { nsMode: 'fallback' });
