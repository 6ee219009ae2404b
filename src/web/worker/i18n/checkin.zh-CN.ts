import type { Dictionary } from './texts';

/**
 * Checking in at the station with its poster's QR code ("checkin" namespace), Simplified Chinese. Calm and
 * short: the worker is standing in a waiting room. checkin.en.ts has the same keys.
 */
export const checkinZh = {
  title: '到站签到',
  lead: '你扫了驿站的签到码。先确认是你，再帮你签到。',
  finding: '正在找你今天的预约…',
  checking: '正在签到…',
  done: '已签到',
  doneLead: '请稍候，咨询师会来接你。',
  doneRest: '可以先找个地方坐下，喝口水。想说的话不用先想好，慢慢来。',
  noLink: '没有读到签到码。请用手机扫一扫驿站墙上的签到二维码。',
  broken: '这个签到码好像不完整。请再扫一次，或者直接告诉工作人员你到了。',
  noneToday: '你今天在这个驿站没有预约。',
  noneTodayAt: '你今天在{{place}}没有预约。',
  nextHere: '你在这里的下一个预约是 {{when}}。',
  noneHelp: '想约个时间，可以看看这个驿站。如果现在就很难受，不用等预约，可以马上打求助电话。',
  station: '看看这个驿站',
  mine: '看我的预约',
  help: '现在就打求助电话',
  wrongCode:
    '这个签到码和你预约的驿站对不上。你预约的是{{place}}。请看看是不是走错了地方，或者请工作人员帮你签到。',
  notYet: '还没到签到的时间。{{time}} 起可以签到（预约前一小时），到时候再扫一次就行。',
  notFound: '没有找到这个预约，可能已经取消了。请看看“我的预约”，或者请工作人员帮忙。',
  closed: '这个预约已经取消或结束了，签不了到。请告诉工作人员你到了。',
  network: '网络不好，没能签到。',
  other: '没能签到。',
  retry: '再试一次',
  tellStaff: '签不上也没关系，直接告诉工作人员你到了就行。',
} as const satisfies Dictionary;
