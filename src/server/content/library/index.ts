import type { LibraryEntry } from './types';

/**
 * Two short entries for the content server's own tests and the demo; the real starting library replaces this
 * file on merge (src/server/content/install.ts reads whatever entries are here).
 */
export const startingLibrary: LibraryEntry[] = [
  {
    slug: 'burnout-three-signs',
    kind: 'article',
    topics: ['work_stress'],
    audiences: [],
    readingMinutes: 3,
    media: null,
    zh: {
      title: '职业倦怠的三个信号',
      summary: '累到提不起劲、对工作越来越冷淡、觉得做了也没用——这可能是职业倦怠。',
      bodyHtml:
        '<p>长期加班、压力大，很多人会出现职业倦怠：身心耗竭、对工作疏离、效能感下降。</p><h2>可以先做的三件事</h2><ul><li>给自己留出真正的休息时间</li><li>和信任的人说一说</li><li>需要时找心理咨询师聊聊——求助如同感冒看医生</li></ul>',
    },
    en: {
      title: 'Three signs of burnout',
      summary: 'Drained, distant from your work, feeling it makes no difference — this may be burnout.',
      bodyHtml:
        '<p>Long hours and pressure can lead to burnout: exhaustion, distance from work and a sense that nothing you do matters.</p><h2>Three things to start with</h2><ul><li>Keep time for real rest</li><li>Talk to someone you trust</li><li>See a counsellor when you need to — asking for help is like seeing a doctor for a cold</li></ul>',
    },
  },
  {
    slug: 'sleep-after-night-driving',
    kind: 'article',
    topics: ['sleep'],
    audiences: ['truck_driver', 'ride_hailing_driver'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '跑完夜车，怎样睡个好觉',
      summary: '给货车司机和网约车司机的睡眠小办法：遮光、固定时间、睡前少看手机。',
      bodyHtml:
        '<p>跑夜车后白天补觉，睡眠常常浅而短。</p><ol><li>用眼罩和耳塞挡住光和声音</li><li>尽量每天同一时间入睡</li><li>睡前半小时放下手机，做几次缓慢的呼吸</li></ol>',
    },
    en: {
      title: 'Sleeping well after a night on the road',
      summary:
        'Sleep tips for truck and ride-hailing drivers: block the light, keep a regular time, put the phone away.',
      bodyHtml:
        '<p>Catching up on sleep in the day after night driving often means shallow, short sleep.</p><ol><li>Use an eye mask and ear plugs</li><li>Go to sleep at the same time each day</li><li>Put the phone away half an hour before and breathe slowly a few times</li></ol>',
    },
  },
];
