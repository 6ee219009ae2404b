import type { Dictionary } from './texts';

/**
 * 知识与故事 (/learn, "learn" namespace), Simplified Chinese: loaded with the library's pages only. Warm and
 * plain, for someone who may be tired or upset and reads slowly. learn.en.ts has the same keys.
 */
export const learnZh = {
  title: '知识与故事',
  intro: '一些小文章、讲座回顾和身边人的故事。累了、烦了的时候，慢慢看。',
  kinds: {
    label: '内容类型',
    all: '全部',
    article: '文章',
    lecture: '讲座回顾',
    story: '身边的故事',
  },
  /** One piece's kind, on its card and in the reader. */
  kind: {
    article: '文章',
    lecture: '讲座回顾',
    story: '身边的故事',
  },
  topics: {
    label: '话题',
    all: '全部话题',
  },
  search: {
    label: '搜索文章和故事',
    placeholder: '比如：睡不着、孩子、压力',
    submit: '搜索',
    title: '搜索',
    heading: '“{{q}}”的结果',
    count: '找到 {{count}} 篇',
    empty: '想找什么？输入一两个词就可以，比如“睡眠”“孩子”“压力”。',
    none: '没有找到和“{{q}}”有关的内容。换个说法试试，用短一点的词会更容易找到。',
    browse: '看看全部文章和故事',
    offline: '现在没有网络，暂时搜不了。下面是手机里存着的文章中和“{{q}}”有关的。',
    offlineNone: '现在没有网络，暂时搜不了。联网后再试试吧。',
    loading: '正在搜索…',
  },
  card: {
    minutes: '约 {{count}} 分钟',
    fitsMe: '适合您',
    kept: '可离线看',
  },
  list: {
    loading: '正在加载…',
    forYou: '适合您的内容排在前面。',
    empty: '这里暂时还没有内容，换个话题看看吧。',
    more: '再看一些',
    loadingMore: '正在加载…',
    error: '没能加载，请稍后再试。',
    retry: '再试一次',
    saved: '现在没有网络。下面是上次存下的列表，可能不是最新的；标着“可离线看”的文章现在就能打开。',
    offline: '现在没有网络，这个列表还没有存过。下面这些您看过的文章，没有网络也能看。',
  },
  kept: {
    heading: '没有网络也能看',
    hint: '您打开过的文章会存在这部手机里（最近 30 篇），没有网络时也能看。',
    none: '还没有存下的文章。联网时打开一篇，它就会存在手机里。',
    summary: '存在这部手机里的文章（{{count}} 篇）',
    clearHint: '如果这部手机别人也会用，可以把存下的文章删掉。删掉后，没有网络时就看不了了。',
    clear: '从这部手机上删掉这些文章',
  },
  tools: {
    link: '自助小工具',
    desc: '呼吸放松、54321 感官法，不用网络也能用',
  },
  reader: {
    loading: '正在打开…',
    published: '{{date}}',
    story: '这是一个真实的故事。为了保护讲述的人，名字和一些细节已经改过。',
    otherLang: '这篇还没有英文版，下面是中文原文。',
    media: {
      video: '观看讲座视频',
      audio: '收听讲座录音',
      duration: '约 {{count}} 分钟',
      note: '会打开另一个网页。视频比较费流量，最好连上 Wi-Fi 再看。',
      noteAudio: '会打开另一个网页。录音也会用一些流量，连上 Wi-Fi 更放心。',
    },
    kept: '这篇已存在手机里，没有网络也能看。',
    savedCopy: '现在没有网络，这是存在手机里的那一份。',
    notFound: '这篇文章找不到了，可能已经下线。可以看看别的文章。',
    offlineMissing:
      '这篇文章还没有存在手机里，现在没有网络，暂时打不开。联网后再看吧。先看看下面这些已经存下的，或者用自助小工具放松一下。',
    error: '没能打开这篇文章，请稍后再试。',
    retry: '再试一次',
    next: '同一话题，还可以看看',
    back: '回到知识与故事',
    crisis: '读着读着心里难受了？不用一个人扛着，现在就可以找人说说。',
    crisisLink: '求助热线，马上能打',
  },
} satisfies Dictionary;
