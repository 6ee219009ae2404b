import type { Resource } from 'i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Both languages in the shape initI18n expects (one namespace, "translation"). */
export const workerResources: Resource = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
};
