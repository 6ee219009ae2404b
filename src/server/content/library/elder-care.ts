import type { LibraryEntry } from './types';

/** Caring for elders, and the squeeze of the middle years (上有老下有小). */
export const elderCare: LibraryEntry[] = [
  {
    slug: 'caring-for-parents-and-yourself',
    kind: 'article',
    topics: ['elder_care'],
    audiences: ['elder_carer'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '照顾老人，也别忘了照顾自己',
      summary: '白天上班，晚上陪护，周末跑医院。照顾老人是一场持久战，你自己的身心也要有人管。',
      bodyHtml: `<p>父亲中风以后，你白天上班，下了班赶去医院。夜里陪护，在折叠床上睡几个小时，第二天接着上班。周末还要带母亲去复查，跟兄弟姐妹商量钱的事。</p>
<p>照顾老人，往往不是几天、几个月，而是好几年。时间长了，很多人会累、会烦。有时候还会冒出“什么时候是个头”的念头，然后又怪自己不孝，心里更难受。</p>
<h2>累和烦，不等于不孝</h2>
<p>照顾一个生病的人，身体累，心更累。有怨气、有委屈，是人之常情。这说明你一直在尽力，已经快到极限了。</p>
<h2>可以试试这几件事</h2>
<ul>
<li><strong>别一个人扛。</strong>跟兄弟姐妹排个班，谁管哪天，谁管哪些事，写下来。能请护工、能用社区服务，也别不好意思。</li>
<li><strong>跟单位说说你的难处。</strong>需要调班、请假的时候，提前跟班组长或领导商量。也可以问问工会有没有帮扶办法。</li>
<li><strong>每天给自己留一点空。</strong>哪怕在医院楼下走十分钟，吃一顿热乎饭，或者做一遍<a href="/tools/breathing">呼吸练习</a>。</li>
<li><strong>跟老人也说说心里话。</strong>很多老人也怕拖累孩子。把话说开，彼此都轻松一些。</li>
<li><strong>照顾好自己的身体。</strong>按时吃饭，能睡就睡。你倒下了，老人更没人管。</li>
</ul>
<h2>什么时候要找人帮忙</h2>
<p>如果你长时间睡不好，对什么都没兴趣，常常想哭，这是身心在报警了。对老人越来越没耐心，也是一个信号。</p>
<p>可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，把压在心里的话说一说，一对一，保密。也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你对家人的这份孝心，很了不起。也请用同样的心，照顾一下自己。</p>`,
    },
    en: {
      title: 'Caring for your parents, and for yourself',
      summary:
        'Work by day, the hospital by night, check-ups at the weekend. Caring for elders is a long haul, and your own body and mind need looking after too.',
      bodyHtml: `<p>Since your father's stroke, you go to work in the day and rush to the hospital afterwards. At night you sit with him and sleep a few hours on a folding bed, then go back to work. At the weekend you take your mother for her check-up and discuss money with your brothers and sisters.</p>
<p>Caring for an elder is rarely a matter of days or months; it can go on for years. Over time, many people get tired and fed up, and sometimes think "when will this end?", then feel like a bad son or daughter, and feel even worse.</p>
<h2>Being tired and fed up does not make you a bad child</h2>
<p>Caring for someone who is ill wears out the body, and the mind even more. Feeling resentful or hard done by is only human. It shows you have been doing your best and are close to your limit.</p>
<h2>Things to try</h2>
<ul>
<li><strong>Do not carry it alone.</strong> Draw up a rota with your siblings: who covers which days and which jobs, in writing. If you can hire a carer or use community services, do not be shy about it.</li>
<li><strong>Tell your workplace what you are dealing with.</strong> When you need to swap shifts or take leave, talk to your team leader or manager early. Ask the union whether it has any support.</li>
<li><strong>Leave a little space for yourself each day.</strong> Even a ten-minute walk outside the hospital, a hot meal, or the <a href="/tools/breathing">breathing exercise</a>.</li>
<li><strong>Talk honestly with your parents too.</strong> Many elders fear being a burden. Saying things openly eases it for both of you.</li>
<li><strong>Look after your own health.</strong> Eat on time and sleep when you can. If you go down, there is nobody to look after them.</li>
</ul>
<h2>When to get help</h2>
<p>If you have slept badly for a long time, lost interest in everything, often want to cry, or find yourself less and less patient with your parents, your body and mind are sounding the alarm.</p>
<p>Book a counsellor at a union <a href="/stations">heart station</a> in the app to talk about what weighs on you, one to one and confidential. You can also call the hotline <a href="tel:12356">12356</a>.</p>
<p>Your devotion to your family is remarkable. Please give yourself some of that same care.</p>`,
    },
  },
  {
    slug: 'squeezed-between-old-and-young',
    kind: 'article',
    topics: ['elder_care', 'family_parenting', 'work_stress'],
    audiences: ['elder_carer', 'parent'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '上有老，下有小，中间还有一份工作',
      summary: '孩子要管，老人要照顾，工作还不能丢。夹在中间的人，可以这样给自己松一松绑。',
      bodyHtml: `<p>早上六点起床，给孩子做早饭，送上学。上班的时候，接到老人电话说血压又高了。下午开会走不开，心里七上八下。晚上回家，辅导作业、洗衣服，躺下已经快十二点。</p>
<p>人到中年，很多职工就是这样过的。上有老，下有小，中间还有一份不能丢的工作。每个人都在等你，可是没有人问你：“你累不累？”</p>
<h2>你不是超人</h2>
<p>想把每一头都照顾好，是一份责任心。可是一个人的精力有限。什么都想做到最好，最后往往是自己先垮下来。</p>
<h2>可以试试这几件事</h2>
<ul>
<li><strong>把要操心的事列出来。</strong>分成三类：只有我能做的，别人可以帮的，可以先放一放的。你会发现，有不少事可以交出去。</li>
<li><strong>开个家庭会。</strong>爱人、兄弟姐妹、大一点的孩子，都可以分担一些。说清楚“我需要帮忙”，不丢人。</li>
<li><strong>用好身边的帮手。</strong>社区的养老服务、学校的托管班、工会的帮扶活动，都可以问一问。</li>
<li><strong>每天给自己十分钟。</strong>不做饭、不看手机、不想工作，就坐着喝杯茶，或者跟着<a href="/tools/relaxation">放松练习</a>做一遍。</li>
<li><strong>降低一点标准。</strong>饭菜简单点，家里乱一点，也没关系。大家平平安安最要紧。</li>
</ul>
<h2>什么时候要找人帮忙</h2>
<p>如果你常常心慌、胸口发闷、睡不着，一点小事就发火或想哭，说明压力已经太大了。可以先<a href="/checkup">做个心理健康体检</a>，看看自己的状态，结果只是筛查提示。</p>
<p>也可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，看看有没有晚上或周末的时间。心里实在难受，可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你是一家人的顶梁柱。柱子也要歇一歇，才能撑得更久。</p>`,
    },
    en: {
      title: 'Parents to care for, children to raise, and a job in between',
      summary:
        'Children to manage, elders to look after, and a job you cannot lose. How people squeezed in the middle can loosen the knot a little.',
      bodyHtml: `<p>Up at six to make breakfast and take the children to school. At work, a call: your mother's blood pressure is up again. You cannot leave the afternoon meeting, and your mind is racing. In the evening: homework, laundry, and it is nearly midnight before you lie down.</p>
<p>For many workers in their middle years, this is daily life. Elders above, children below, and a job in between that you cannot lose. Everyone is waiting on you, yet nobody asks, "Are you tired?"</p>
<h2>You are not superhuman</h2>
<p>Wanting to do right by everyone shows how responsible you are. But one person's energy has limits. Try to do everything perfectly, and you are often the first to collapse.</p>
<h2>Things to try</h2>
<ul>
<li><strong>List everything you worry about.</strong> Sort it into three: only I can do this; someone else can help; this can wait. You will find quite a lot can be handed over.</li>
<li><strong>Hold a family meeting.</strong> Your partner, siblings and older children can all share some of it. Saying "I need help" is nothing to be ashamed of.</li>
<li><strong>Use the help around you.</strong> Community elder services, after-school care, the union's support activities: ask about them.</li>
<li><strong>Give yourself ten minutes a day.</strong> No cooking, no phone, no work: just sit with a cup of tea, or follow the <a href="/tools/relaxation">relaxation exercise</a>.</li>
<li><strong>Lower the bar a little.</strong> Simpler meals and a messier home are fine. What matters is that everyone is safe and well.</li>
</ul>
<h2>When to get help</h2>
<p>If your heart often races, your chest feels tight, you cannot sleep, and small things make you snap or cry, the pressure is too much. You could start with a <a href="/checkup">mental health check-up</a> to see where you are; the result is only a screening hint.</p>
<p>You can also book a counsellor at a union <a href="/stations">heart station</a> in the app; look for evening or weekend times. If it feels too hard, call the hotline <a href="tel:12356">12356</a>.</p>
<p>You are the pillar of your family. Even pillars need rest to stand for longer.</p>`,
    },
  },
];
