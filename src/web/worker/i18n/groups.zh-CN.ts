import type { Dictionary } from './texts';

/**
 * 我是… (/me/groups, "groups" namespace), Simplified Chinese: loaded with that page only. The groups' own names
 * come from core/content/audiences.ts. groups.en.ts has the same keys.
 */
export const groupsZh = {
  title: '我是…',
  intro: '选一选你是做什么的、家里的情况，适合你的体检、文章和工具会排在前面。其他内容照样都能看到。',
  optional: '可以不填，也可以随时改。',
  onPhoneLinked:
    '你的选择保存在这部手机上，并按你的选择用取回码加密同步了一份到服务器，不会和你的体检结果放在一起。',
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
  link: {
    title: '用取回码保存到服务器',
    offer: '换手机后，也能用取回码找回这些选择。不开启的话，只保存在这部手机上。',
    more: '了解一下',
    whatSent:
      '开启后，会把你选的这几项（比如“货车司机”“家有孩子要照顾”）发送到服务器，和你的取回码关联保存。',
    sealed:
      '服务器上的副本是加密保存的，只有凭这个取回码才能通过康乃馨取回。但要说清楚：钥匙在服务方手里，技术上服务方能够解密。它不会和你的自测结果一起给工作人员看，也不会用于统计。',
    codeKept:
      '为了以后每次修改都能自动同步，这部手机会记住你的取回码（和自测时选“在这部手机上记住取回码”一样）。',
    howSync: '之后每改一次就会自动同步；没网时先存在手机上，联网后再同步。以最后一次修改为准。',
    anyTime: '随时可以停止，服务器上的副本会被删除。',
    codeKnown: '用这部手机记住的取回码（尾号 {{tail}}）',
    codeOther: '输入取回码',
    codeLabel: '取回码',
    codeHint: '取回码在做完自测后得到，样子像 ABCD-EFGH-2345-JKLM。',
    codeInvalid: '取回码是 16 位字母和数字，请再核对一下。',
    noCode: '还没有取回码？做完一次自测就会得到。',
    noCodeLink: '去做自测',
    turnOn: '开启同步',
    notNow: '先不用',
    linked: '已用取回码（尾号 {{tail}}）保存到服务器。',
    syncing: '正在同步……',
    synced: '已同步。',
    offline: '现在没有网络，联网后会自动同步。',
    failed: '这次没同步上，等会儿会再试。',
    retry: '再试一次',
    unknown_code: '这个取回码已经不存在了（可能已被删除），同步已停止。',
    needsCode: '这部手机不再记得取回码，再输入一次才能继续同步。',
    resume: '继续同步',
    stop: '停止同步并删除服务器上的副本',
    stopYes: '确定删除',
    stopFailed: '没能删除（可能没网），请联网后再试。',
    cancel: '取消',
    unlinked_elsewhere: '服务器上的副本已在别处删除，同步已停止。手机上的选择还在。',
    stopConfirm: '删除服务器上的副本后，这部手机上的选择不受影响。确定吗？',
    stopped: '已停止同步，服务器上的副本已删除。手机上的选择还在。',
  },
} as const satisfies Dictionary;
