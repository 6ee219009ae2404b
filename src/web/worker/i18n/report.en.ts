import type { reportZh } from './report.zh-CN';
import type { Texts } from './texts';

/** The report, the retrieval code, My records and the contact form, English: the keys of report.zh-CN.ts. */
export const reportEn: Texts<typeof reportZh> = {
  title: 'Your results',
  campaign: 'Through: {{name}}',
  notDiagnosis:
    'These are screening hints to help you understand how you have been. They are not a diagnosis.',
  hint: 'Screening hint',
  score: 'Score {{score}} (range {{min}}–{{max}})',
  percent: '{{percent}} out of 100 (higher is better)',
  descriptive: 'This is only a guide; there is no agreed cut-off.',
  print: 'Print or save the results',
  again: 'Do the check-up again',
  empty:
    'There are no results on this phone. Results stay here only just after a check-up; earlier ones can be seen in My records with your code.',
  status: {
    saving: 'Saving to the server…',
    saved: 'Your results are saved.',
    offline: 'Saved on this phone. It will be sent automatically when you are online.',
    waiting: 'Not sent yet. It is saved on this phone and will be tried again soon.',
    notSaved: 'These results were worked out on this phone and have not been sent yet.',
    retry: 'Try again',
    failed:
      'This check-up could not be sent: the server did not accept it ({{code}}). Below are the results worked out on this phone, for you alone.',
    codeDropped: 'The code you entered was not found, so a new code was made for this check-up.',
  },
  bands: {
    generic: {
      l0: 'Nothing here needs special attention right now. Keep looking after yourself.',
      l1: 'There are a few things to keep an eye on; this is common. Rest, and do things that help you unwind.',
      l2: 'A hint: things may not have been easy lately. Look after yourself, and think about talking to a counsellor.',
      l3: 'A hint worth taking seriously: please consider talking to a counsellor or a doctor. You do not have to carry this alone.',
      l4: 'A hint to act on soon: please talk to a doctor or a counsellor soon. You do not have to carry this alone.',
    },
    phq4: {
      l0: 'Over the last two weeks, your mood and worry both look steady.',
      l1: 'Over the last two weeks you have sometimes felt low or tense; this is common. Rest, and talking to someone you trust can help.',
      l2: 'Over the last two weeks you have often felt low, tense or worried. A hint: look after yourself, and think about talking to a counsellor.',
      l3: 'Over the last two weeks you have felt low, tense or worried on most days; it may have been hard. Please consider talking to a counsellor or a doctor.',
    },
    phq9: {
      l0: 'Over the last two weeks, your mood has been mostly steady.',
      l1: 'Over the last two weeks your mood has been a little low; this is common. Rest, and do things that help you relax.',
      l2: 'Over the last two weeks you have often felt low. A hint: talking to a counsellor could help.',
      l3: 'Over the last two weeks you have felt low on many days, and it may be affecting your life and work. Please talk to a counsellor or a doctor soon.',
      l4: 'Over the last two weeks, nearly every day has been hard for you. Please talk to a doctor or a counsellor soon. You do not have to carry this alone.',
    },
    gad7: {
      l0: 'Over the last two weeks, you have had little tension or worry.',
      l1: 'Over the last two weeks you have sometimes felt tense or worried; this is common. Slow breathing and rest can help.',
      l2: 'Over the last two weeks you have often felt tense or worried. A hint: talking to a counsellor could help.',
      l3: 'Over the last two weeks you have felt tense or worried on most days, and it may be affecting your life and work. Please talk to a counsellor or a doctor.',
    },
    who5: {
      l0: 'Over the last two weeks, your well-being has been good overall.',
      l2: 'Over the last two weeks your well-being has been on the low side; you may have felt tired or flat. Give yourself rest and things you enjoy.',
      l3: 'Over the last two weeks your well-being has been very low. A hint worth taking seriously: please talk to a counsellor or a doctor.',
    },
    cbi_work: {
      l0: 'Your work is not wearing you out much.',
      l1: 'Your work is tiring you somewhat. Make time to rest and recover.',
      l2: 'Your work is tiring you a lot, and that can wear you down over time. Think about what could be eased, and talk to someone.',
      l3: 'Your work is exhausting you. Please look after yourself, and tell your family, your union or a counsellor how things are.',
    },
    ucla3: {
      l0: 'You have not felt very lonely lately.',
      l1: 'You have often felt lonely or cut off lately. Many people who travel for work or work shifts feel this; keeping in touch with family and friends, or joining a station’s activities, can help.',
    },
  },
  trend: {
    heading: 'Compared with before',
    label: '{{topic}} over {{count}} check-ups',
    better: 'A little better than last time.',
    worse: 'A little worse than last time; worth keeping an eye on.',
    same: 'About the same as last time.',
    higherBetter: ' (higher is better)',
    lowerBetter: ' (lower is better)',
    loading: 'Reading your earlier results…',
  },
  helps: {
    heading: 'What may help',
    tools: 'Self-help tools: paced breathing, 5-4-3-2-1 grounding',
    learn: 'Articles and talks: work stress, family and relationships',
    soon: 'Opening soon',
    stations: 'Talk to a counsellor face to face at a heart station',
    contact: 'Leave your number and a counsellor will call you',
  },
  code: {
    heading: 'Please write down your code',
    body: 'With this code you can see your results later. We do not keep who you are. Write it on paper or take a screenshot: if it is lost, it cannot be recovered.',
    copy: 'Copy the code',
    copied: 'Copied',
    copyFailed: 'Could not copy; please write it down',
    remember: 'Remember on this phone',
    rememberHint:
      'If you tick this, anyone using this phone could see your results. Do not tick it on a shared phone.',
    done: 'I have written it down',
    kept: 'Added to your records (code ending {{tail}}).',
  },
  records: {
    title: 'My records',
    intro: 'Enter your code to see your earlier check-ups and how they have changed. No account needed.',
    codeLabel: 'Your code',
    show: 'Show my records',
    loading: 'Reading…',
    notFound: 'No records were found for this code. Please check it and try again.',
    offline: 'You are offline. Your records can be read when you are online.',
    error: 'Your records did not load. Please try again in a moment.',
    empty: 'There are no check-ups under this code yet.',
    remember: 'Remember the code on this phone',
    checkupOn: 'Check-up on {{date}}',
    deleteAll: 'Delete all my records',
    deleteConfirm:
      'This deletes every check-up under this code from the server, for good. It cannot be undone. Delete them?',
    deleteYes: 'Yes, delete',
    deleteNo: 'No, keep them',
    deleted: 'Deleted {{count}} check-ups. This code can no longer be used.',
    other: 'Use another code',
    myData: 'My data and privacy',
    myDataDesc: 'Who has looked at my information, download, withdraw or delete',
  },
  contact: {
    title: 'Ask a counsellor to call me',
    intro: 'Leave your number and a union counsellor will phone you at a time that suits you.',
    phone: 'Phone number',
    phoneHint: 'A mobile, or a landline with its area code',
    phoneInvalid: 'Please enter an 11-digit mobile number, or a landline with its area code.',
    when: 'When is a good time to call?',
    whenHint: 'For example: after 7 this evening',
    whenMissing: 'Please choose a time, or write when suits you.',
    chips: { today: 'Today', tonight: 'This evening', tomorrow: 'Tomorrow, daytime', anytime: 'Any time' },
    message: 'Anything you would like to say first? (optional)',
    share: 'Share this check-up with the counsellor',
    shareHint:
      'The counsellor sees this check-up’s results, which helps them understand you. This is optional.',
    codeWith:
      'This check-up’s retrieval code (ending {{tail}}) is kept with your request, so you can later see who has read it in Me → My data and privacy.',
    consentHeading: 'Your consent',
    consent:
      'I agree that the union keeps my phone number, the time to call and my message, that only the federation’s counsellors see them, and only to call me back. I can withdraw at any time by telling the counsellor when they call, or by phoning a heart station, and ask for them to be deleted.',
    send: 'Send',
    sending: 'Sending…',
    offline:
      'You are offline, so this cannot be sent now. If you need to talk to someone right now, call 12356.',
    error:
      'This could not be sent. Please try again later. If you need to talk to someone right now, call 12356.',
    doneHeading: 'We have your request',
    done: 'A counsellor will phone you at the time you gave. Please keep an eye on your phone.',
    notEmergency:
      'This is not an emergency service, and the call may take a while. If things are urgent, call one of the numbers below now.',
    back: 'Back',
  },
};
