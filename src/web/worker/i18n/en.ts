import type { Texts } from './texts';
import type { zhCN } from './zh-CN';

/** Worker app text, English: the same keys as zh-CN.ts, in plain, kind words. */
export const en: Texts<typeof zhCN> = {
  app: {
    name: 'Carnation worker wellbeing',
    shortName: 'Carnation',
    titleSuffix: 'Carnation worker wellbeing',
    loading: 'Opening…',
    back: 'Back',
    skipToContent: 'Skip to content',
  },
  nav: {
    label: 'Main sections',
    home: 'Home',
    checkup: 'Check-up',
    help: 'Get help',
    stations: 'Stations',
    me: 'Me',
  },
  offline: {
    banner: 'You are offline. Helpline numbers and pages you opened before still work.',
  },
  crisisEntry: {
    title: 'Need help right now?',
    body: 'Tap to call 12356 or another helpline',
    short: 'Get help',
  },
  home: {
    title: 'Home',
    greeting: 'Tired or worried? Take a break here',
    intro:
      'No sign-up and no name needed. Asking for help with your feelings is as normal as seeing a doctor for a cold.',
    settings: 'Settings (language, large text)',
    servicesHeading: 'What we can do for you',
    groupsPrompt: 'Tell us what you do to see what suits you first (optional)',
    tiles: {
      checkup: { title: 'Wellbeing check-up', desc: 'Anonymous · about 4 min' },
      stations: { title: 'Talk to a counsellor', desc: 'Heart stations · book online' },
      tools: { title: 'Self-help tools', desc: 'Breathing · 5-4-3-2-1 grounding · mood diary' },
      learn: { title: 'Knowledge and stories', desc: 'Articles · lecture replays · stories' },
      events: { title: 'Events and talks', desc: 'Talks · workshops · groups' },
      records: { title: 'My results', desc: 'See past results with your code' },
    },
  },
  help: {
    title: 'Need help right now?',
    pageTitle: 'Helplines',
    intro:
      'If you are going through a hard time, you do not have to carry it alone. You can call any of these numbers; a trained person will listen.',
    dangerHeading: 'If you are in danger now',
    danger:
      'If you are in immediate danger of hurting yourself, call 120 or 110 now, or ask someone to take you to the nearest hospital emergency department.',
    linesHeading: 'Psychological support lines',
    call: 'Call',
    nextHeading: 'Other things that can help',
    next: {
      person: 'Tell someone you trust how you feel right now.',
      clinic:
        'Visit the psychiatry or psychology clinic of a hospital. It is as normal as seeing a doctor for a cold.',
      eap: 'If your workplace has an employee assistance programme (EAP) or a union heart station, you can contact them too.',
    },
    stationsLink: 'Want to talk face to face? See the heart stations',
    notesHeading: 'Please know',
    notes: {
      notDiagnosis: 'Nothing here is a diagnosis, and it does not replace a doctor.',
      notWatched:
        'Nobody watches what you enter in this app in real time. If you need help, please call one of the numbers above.',
      noLogin: 'This page needs no sign-in and opens without a network connection.',
    },
  },
  crisis: {
    heading: 'Thank you for answering honestly',
    body: 'You mentioned having thoughts that you would be better off dead or of hurting yourself. That is not easy to say. You don’t have to face this alone: you can talk to someone trained right now.',
    danger:
      'If you are in immediate danger, call 120 or 110, or ask someone to take you to the nearest emergency department.',
    linesHeading: 'Lines you can call now',
    notWatched:
      'Nobody watches your answers in real time. To talk to someone, please call, or leave your number for a counsellor to call you.',
    contact: 'A counsellor may contact me',
    contactNote: 'Leave your number and a union counsellor will call you. You do not have to.',
    continue: 'Continue the check-up',
    reportHeading: 'You do not have to carry this alone',
    reportUrgent:
      'In the check-up you mentioned thoughts of being better off dead or of hurting yourself. You can talk to someone trained right now.',
    reportElevated: 'Things may have been very hard for you lately. Talking to someone trained can help.',
    footerHeading: 'Lines you can call',
  },
  soon: {
    badge: 'Opening soon',
    nowHelp: 'See the helplines and call now',
  },
  me: {
    title: 'Me',
    intro: 'You can use everything without signing up. Your settings stay on this phone only.',
    groups: 'I am…',
    groupsDesc: 'Say what you do, and what suits you comes first (optional)',
    records: 'My results',
    myData: 'My data and privacy',
    myDataDesc: 'Who has looked, download, withdraw, delete',
    settings: 'Settings',
    settingsDesc: 'Language, large text',
    help: 'Helplines',
    stations: 'Heart stations',
    appointments: 'My appointments',
    appointmentsDesc: 'See, move or cancel them',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'Choose the language that is easiest for you to read.',
    largeText: 'Large text',
    largeTextHint: 'Makes all the text bigger and easier to read.',
    preview: 'This is how big the text will be.',
    storedHere: 'These settings stay on this phone only and apply straight away.',
    on: 'On',
    off: 'Off',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address may be mistyped.',
    home: 'Back to home',
  },
  error: {
    title: 'This page did not open',
    body: 'The network may be weak, or the app was just updated. Please reload and try again.',
    reload: 'Reload',
  },
};
