import type { groupsZh } from './groups.zh-CN';
import type { Texts } from './texts';

/** Who I am (/me/groups, "groups" namespace), English: the same keys as groups.zh-CN.ts. */
export const groupsEn: Texts<typeof groupsZh> = {
  title: 'I am…',
  intro:
    'Pick what you do and how things are at home, and the check-ups, reading and tools that suit you come first. Everything else is still there.',
  optional: 'You can leave this empty, and change it any time.',
  onPhoneLinked:
    'Your choices are kept on this phone and, as you chose, an encrypted copy is synced to the server with your retrieval code. They are never put together with your check-up results.',
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
  link: {
    title: 'Keep on the server with your retrieval code',
    offer:
      'Get these choices back with your retrieval code on a new phone. If you do not turn this on, they stay on this phone only.',
    more: 'Tell me more',
    whatSent:
      'When you turn it on, the groups you chose (such as “Truck drivers” or “Parents”) are sent to the server and kept there, linked to your retrieval code.',
    sealed:
      'The copy on the server is encrypted, and only someone with this retrieval code can get it back through Carnation. To be honest: the service holds the key, so technically it could decrypt the copy. They are not shown to staff with your check-up results, and never used for statistics.',
    codeKept:
      'So that each change can be synced, this phone will remember your retrieval code (the same as choosing “Remember the code on this phone” after a check-up).',
    howSync:
      'From then on, each change is synced. Without a connection it waits on the phone and is synced when you are back online. The latest change is kept.',
    anyTime: 'You can stop at any time; the copy on the server is then deleted.',
    codeKnown: 'The retrieval code this phone remembers (ending {{tail}})',
    codeOther: 'Type a retrieval code',
    codeLabel: 'Retrieval code',
    codeHint: 'You get a retrieval code when you finish a check-up. It looks like ABCD-EFGH-2345-JKLM.',
    codeInvalid: 'A retrieval code has 16 letters and digits. Please check it.',
    noCode: 'No retrieval code yet? You get one when you finish a check-up.',
    noCodeLink: 'Take a check-up',
    turnOn: 'Turn on syncing',
    notNow: 'Not now',
    linked: 'Kept on the server with your retrieval code (ending {{tail}}).',
    syncing: 'Syncing…',
    synced: 'Synced.',
    offline: 'No connection right now. It will sync when you are back online.',
    failed: 'This sync did not go through. It will try again later.',
    retry: 'Try again',
    unknown_code: 'This retrieval code no longer exists (it may have been erased), so syncing has stopped.',
    needsCode: 'This phone no longer remembers the retrieval code. Type it again to keep syncing.',
    resume: 'Keep syncing',
    stop: 'Stop syncing and delete the copy on the server',
    stopYes: 'Delete it',
    stopFailed: 'It could not be deleted (perhaps there is no connection). Please try again when online.',
    cancel: 'Cancel',
    unlinked_elsewhere:
      'The copy on the server was deleted elsewhere, so syncing has stopped. The choices on this phone are still here.',
    stopConfirm: 'Deleting the copy on the server does not touch the choices on this phone. Delete it?',
    stopped:
      'Syncing has stopped and the copy on the server was deleted. The choices on this phone are still here.',
  },
};
