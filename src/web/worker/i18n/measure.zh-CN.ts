import type { Dictionary } from './texts';

/**
 * A questionnaire a counsellor sent by text message (/measure, "measure" namespace), Simplified Chinese:
 * loaded with that page only. Calm, short sentences; never a diagnosis. measure.en.ts has the same keys.
 */
export const measureZh = {
  title: '你的问卷',
  loading: '正在打开问卷…',
  intro: '你的心理咨询师请你填一份简短的问卷（约 {{minutes}} 分钟），帮助了解你最近的状态。',
  private: '你的回答只给你的咨询师看，不会告诉你的单位。',
  until: '这个链接 {{date}} 之前有效。',
  start: '开始填写',
  noLink: '没有找到问卷链接。请点短信里的链接打开问卷。如果刚才刷新了页面，也请再点一次短信里的链接。',
  closed: {
    invalid:
      '这个问卷链接打不开，可能是链接不完整，或者复制时少了几个字。请再点一次短信里的链接；如果还是不行，请告诉你的咨询师，再发一个新的链接。',
    completed: '这份问卷已经填好了，谢谢你。你的咨询师会看到结果，不用再填。',
    cancelled: '你的咨询师已经收回了这份问卷，不用再填了。',
    expired: '这个链接已经过期了（链接 7 天内有效）。如果还想填，请告诉你的咨询师，再发一个新的链接。',
  },
  offline: '现在没有网络，问卷还打不开。联网后会自动再试。',
  error: '问卷没能打开，请稍后再试。',
  retry: '再试一次',
  home: '回到首页',
  help: '查看求助热线',
  backToQuestion: '回到上一题',
  crisisContinue: '继续填问卷',
  crisisCounsellor:
    '填完送出后，你的咨询师会收到提醒，但可能不会马上看到。如果现在就很难受，请不要等，马上打上面的电话。',
  sending: '正在把你的回答送给咨询师…',
  waiting: '网络不好，回答还没送到。请先不要关掉这个页面，联网后会自动再发。',
  sendAgain: '再发一次',
  doneHeading: '谢谢你',
  done: '你的回答已经送到。你的咨询师会看到结果。',
  doneCrisis: '你的回答已经送到，你的咨询师会收到提醒。如果现在就很难受，请不要等，马上打上面的电话。',
  refused: '回答没能送到，服务器没有接收。请告诉你的咨询师，或者过一会儿再点一次短信里的链接。',
  lostAnswers: '你的回答没能送到。',
  footer: '如果现在就很难受，不用等咨询师，可以马上拨打求助电话。',
} as const satisfies Dictionary;
