import type { Dictionary } from './texts';

/**
 * Worker app text, Simplified Chinese (the first language). Short sentences in everyday words for people
 * who read slowly; "筛查提示", never a diagnosis. en.ts must have exactly the same keys (resources.test.ts).
 */
export const zhCN = {
  app: {
    name: '康乃馨职工心理服务',
    shortName: '康乃馨',
    titleSuffix: '康乃馨职工心理服务',
    loading: '正在打开…',
    back: '返回',
    skipToContent: '跳到正文',
  },
  nav: {
    label: '主要栏目',
    home: '首页',
    checkup: '体检',
    help: '求助',
    stations: '驿站',
    me: '我的',
  },
  offline: {
    banner: '您当前处于离线状态。求助电话和已打开过的页面仍然可以用。',
  },
  crisisEntry: {
    title: '需要马上帮助？',
    body: '点这里，直接拨打 12356 等求助电话',
    short: '紧急求助',
  },
  home: {
    title: '首页',
    greeting: '累了、烦了，都可以来这里歇一歇',
    intro: '不用注册，不用留名字。心理求助就像感冒看医生一样平常。',
    settings: '设置（语言、大字）',
    servicesHeading: '我们能为你做什么',
    soon: '即将开放',
    tiles: {
      checkup: { title: '心理体检', desc: '匿名 · 约 4 分钟' },
      stations: { title: '找心理咨询', desc: '心灵驿站 · 在线预约' },
      tools: { title: '自助小工具', desc: '呼吸放松 · 54321 感官法' },
      learn: { title: '知识与故事', desc: '文章 · 讲座回放 · 身边故事' },
      events: { title: '活动与讲座', desc: '讲座 · 工作坊 · 团体活动' },
      records: { title: '我的记录', desc: '凭取回码查看体检结果' },
    },
  },
  help: {
    title: '需要马上帮助？',
    pageTitle: '求助热线',
    intro: '如果你现在很难受，不用一个人扛着。下面的电话都可以直接拨打，会有受过训练的人听你说。',
    dangerHeading: '如果现在有危险',
    danger: '如果你此刻有伤害自己的危险，请立即拨打 120 或 110，或请身边的人陪你去最近的医院急诊。',
    linesHeading: '心理援助热线',
    call: '拨打',
    callLabel: '拨打{{name}}：{{number}}',
    nextHeading: '还可以这样做',
    next: {
      person: '找一个你信任的人，说说你现在的感受。',
      clinic: '去医院的精神科或心理科看一看，这和看感冒一样平常。',
      eap: '单位如果有职工帮助计划（EAP）或工会心灵驿站，也可以联系他们。',
    },
    stationsLink: '想当面聊一聊？看看心灵驿站',
    notesHeading: '请你知道',
    notes: {
      notDiagnosis: '这里的内容不是诊断，也不能代替医生。',
      notWatched: '你在本应用里填写的内容，没有人实时查看。需要帮助时，请直接拨打上面的电话。',
      noLogin: '这一页不用登录，没有网络时也能打开。',
    },
  },
  crisis: {
    heading: '谢谢你如实作答',
    body: '你提到最近有过“不如死掉或伤害自己”的念头，这很不容易说出口。你不需要独自面对——现在就可以和专业的人聊一聊。',
    danger: '如果你此刻有伤害自己的危险，请立即拨打 120 或 110，或请身边的人陪你去最近的医院急诊。',
    linesHeading: '现在就可以打的电话',
    notWatched: '你的答案没有人实时查看。想找人说说话，请直接打电话，或留下电话让咨询师联系你。',
    contact: '可以请心理咨询师联系我',
    contactNote: '留下电话，工会的心理咨询师会打给你。不是必须的。',
    continue: '继续完成体检',
    reportHeading: '你不用一个人扛着',
    reportUrgent: '你在体检中提到有过不如死掉或伤害自己的念头。现在就可以和专业的人聊一聊。',
    reportElevated: '你最近可能过得很辛苦。和专业的人聊一聊，会有帮助。',
    footerHeading: '需要时可以拨打',
  },
  soon: {
    badge: '即将开放',
    body: '这项服务正在准备中，很快就能用。',
    nowHeading: '现在你可以',
    nowHelp: '查看求助热线，马上打电话',
    nowStations: '找附近的心灵驿站',
    pages: {
      tools: {
        title: '自助小工具',
        desc: '呼吸放松、5-4-3-2-1 感官法、肌肉放松、心情日记。休息时就能用，没有网络也能用。',
      },
      learn: {
        title: '知识与故事',
        desc: '关于工作压力、家庭、人际关系的文章和讲座回放，还有身边职工的真实故事。',
      },
      events: {
        title: '活动与讲座',
        desc: '心理讲座、疗愈工作坊、沙画、亲子学堂、团体辅导，可以在这里报名。',
      },
    },
  },
  me: {
    title: '我的',
    intro: '不用注册也能使用。你的设置只保存在这部手机上。',
    records: '我的记录',
    settings: '设置',
    settingsDesc: '语言、大字模式',
    help: '求助热线',
    stations: '心灵驿站',
    appointments: '我的预约',
    appointmentsDesc: '查看、改时间或取消',
  },
  settings: {
    title: '设置',
    language: '语言',
    languageHint: '选一种你看着舒服的语言。',
    largeText: '大字模式',
    largeTextHint: '把全部文字放大，看起来更轻松。',
    preview: '这是文字大小的样子。',
    storedHere: '这些设置只保存在这部手机上，马上生效。',
    on: '开',
    off: '关',
  },
  notFound: {
    title: '没有找到这一页',
    body: '这个地址可能写错了。',
    home: '回到首页',
  },
  error: {
    title: '页面没能打开',
    body: '可能是网络不好，或者应用刚刚更新。请刷新一下再试。',
    reload: '刷新页面',
  },
} as const satisfies Dictionary;
