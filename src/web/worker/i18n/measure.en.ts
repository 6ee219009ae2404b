import type { measureZh } from './measure.zh-CN';
import type { Texts } from './texts';

/** The questionnaire from a counsellor's link ("measure" namespace), English. */
export const measureEn: Texts<typeof measureZh> = {
  title: 'Your questionnaire',
  loading: 'Opening the questionnaire…',
  intro:
    'Your counsellor has asked you to fill in a short questionnaire (about {{minutes}} min), to understand how you have been lately.',
  private: 'Only your counsellor sees your answers. Your employer is never told.',
  until: 'This link works until {{date}}.',
  start: 'Start',
  noLink:
    'No questionnaire link was found. Please open the questionnaire from the link in your text message. If you just reloaded the page, tap the link in the text message again.',
  closed: {
    invalid:
      'This questionnaire link does not open. Part of it may be missing. Tap the link in the text message again; if it still does not work, tell your counsellor and ask for a new one.',
    completed:
      'This questionnaire has already been filled in. Thank you. Your counsellor will see it; there is nothing more to do.',
    cancelled: 'Your counsellor has withdrawn this questionnaire. There is nothing to fill in.',
    expired:
      'This link has expired (links work for 7 days). If you would still like to fill it in, ask your counsellor to send a new one.',
  },
  offline:
    'There is no network, so the questionnaire cannot open yet. It will try again when you are online.',
  error: 'The questionnaire did not open. Please try again later.',
  retry: 'Try again',
  home: 'Back to home',
  help: 'See the helplines',
  backToQuestion: 'Back to the last question',
  crisisContinue: 'Continue the questionnaire',
  crisisCounsellor:
    'When you send your answers, your counsellor will get an alert, but may not see it straight away. If things feel very hard now, please do not wait: call one of the lines above.',
  sending: 'Sending your answers to your counsellor…',
  waiting:
    'The network is weak and your answers have not arrived yet. Please keep this page open: they will be sent again when you are online.',
  sendAgain: 'Send again',
  doneHeading: 'Thank you',
  done: 'Your answers have arrived. Your counsellor will see them.',
  doneCrisis:
    'Your answers have arrived and your counsellor will get an alert. If things feel very hard now, please do not wait: call one of the lines above.',
  refused:
    'Your answers did not go through: the server did not accept them. Please tell your counsellor, or tap the link in the text message again later.',
  lostAnswers: 'Your answers could not be sent.',
  footer:
    'If things feel very hard now, you do not have to wait for your counsellor: you can call a helpline.',
};
