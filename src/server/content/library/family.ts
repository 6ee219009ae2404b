import type { LibraryEntry } from './types';

/** Family and parenting worries: drivers' wives at home, homework battles, parenting from far away. */
export const family: LibraryEntry[] = [
  {
    slug: 'for-the-one-waiting-at-home',
    kind: 'article',
    topics: ['family_parenting', 'loneliness'],
    audiences: ['driver_family'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '卡嫂：在家等的人，也需要被照顾',
      summary: '他在路上跑，你在家撑着。担心、孤单、累，这些感受都值得被看见。',
      bodyHtml: `<p>丈夫跑长途，一走就是十天半个月。家里的老人、孩子、地里的活、家里的账，全压在你一个人身上。</p>
<p>夜里电话打不通，心就提到嗓子眼。下雨下雪，担心路滑。新闻里看到出了车祸，手都是抖的。有些卡嫂还跟着一起跑车，白天帮着装卸，晚上在车里凑合一宿。</p>
<p>大家常说司机辛苦，其实，在家等的人也一样辛苦。</p>
<h2>你的感受，很正常</h2>
<p>担心、孤单、委屈，有时候还会埋怨：“这个家怎么总是我一个人？”这些感受都很正常。它不说明你不够坚强，只说明你扛得太久了。</p>
<h2>可以试试这几件事</h2>
<ul>
<li><strong>跟他约个“报平安”的时间。</strong>比如每天到了服务区发一条消息。约好了，就不用一直悬着心。他在开车时，别催他回电话。</li>
<li><strong>给自己找几个姐妹。</strong>附近的卡嫂、邻居、老同学，常聊聊天，互相搭把手。心里的话有地方说，日子就没那么难熬。</li>
<li><strong>每天留一点时间给自己。</strong>哪怕二十分钟，跳跳广场舞，看一集电视剧，或者跟着<a href="/tools/breathing">呼吸练习</a>放松一下。</li>
<li><strong>家里的难处，跟他一起商量。</strong>钱怎么花，孩子怎么管，别一个人做决定、一个人担。他回来的时候，找个安静的时间好好聊聊。</li>
</ul>
<h2>工会也在你身边</h2>
<p>工会常为货车司机和卡嫂办活动，比如关爱讲座和亲子课堂。多出来走走，认识一些同样处境的人。</p>
<p>如果你长时间睡不好，心里总是发慌，或者一点小事就想哭，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，一对一聊，保密。也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你撑起了这个家。你也值得被好好照顾。</p>`,
    },
    en: {
      title: "Drivers' wives: the one waiting at home needs care too",
      summary:
        'He is on the road and you hold things together at home. Worry, loneliness and tiredness all deserve to be noticed.',
      bodyHtml: `<p>Your husband drives long-haul and is gone for ten days or a fortnight at a time. The elders, the children, the fields and the household accounts all rest on you alone.</p>
<p>When his phone does not answer at night, your heart is in your mouth. In rain or snow you worry about the roads. When the news shows a crash, your hands shake. Some wives ride along too, helping load and unload by day and making do in the cab at night.</p>
<p>People often say drivers have it hard. The one waiting at home has it hard too.</p>
<h2>What you feel is normal</h2>
<p>Worry, loneliness, feeling wronged, sometimes resentment: "Why am I always on my own with this family?" All of this is normal. It does not mean you are not strong. It means you have been carrying it a long time.</p>
<h2>Things to try</h2>
<ul>
<li><strong>Agree a check-in time with him.</strong> For example, a message each day when he reaches a service area. Once it is agreed, you do not have to worry all day. Do not push him to call back while he is driving.</li>
<li><strong>Find a few friends of your own.</strong> Other drivers' wives nearby, neighbours, old classmates. Chat often and help each other out. With somewhere to say what is on your mind, the days are easier.</li>
<li><strong>Keep a little time each day for yourself.</strong> Even twenty minutes: square dancing, an episode of a TV series, or the <a href="/tools/breathing">breathing exercise</a>.</li>
<li><strong>Share the family's problems with him.</strong> Money, the children: do not decide and carry everything alone. When he is home, find a quiet time to talk it through.</li>
</ul>
<h2>The union is here for you too</h2>
<p>The union often holds events for truck drivers and their wives, such as care talks and parent-child classes. Come along and meet people in the same situation.</p>
<p>If you have slept badly for a long time, feel panicky, or small things make you cry, book a counsellor at a union <a href="/stations">heart station</a> in the app, one to one and confidential. You can also call the hotline <a href="tel:12356">12356</a>.</p>
<p>You hold this family up. You deserve to be cared for too.</p>`,
    },
  },
  {
    slug: 'homework-and-worried-parents',
    kind: 'article',
    topics: ['family_parenting'],
    audiences: ['parent'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '一辅导作业就上火？先照顾好自己的情绪',
      summary: '下了班还要辅导作业，越教越急，越急越吵。家长的焦虑很常见，这几招可以帮你和孩子都轻松一点。',
      bodyHtml: `<p>下了班，饭还没吃完，就要坐下来辅导作业。一道题讲了三遍，孩子还是不会。你的嗓门越来越大，孩子越哭越委屈。一晚上下来，大人孩子都累得不行。</p>
<p>很多家长都有过这样的晚上。你着急，是因为你在乎孩子，怕他落下。这份心没有错，只是焦虑太多了，会伤到自己，也会伤到孩子。</p>
<h2>先稳住自己，再帮孩子</h2>
<ul>
<li><strong>火上来了，先离开一会儿。</strong>说一句“妈妈（爸爸）去喝口水”，到另一个房间，慢慢呼吸几次。等平静了再回来。</li>
<li><strong>别拿孩子跟别人比。</strong>每个孩子开窍的时间不一样。跟他自己的昨天比，进步一点就夸一点。</li>
<li><strong>定个规矩，少些唠叨。</strong>比如先休息二十分钟，再写作业；写完一门，歇五分钟。规矩定好，就不用天天催。</li>
<li><strong>多问“你怎么想的”。</strong>孩子做错了，先让他讲讲思路。你会发现，问题往往出在一个小地方。</li>
</ul>
<h2>孩子的心情，也要看一看</h2>
<p>如果孩子最近总说肚子疼、不想上学，晚上睡不好，或者变得特别沉默，别只盯着成绩。找个轻松的时候问问他：“最近在学校开心吗？”</p>
<h2>你也需要喘口气</h2>
<p>上班累，回家还要管孩子，家长也会撑不住。夫妻俩可以轮流辅导，老人能帮就请老人帮帮忙。工会的亲子学堂，也能学到不少实用的办法。</p>
<p>如果你长时间焦虑、睡不好，或者常常对孩子发火后又后悔，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师聊一聊，也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>没有完美的父母。你愿意学、愿意改，孩子都能感受到。</p>`,
    },
    en: {
      title: 'Homework makes you boil over? Look after your own feelings first',
      summary:
        'After work comes homework, and the more you explain, the more you both get upset. Parental worry is common; a few ideas can make it easier for you and your child.',
      bodyHtml: `<p>You are home from work and have barely finished dinner when it is time for homework. You explain a sum three times and your child still does not get it. Your voice gets louder, your child cries harder. By bedtime, everyone is exhausted.</p>
<p>Many parents know evenings like this. You worry because you care and do not want your child to fall behind. That care is not wrong, but too much worry hurts you, and it hurts your child too.</p>
<h2>Steady yourself, then help your child</h2>
<ul>
<li><strong>When you feel yourself boiling over, step away for a moment.</strong> Say "I'm just getting a glass of water", go to another room and take a few slow breaths. Come back when you are calm.</li>
<li><strong>Do not compare your child with others.</strong> Every child gets there at their own pace. Compare them with their own yesterday, and praise each bit of progress.</li>
<li><strong>Set a routine and nag less.</strong> For example, twenty minutes' rest before homework, five minutes' break after each subject. Once the routine is set, you do not need to chase every day.</li>
<li><strong>Ask "how did you think about it?"</strong> When your child gets something wrong, let them explain their thinking first. Often the problem is one small step.</li>
</ul>
<h2>Notice how your child feels, too</h2>
<p>If your child keeps saying their stomach hurts, does not want to go to school, sleeps badly or has gone very quiet, look beyond their marks. At a relaxed moment ask: "Are things all right at school?"</p>
<h2>You need a breather as well</h2>
<p>Work is tiring, and then there are the children: parents can run out of strength too. Take turns with your partner, and ask grandparents for help if they can. The union's parent-child classes also teach many practical ideas.</p>
<p>If you have felt anxious or slept badly for a long time, or often shout at your child and regret it afterwards, book a counsellor at a union <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>
<p>No parent is perfect. Your child can feel that you are willing to learn and change.</p>`,
    },
  },
  {
    slug: 'parenting-from-the-road',
    kind: 'article',
    topics: ['family_parenting', 'loneliness'],
    audiences: ['parent', 'truck_driver', 'driver_family'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '常年在外，怎么陪孩子长大',
      summary: '跑车、出差、在外地打工，一年见不了孩子几回。人不在身边，心也可以在。',
      bodyHtml: `<p>孩子第一次考一百分，你在几百公里外的服务区。孩子发烧，你只能在电话里干着急。过年回家，孩子躲在奶奶身后，半天才叫一声“爸爸”。</p>
<p>很多常年在外的父母，心里都有一份愧疚：“我对不起孩子。”其实，你在外面辛苦，也是为了这个家。人不在身边，也有办法让孩子感受到你的爱。</p>
<h2>可以试试这几件事</h2>
<ul>
<li><strong>固定时间打电话或视频。</strong>比如每天晚饭后，或者每周六晚上。孩子知道“爸爸妈妈一定会来电话”，心里就踏实。停好车再打，别边开车边视频。</li>
<li><strong>多问具体的事。</strong>不只问“考得怎么样”，可以问：“今天在学校跟谁玩了？”“午饭吃了什么？”“有没有什么好笑的事？”</li>
<li><strong>给孩子讲讲你的路。</strong>拍一张路上的风景，讲讲今天去了哪个城市。孩子会觉得，爸爸妈妈的世界和他是连在一起的。</li>
<li><strong>说到做到。</strong>答应孩子的事，哪怕很小，也尽量做到。做不到的时候，认真跟孩子说清楚原因。</li>
<li><strong>谢谢在家照顾孩子的人。</strong>爱人、老人每天带孩子很辛苦。当着孩子的面说一句“谢谢”，也是在教孩子。</li>
</ul>
<h2>回到家的时候</h2>
<p>回家的几天，别急着管、急着训。先陪孩子玩，吃顿饭，散散步。孩子跟你亲了，说的话他才愿意听。</p>
<h2>心里的愧疚，也可以说出来</h2>
<p>如果想孩子想得睡不着，或者家里因为孩子的事老是吵架，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师聊一聊。也可以停车后拨打心理援助热线 <a href="tel:12356">12356</a>。工会的亲子学堂，也欢迎你和家人一起来。</p>
<p>距离隔不断爱。你心里装着孩子，孩子心里也装着你。</p>`,
    },
    en: {
      title: "Working far from home: staying part of your child's life",
      summary:
        'Driving, travelling or working in another city, you see your child only a few times a year. You may be away, but your heart can still be with them.',
      bodyHtml: `<p>Your child gets full marks for the first time while you are at a service area hundreds of kilometres away. Your child has a fever and all you can do is worry on the phone. At New Year, your child hides behind grandma and takes a while to say "Dad".</p>
<p>Many parents who work away carry guilt: "I have let my child down." But you work hard out there for the family. Even when you are not there, your child can still feel your love.</p>
<h2>Things to try</h2>
<ul>
<li><strong>Call or video at a regular time.</strong> After dinner every day, or every Saturday evening. When your child knows the call will come, they feel secure. Park first; never video call while driving.</li>
<li><strong>Ask about specific things.</strong> Not only "how did the test go?" but "who did you play with today?", "what was lunch?", "did anything funny happen?"</li>
<li><strong>Tell your child about your road.</strong> Send a photo of the view, tell them which city you reached today. Your child will feel that your world and theirs are connected.</li>
<li><strong>Keep your promises.</strong> Even small ones. When you cannot, explain why, honestly.</li>
<li><strong>Thank whoever cares for your child at home.</strong> Your partner or the grandparents work hard every day. Saying "thank you" in front of your child teaches them too.</li>
</ul>
<h2>When you are home</h2>
<p>In the few days you are back, do not rush to discipline and lecture. Play first, share meals, go for walks. When your child feels close to you, they will listen.</p>
<h2>You can talk about the guilt, too</h2>
<p>If missing your child keeps you awake, or arguments about the children keep coming up at home, book a counsellor at a union <a href="/stations">heart station</a> in the app, or park and call the hotline <a href="tel:12356">12356</a>. The union's parent-child classes welcome you and your family too.</p>
<p>Distance cannot cut love. You carry your child in your heart, and your child carries you.</p>`,
    },
  },
];
