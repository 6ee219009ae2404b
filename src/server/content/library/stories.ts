import type { LibraryEntry } from './types';

const noteZh = '<p><em>说明：这是根据多位职工的经历整理的故事，人物和细节已做匿名化处理。</em></p>';
const noteEn =
  '<p><em>Note: this is a composite story drawn from several workers; names and details have been changed.</em></p>';

/** Stories (优秀案例, 现身说法): anonymised composites, each with what helped and where to turn. */
export const stories: LibraryEntry[] = [
  {
    slug: 'story-truck-driver-lao-zhang',
    kind: 'story',
    topics: ['loneliness', 'seeking_help'],
    audiences: ['truck_driver'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '货车司机老张：原来心里难受，不是矫情',
      summary: '跑了十几年长途的老张，一直觉得心里的苦只能自己咽。一次司机活动，让他换了个想法。',
      bodyHtml: `<p>老张四十五岁，跑长途十几年了。一年有三百天在路上，吃住都在车里。</p>
<p>前年开始，他发现自己不对劲。夜里在服务区躺着，怎么也睡不着，胸口闷得慌。白天开车，一点小事就想骂人。给家里打电话，说不了两句就烦。他想：“大男人，这点事算什么，扛一扛就过去了。”</p>
<p>可是扛了大半年，越来越难受。有一次差点追尾，他在应急车道上坐了很久，手一直在抖。</p>
<h2>一次“路上心灵驿站”活动</h2>
<p>后来车队的老伙计拉他去参加工会办的司机活动。老张本来不想去，觉得“心理”这东西离自己太远。</p>
<p>活动上，咨询师没讲大道理，就让大家聊聊跑车的事。说着说着，好几个司机都说了跟他一样的感受：睡不着，心发慌，想家又怕打电话。老张这才知道，原来不是他一个人这样，这是压力大了以后很正常的反应。</p>
<p>那天他还学了“54321感官法”。咨询师说，心慌的时候，先停好车，说出看到的五样东西、摸到的四样东西……老张半信半疑。没想到过了几天，夜里心慌又来了，他试了一遍，真的慢慢平静了下来。</p>
<h2>后来的变化</h2>
<p>老张在手机上做了一次心理健康体检，筛查提示建议他找人聊聊。他回城的时候，在心灵驿站预约了咨询师，聊了几次。咨询师帮他一起想办法：每天固定时间跟家里视频，连续开车不超过四个小时，到了服务区先下车走一走。</p>
<p>现在的老张，还是一样忙，但睡得比以前踏实了。他说：“以前觉得找人说心事丢人。现在想想，就跟感冒看医生一样，有啥丢人的。”</p>
<h2>如果你也有同样的感受</h2>
<p>可以在康乃馨里<a href="/checkup">做个心理健康体检</a>，或者在应用里预约<a href="/stations">心灵驿站</a>的咨询师。在路上，停车后可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
${noteZh}`,
    },
    en: {
      title: 'Lao Zhang, truck driver: feeling bad was not being soft after all',
      summary:
        "After more than ten years of long-haul driving, Lao Zhang believed his troubles were his to swallow. A drivers' event changed his mind.",
      bodyHtml: `<p>Lao Zhang is forty-five and has driven long-haul for over ten years. He spends three hundred days a year on the road, eating and sleeping in his truck.</p>
<p>Two years ago he noticed something was wrong. Lying in his cab at a service area, he could not sleep, and his chest felt tight. At the wheel, small things made him want to shout. On calls home he grew irritable after a couple of sentences. He told himself: "A grown man can handle this. Grit your teeth and it will pass."</p>
<p>But after six months of gritting his teeth, it was worse. Once he nearly rear-ended a lorry, and sat on the hard shoulder for a long time, his hands shaking.</p>
<h2>A "heart station on the road" event</h2>
<p>Later an old friend from his fleet dragged him to a drivers' event run by the union. Lao Zhang did not want to go; "psychology" seemed a world away from him.</p>
<p>At the event the counsellor did not lecture. She just got everyone talking about life on the road. Several drivers described exactly what he felt: not sleeping, a racing heart, missing home yet dreading the calls. Only then did Lao Zhang realise he was not the only one, and that this is a normal reaction to heavy pressure.</p>
<p>That day he also learned the 5-4-3-2-1 method: when panic comes, park first, then name five things you see, four things you can touch, and so on. He was doubtful. But a few nights later the panic came again; he tried it, and slowly calmed down.</p>
<h2>What changed</h2>
<p>Lao Zhang took the mental health check-up on his phone, and the screening hint suggested talking to someone. Back in town, he booked a counsellor at a heart station and went a few times. Together they worked out a plan: a video call home at a fixed time each day, no more than four hours' driving in a row, and a walk at every service area before resting.</p>
<p>He is as busy as ever, but sleeps better than before. "I used to think talking about your feelings was shameful," he says. "Now I see it's like seeing a doctor for a cold. Nothing shameful about it."</p>
<h2>If you feel the same</h2>
<p>Take a <a href="/checkup">mental health check-up</a> in Carnation, or book a counsellor at a <a href="/stations">heart station</a> in the app. On the road, once parked, you can call the hotline <a href="tel:12356">12356</a>.</p>
${noteEn}`,
    },
  },
  {
    slug: 'story-shift-worker-xiao-zhou',
    kind: 'story',
    topics: ['sleep', 'family_parenting'],
    audiences: ['factory_shift', 'parent'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '倒班妈妈小周：睡好了，脾气也好了',
      summary: '三班倒加上带孩子，小周常常对孩子发火，事后又后悔。她是怎么一点点缓过来的？',
      bodyHtml: `<p>小周三十二岁，在电子厂上三班倒。儿子上小学二年级，丈夫在外地打工。</p>
<p>下了夜班，她回家先送孩子上学，回来再睡。可是白天总睡不着，楼下装修，手机消息一条接一条。晚上辅导作业，她一看孩子磨蹭，火就上来了，嗓门大得自己都吓一跳。孩子哭着睡着以后，她一个人坐在床边掉眼泪：“我怎么成了这样的妈妈？”</p>
<h2>从睡觉开始</h2>
<p>一次班组里做心理健康讲座，讲到倒班和睡眠。小周第一次知道，倒班睡不好很常见，睡不好人就容易急躁，不是她“脾气坏”。</p>
<p>讲座后，她鼓起勇气在应用里预约了心灵驿站的咨询师。咨询师没有批评她，而是先帮她看看怎么把觉睡好：买了遮光窗帘和耳塞，白天睡觉时手机静音；跟婆婆商量，夜班后的早上由婆婆送孩子；上夜班前傍晚先小睡一会儿。</p>
<h2>再到跟孩子相处</h2>
<p>咨询师还教了她一个办法：火上来的时候，先说一句“妈妈去喝口水”，到厨房做几次慢呼吸，再回来。一开始很难做到，慢慢地，她发火的次数少了。</p>
<p>她还带着儿子参加了工会的亲子学堂。课上有个游戏，让孩子说说“妈妈最让我开心的一件事”。儿子说：“妈妈周末陪我去河边放风筝。”小周一下子就哭了。</p>
<h2>现在的小周</h2>
<p>她还是三班倒，日子也还是忙。但她说：“我知道累了要先照顾自己。我好了，孩子才能好。”</p>
<h2>如果你也是这样</h2>
<p>倒班睡不好、跟孩子常常起冲突，可以在应用里预约<a href="/stations">心灵驿站</a>的心理咨询师，也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
${noteZh}`,
    },
    en: {
      title: 'Xiao Zhou, a shift-working mother: better sleep, better temper',
      summary:
        'Rotating shifts and a young son left Xiao Zhou snapping at her child and regretting it. How did she slowly get back on her feet?',
      bodyHtml: `<p>Xiao Zhou is thirty-two and works rotating shifts in an electronics factory. Her son is in the second year of primary school; her husband works in another city.</p>
<p>After a night shift she takes her son to school, then goes home to sleep. But she could never sleep in the day: building work downstairs, one phone message after another. In the evening, helping with homework, the moment her son dawdled she flared up, so loudly she scared herself. After he cried himself to sleep, she sat on the edge of the bed in tears: "How did I become this kind of mother?"</p>
<h2>Starting with sleep</h2>
<p>Her team hosted a mental health talk on shift work and sleep. For the first time, Xiao Zhou learned that poor sleep is common on shifts, and that poor sleep makes anyone short-tempered. It was not that she had a bad temper.</p>
<p>After the talk, she plucked up the courage to book a counsellor at a heart station in the app. The counsellor did not criticise her; they started with sleep. Blackout curtains and earplugs, her phone on silent while she slept; her mother-in-law taking her son to school after night shifts; a short nap in the early evening before a night shift.</p>
<h2>Then, time with her son</h2>
<p>The counsellor also taught her one thing to do when anger rises: say "Mum's getting a glass of water", go to the kitchen, take a few slow breaths, then come back. It was hard at first, but gradually she lost her temper less often.</p>
<p>She also took her son to the union's parent-child class. In one game, the children were asked for "one thing Mum does that makes me happiest". Her son said: "Mum takes me to fly a kite by the river at the weekend." Xiao Zhou burst into tears.</p>
<h2>Xiao Zhou today</h2>
<p>She still works rotating shifts and life is still busy. But she says: "I know that when I'm tired I have to look after myself first. When I'm all right, my son is all right."</p>
<h2>If this sounds like you</h2>
<p>If shift work is wrecking your sleep and you clash with your child often, book a counsellor at a <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>
${noteEn}`,
    },
  },
  {
    slug: 'story-master-worker-lao-liu',
    kind: 'story',
    topics: ['seeking_help', 'work_stress'],
    audiences: ['older_worker', 'manufacturing'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '老师傅老刘：新设备来了，我还有用吗？',
      summary: '干了三十年钳工的老刘，在车间换上新生产线以后，整天闷闷不乐。是老伴推了他一把。',
      bodyHtml: `<p>老刘五十六岁，在机械厂干了三十年钳工，是车间里人人都服的老师傅。</p>
<p>去年车间换了新的自动化生产线。电脑屏幕、操作程序，年轻人一学就会，老刘却怎么也记不住。有一次操作出了错，虽然没出事，他却在更衣室里坐了很久。</p>
<p>从那以后，他话越来越少。回家就看电视，饭也吃得少，夜里两三点就醒。老伴问他，他只说：“没事，老了，不中用了。”</p>
<h2>老伴推了他一把</h2>
<p>老伴在手机上看到工会的心灵驿站可以预约咨询，就帮他约了一个周六上午。老刘一开始很抵触：“我又没病，去那儿干啥？”老伴说：“就当陪我去看看。”</p>
<p>到了驿站，房间很安静，咨询师给他倒了杯茶，说谈话的内容是保密的。老刘憋了半天，终于说了一句：“我怕自己没用了。”</p>
<h2>慢慢找回自己的位置</h2>
<p>咨询师没有劝他“想开点”，而是陪他一起把担心一样样说清楚。聊着聊着，老刘发现，新设备他确实不熟，可是哪台机器声音不对、哪个零件快磨坏了，他一听一摸就知道。这些，年轻人还得跟他学。</p>
<p>后来，他主动跟班组长提出：他跟年轻人结对子，他教手艺和经验，年轻人教他用电脑。班组长很支持。</p>
<p>咨询师还建议他每天晚饭后跟老伴出去走一走。几个月下来，他睡得好了些，脸上也有了笑容。</p>
<h2>老刘想说的话</h2>
<p>“我这辈子没想过会去找心理咨询师。去了才知道，就是有个人认真听你说话，帮你把心里的疙瘩解开。老哥们，心里有事，别憋着。”</p>
<h2>如果你也有这样的担心</h2>
<p>可以在应用里预约<a href="/stations">心灵驿站</a>的心理咨询师，一对一，保密。也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
${noteZh}`,
    },
    en: {
      title: 'Lao Liu, master fitter: the new machines came, am I still any use?',
      summary:
        'After thirty years as a fitter, Lao Liu sank into gloom when his workshop got a new production line. It was his wife who gave him a push.',
      bodyHtml: `<p>Lao Liu is fifty-six and has been a fitter at a machinery plant for thirty years, the master everyone in the workshop looks up to.</p>
<p>Last year the workshop got a new automated production line. Screens and operating programmes that the young workers picked up at once would not stick in his head. Once he made an operating error. Nothing bad happened, but he sat in the changing room for a long time afterwards.</p>
<p>From then on he spoke less and less. At home he watched TV, ate little, and woke at two or three in the morning. When his wife asked, he only said: "Nothing. I'm old and useless now."</p>
<h2>His wife gave him a push</h2>
<p>His wife saw on her phone that the union's heart station took bookings, and made him an appointment for a Saturday morning. He resisted: "I'm not ill. Why would I go there?" She said: "Then just come with me and have a look."</p>
<p>At the station the room was quiet. The counsellor poured him tea and explained that what they talked about was confidential. After a long silence, Lao Liu finally said: "I'm afraid I'm no use any more."</p>
<h2>Finding his place again</h2>
<p>The counsellor did not tell him to cheer up. Instead they went through his worries one by one. As they talked, Lao Liu realised that while the new equipment was unfamiliar, he could still tell by sound or touch when a machine was off or a part was wearing out. The young workers still had that to learn from him.</p>
<p>He went to his team leader with an idea: pair him with young workers. He would teach them the craft and experience, and they would teach him the computers. The team leader was all for it.</p>
<p>The counsellor also suggested a walk with his wife after dinner every day. After a few months he was sleeping better, and smiling again.</p>
<h2>What Lao Liu would say</h2>
<p>"I never imagined I'd see a counsellor. When I went, I found it's just someone listening properly and helping you untie the knot inside. Old friends, if something is on your mind, don't bottle it up."</p>
<h2>If you have the same worries</h2>
<p>Book a counsellor at a <a href="/stations">heart station</a> in the app, one to one and confidential, or call the hotline <a href="tel:12356">12356</a>.</p>
${noteEn}`,
    },
  },
  {
    slug: 'story-drivers-wife-sister-li',
    kind: 'story',
    topics: ['family_parenting', 'loneliness'],
    audiences: ['driver_family'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '卡嫂李姐：我不再一个人提心吊胆',
      summary: '丈夫跑长途，李姐在家带孩子、照顾老人，夜里总是睡不着。她在卡嫂姐妹中间找到了力气。',
      bodyHtml: `<p>李姐三十八岁，丈夫开货车跑长途，常常半个月才回一次家。家里有两个孩子，还有一位腿脚不好的婆婆。</p>
<p>最难熬的是夜里。丈夫的电话一打不通，她就睡不着，一遍遍看手机上的定位。下雨天更是坐立不安。白天又要上班、接孩子、做饭，累得腰都直不起来。</p>
<p>有段时间，她动不动就冲孩子发火，丈夫打电话回来，两个人说不了几句就吵。她觉得：“这个家就靠我一个人撑着，谁管过我？”</p>
<h2>认识了一群姐妹</h2>
<p>工会给卡嫂办了一场关爱活动，邻居拉着李姐一起去了。活动上，十几个卡嫂围坐在一起，说着说着都红了眼眶。原来大家的担心都一样。</p>
<p>活动后，她们建了一个群。谁家孩子生病了，有人帮着接送；谁心里烦了，就在群里说几句。李姐说：“有人懂你，心里就不那么空了。”</p>
<h2>跟丈夫重新学着说话</h2>
<p>李姐还在心灵驿站预约了两次咨询。咨询师帮她想了一些办法：跟丈夫约好每天到服务区发一条平安消息，不用一直追着打电话；吵架的时候，先说自己的心情，比如“我一个人在家，真的很害怕”，而不是“你从来不管家里”。</p>
<p>丈夫听了那句话，沉默了一会儿，说：“辛苦你了。”那天晚上，李姐睡了一个好觉。</p>
<h2>现在的李姐</h2>
<p>丈夫还是常年在外，担心也还在。但李姐说：“我现在知道，难受了可以找姐妹，可以找咨询师。我不是一个人在扛。”</p>
<h2>如果你也是卡嫂</h2>
<p>可以在应用里预约<a href="/stations">心灵驿站</a>的心理咨询师，也可以拨打心理援助热线 <a href="tel:12356">12356</a>，有人愿意听你说。</p>
${noteZh}`,
    },
    en: {
      title: "Sister Li, a driver's wife: no longer worrying alone",
      summary:
        "With her husband on long-haul runs, Sister Li looked after the children and her mother-in-law and could not sleep at night. She found strength among other drivers' wives.",
      bodyHtml: `<p>Sister Li is thirty-eight. Her husband drives a truck long-haul and often comes home only every two weeks. They have two children, and her mother-in-law has trouble walking.</p>
<p>The nights were the hardest. When her husband's phone did not answer, she could not sleep, and kept checking his location on her phone. Rainy days were worse. By day there was work, the school run and cooking, and she was so tired her back ached.</p>
<p>For a while she snapped at the children over anything, and when her husband called, a few sentences turned into a row. She thought: "I hold this family up on my own. Who has ever looked after me?"</p>
<h2>Meeting other wives</h2>
<p>The union held a care event for drivers' wives, and a neighbour took Sister Li along. A dozen wives sat in a circle, and as they talked, eyes filled with tears. They all had the same worries.</p>
<p>Afterwards they set up a group chat. When someone's child is ill, another helps with the school run; when someone is having a hard day, she says so in the group. "When someone understands you," Sister Li says, "you don't feel so empty inside."</p>
<h2>Learning to talk with her husband again</h2>
<p>She also booked two sessions at a heart station. The counsellor helped her find some ways forward: agree that her husband sends a safe message from each service area, so she need not keep calling; and in a quarrel, say how she feels first, such as "I'm alone at home and I'm really scared", rather than "you never help at home".</p>
<p>When her husband heard that, he was quiet for a while, then said: "You've had it hard." That night Sister Li slept well.</p>
<h2>Sister Li today</h2>
<p>Her husband is still away most of the time, and the worry has not gone. But she says: "Now I know that when it gets hard I can turn to the other wives, or to a counsellor. I'm not carrying it alone."</p>
<h2>If you are a driver's wife too</h2>
<p>Book a counsellor at a <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>. Someone will be glad to listen.</p>
${noteEn}`,
    },
  },
];
