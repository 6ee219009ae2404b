import type { Dictionary } from './texts';

/**
 * The waiting list for a full day ("waitlist" namespace), Simplified Chinese: loaded with a station's page
 * and "my appointments", never with the stations list. waitlist.en.ts has the same keys.
 */
export const waitlistZh = {
  invite: {
    heading: '想约的那天满了？',
    text: '可以排队等候。那天有人取消时，空出来的时间按排队先后留给你。',
    button: '排队等候',
  },
  join: {
    title: '排队等候',
    lead: '选一个你想来的日子。那天有人取消时，空出来的时间先留给排在前面的人。',
    how: '轮到你时，这个时间会为你留一小会儿（通常 30 分钟）。请在这之前打开康乃馨确认，过时就让给下一位。',
    dayHeading: '想哪天来？',
    dayHint: '可以选最近四周的日子。有的日子没有咨询师值班，选了会告诉你。',
    free: '有空位',
    freeNote: '标着“有空位”的日子还能直接预约，不用排队。',
    freeLink: '回去看可以预约的时间',
    chosen: '你选的是：{{day}}',
    freeDay: '{{day}}，还有空位',
    dayMissing: '请选一个日子',
    modeHeading: '怎么聊？',
    modeAny: '都可以',
    byCode:
      '用取回码排队，我们没有你的手机号，轮到你时收不到短信，只能你自己常到“我的预约”看看。用手机号排队更稳妥。',
    consentWait:
      '你想等的日子和驿站：只用来在轮到你时帮你约上。用手机号排队时，我们也用它发短信告诉你轮到了（只写时间和地点）。',
    phoneHint: '用来确认是你本人；轮到你时发短信告诉你。不会告诉你的单位。',
    submit: '排队',
    submitting: '正在排队…',
  },
  joined: {
    title: '已经排上队了',
    where: '{{day}}，{{place}}',
    position: '你现在排第 {{position}} 位。',
    sms: '轮到你时，我们会发短信到 {{phone}}。',
    noSms: '用取回码排队收不到短信。请常到“我的预约”看看有没有轮到你。',
    toMine: '去“我的预约”',
    back: '回到驿站',
  },
  mine: {
    offerHeading: '有空位了',
    offerLead: '有人取消了，这个时间先为你留着：',
    left: '还剩 {{minutes}} 分 {{seconds}} 秒',
    leftHint: '请在这之前确认，过时就让给排在后面的人。',
    accept: '确认这个时间',
    accepting: '正在确认…',
    waitingHeading: '正在排队',
    where: '{{day}} · {{place}}',
    position: '排第 {{position}} 位',
    anyMode: '面谈、电话、视频都可以',
    leave: '不再排队',
    leaveConfirm: '确定不再排 {{day}} 的队吗？以后想排，要重新排在最后。',
    leaveYes: '确定不排了',
    leaveNo: '继续排队',
    leftDone: '已经不再排队了。',
    missed: '{{day}} 空出的时间没有及时确认，已经让给下一位了。想等的话可以重新排队。',
    again: '重新排队',
    loadError: '没能读取排队的情况，请稍后再试。',
  },
  errors: {
    slotsAvailable: '这天还有空位，不用排队，可以直接预约。',
    noDuty: '这天没有咨询师值班，排不了队。请换一个日子，或者打电话问问驿站。',
    already: '你已经在排这一天的队了。可以到“我的预约”看排第几位。',
    outOfRange: '这天不在可以排队的日子里，请换一个最近四周内的日子。',
    offerExpired: '确认的时间已经过了，这个时间已经让给下一位。想等的话可以重新排队。',
    slotTaken: '这个时间已经约不了了，真不巧。可以重新排队，或者换一个时间。',
    acceptFailed: '没能确认，请再试一次，或者打电话给驿站。',
    other: '没能排上队，请稍后再试，或者直接打电话给驿站。',
  },
} as const satisfies Dictionary;
