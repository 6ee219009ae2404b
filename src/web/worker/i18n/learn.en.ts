import type { learnZh } from './learn.zh-CN';
import type { Texts } from './texts';

/** Knowledge and stories (/learn, "learn" namespace), English. */
export const learnEn: Texts<typeof learnZh> = {
  title: 'Knowledge and stories',
  intro: 'Short articles, lecture replays and stories from people like you. Read at your own pace.',
  kinds: {
    label: 'Kind',
    all: 'All',
    article: 'Articles',
    lecture: 'Lecture replays',
    story: 'Stories',
  },
  kind: {
    article: 'Article',
    lecture: 'Lecture replay',
    story: 'Story',
  },
  topics: {
    label: 'Topic',
    all: 'All topics',
  },
  search: {
    label: 'Search articles and stories',
    placeholder: 'e.g. sleep, stress',
    submit: 'Search',
    title: 'Search',
    heading: 'Results for “{{q}}”',
    count: '{{count}} found',
    empty: 'What are you looking for? One or two words are enough, such as “sleep” or “stress”.',
    none: 'Nothing found for “{{q}}”. Try other words; shorter ones are easier to find.',
    browse: 'See all articles and stories',
    offline: 'No network, so search is not available. Here are saved articles that mention “{{q}}”.',
    offlineNone: 'No network, so search is not available. Please try again when you are online.',
    loading: 'Searching…',
  },
  card: {
    minutes: 'About {{count}} min',
    fitsMe: 'For you',
    kept: 'Readable offline',
  },
  list: {
    loading: 'Loading…',
    forYou: 'What fits you comes first.',
    empty: 'Nothing here yet. Try another topic.',
    more: 'Show more',
    loadingMore: 'Loading…',
    error: 'Could not load. Please try again later.',
    retry: 'Try again',
    saved:
      'No network. This is the list saved last time and may not be the latest; articles marked “Readable offline” open now.',
    offline:
      'No network, and this list was not saved yet. These articles you have read open without a network.',
  },
  kept: {
    heading: 'Readable without a network',
    hint: 'Articles you open are saved on this phone (the last 30), so you can read them offline.',
    none: 'No saved articles yet. Open one while online and it is saved on the phone.',
    summary: 'Articles saved on this phone ({{count}})',
    clearHint:
      'If others use this phone too, you can delete the saved articles. Once deleted, they cannot be read offline.',
    clear: 'Delete these articles from this phone',
  },
  tools: {
    link: 'Self-help tools',
    desc: 'Breathing, 5-4-3-2-1 grounding: they work without a network',
  },
  reader: {
    loading: 'Opening…',
    published: '{{date}}',
    story: 'This is a true story. To protect the person who told it, names and some details were changed.',
    otherLang: 'This piece is not in English yet; here it is in Chinese.',
    media: {
      video: 'Watch the lecture video',
      audio: 'Listen to the lecture recording',
      duration: 'About {{count}} min',
      note: 'Opens another web page. Video uses a lot of mobile data; Wi-Fi is best.',
      noteAudio: 'Opens another web page. Audio uses some mobile data; Wi-Fi is safer.',
    },
    kept: 'Saved on this phone: you can read it without a network.',
    savedCopy: 'No network: this is the copy saved on your phone.',
    notFound: 'This article cannot be found; it may have been taken down. Have a look at the others.',
    offlineMissing:
      'This article is not saved on the phone, and there is no network, so it cannot open now. Please try again when online. Meanwhile, here are the saved ones, and the self-help tools.',
    error: 'Could not open this article. Please try again later.',
    retry: 'Try again',
    next: 'More on the same topic',
    back: 'Back to knowledge and stories',
    crisis: 'Feeling upset while reading? You do not have to carry it alone; you can talk to someone now.',
    crisisLink: 'Helplines you can call now',
  },
};
