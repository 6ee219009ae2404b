import type { groupsZh } from './groups.zh-CN';
import type { Texts } from './texts';

/** Who I am (/me/groups, "groups" namespace), English: the same keys as groups.zh-CN.ts. */
export const groupsEn: Texts<typeof groupsZh> = {
  title: 'I am…',
  intro:
    'Pick what you do and how things are at home, and the check-ups, reading and tools that suit you come first. Everything else is still there.',
  optional: 'You can leave this empty, and change it any time.',
  onPhone:
    'Your choice stays on this phone only. It is never sent anywhere, nor kept with your check-up results.',
  dimensions: {
    employment_form: 'How I work',
    industry: 'Industry',
    position: 'My job',
    family: 'At home',
    age: 'Age',
  },
  chosen: '{{count}} chosen',
  none: 'Nothing chosen yet',
  clear: 'Clear all',
  cleared: 'Cleared: this phone no longer keeps it.',
  done: 'Done',
};
