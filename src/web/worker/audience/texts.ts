import { groupsZh } from '../i18n/groups.zh-CN';
import type { Namespace } from '../i18n/lazy-texts';

/** 我是… ("groups" namespace): only /me/groups carries them. */
export const groupsTexts: Namespace = {
  ns: 'groups',
  zh: groupsZh,
  loadEn: () => import('../i18n/groups.en').then((m) => m.groupsEn),
};
