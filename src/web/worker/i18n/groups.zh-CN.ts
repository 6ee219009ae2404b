import type { Dictionary } from './texts';

/**
 * 我是… (/me/groups, "groups" namespace), Simplified Chinese: loaded with that page only. The groups' own names
 * come from core/content/audiences.ts. groups.en.ts has the same keys.
 */
export const groupsZh = {
  title: '我是…',
  intro: '选一选你是做什么的、家里的情况，适合你的体检、文章和工具会排在前面。其他内容照样都能看到。',
  optional: '可以不填，也可以随时改。',
  onPhone: '你的选择只保存在这部手机上，不会上传，也不会和你的体检结果放在一起。',
  dimensions: {
    employment_form: '工作方式',
    industry: '行业',
    position: '岗位',
    family: '家里',
    age: '年龄',
  },
  chosen: '已选 {{count}} 项',
  none: '还没有选',
  clear: '全部清除',
  cleared: '已清除，这部手机上不再记着。',
  done: '好了',
} as const satisfies Dictionary;
