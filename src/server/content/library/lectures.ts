import type { LibraryEntry } from './types';

// Said in every replay until the federation adds its recording (then `media` carries the link).
const recordingZh = '<p>讲座的录像或录音，工会整理好以后会放在这一页。</p>';
const recordingEn =
  '<p>The union will add the video or audio recording of the talk to this page once it is ready.</p>';

/** Lecture replays (讲座回顾): written summaries of the talks the federation gives most often. */
export const lectures: LibraryEntry[] = [
  {
    slug: 'lecture-burnout-and-stress-relief',
    kind: 'lecture',
    topics: ['work_stress', 'emotions'],
    audiences: ['factory_shift', 'manufacturing', 'mining_energy'],
    readingMinutes: 3,
    media: null,
    zh: {
      title: '讲座回顾：职业倦怠怎么办？车间里的减压小方法',
      summary: '这场在企业车间开的讲座，用家常话讲了职业倦怠是怎么回事，还教了几个工休时就能做的减压方法。',
      bodyHtml: `<p>这是工会走进企业车间常开的一场心理健康讲座，听讲的有年轻职工，也有老师傅。咨询师不讲大道理，用身边的事讲了下面这几点。</p>
${recordingZh}
<h2>一、倦怠有三个信号</h2>
<p>第一是“累”：睡一觉也缓不过来。第二是“冷”：对活、对人都提不起热情。第三是“空”：觉得干得再好也没意思。咨询师说，有这些信号，不是人不行，是油箱空了，该加油了。</p>
<h2>二、压力不全是坏事</h2>
<p>有点压力，人会更专心，活干得更好。压力太大、时间太长，人就会垮。就像拉货，装得适量跑得稳，超载了迟早出问题。关键是给自己留出“卸货”的时间。</p>
<h2>三、工休三分钟，就能做的小方法</h2>
<ul>
<li><strong>慢呼吸：</strong>吸气数四下，呼气数六下，做五次。</li>
<li><strong>放松肩膀：</strong>双肩往耳朵方向耸起，停五秒，再一下子放下，做三次。</li>
<li><strong>54321感官法：</strong>说出看到的五样东西、摸到的四样、听到的三种声音、闻到的两种气味、尝到的一种味道。</li>
</ul>
<p>讲座上，咨询师会带大家一起做一遍。这几个方法，康乃馨里都有：<a href="/tools/breathing">呼吸练习</a>、<a href="/tools/relaxation">放松练习</a>、<a href="/tools/grounding">54321感官法</a>。</p>
<h2>四、班组里互相搭把手</h2>
<p>咨询师建议，班组里可以多一点关心：看到工友最近不对劲，递瓶水，问一句“还好吧”。一句话，可能就帮人卸下了一半的担子。</p>
<h2>五、什么时候要找专业的人</h2>
<p>如果低落、烦躁、睡不好已经两个星期以上，影响了上班和生活，就该找人帮忙了。可以在应用里<a href="/checkup">做个心理健康体检</a>，预约工会<a href="/stations">心灵驿站</a>的心理咨询师，也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<h2>常被问到的问题</h2>
<p>常有工友问：“去找心理咨询师，会不会被单位知道？”咨询师的回答是：咨询是保密的，单位和工友不会知道你谈了什么。只有在有生命危险的时候，咨询师才会为了你的安全采取行动，而且通常会先跟你商量。</p>
<p>讲座的最后一句话是：“重视心理健康，是强者的智慧。累了，就歇一歇。”</p>`,
    },
    en: {
      title: 'Lecture replay: burnout, and quick ways to ease stress on the shop floor',
      summary:
        'A talk given on a factory floor, in everyday words: what burnout is, and a few ways to ease stress that fit into a work break.',
      bodyHtml: `<p>This is a talk the union often gives in factory workshops, to young workers and master workers alike. The counsellor skips the theory and uses everyday examples to make these points.</p>
${recordingEn}
<h2>1. Burnout has three signals</h2>
<p>First, tired: a night's sleep does not fix it. Second, cold: no warmth left for the work or the people. Third, empty: doing well no longer seems to matter. These signals do not mean you are failing, the counsellor said; your tank is empty and needs refilling.</p>
<h2>2. Not all pressure is bad</h2>
<p>A little pressure sharpens your focus and helps you do good work. Too much, for too long, and people break down. It is like a truck: loaded right, it runs steady; overloaded, something gives sooner or later. The key is making time to unload.</p>
<h2>3. Three minutes in a break is enough</h2>
<ul>
<li><strong>Slow breathing:</strong> in for four, out for six, five times.</li>
<li><strong>Shoulder release:</strong> lift your shoulders towards your ears, hold for five seconds, then let them drop. Three times.</li>
<li><strong>5-4-3-2-1 grounding:</strong> name five things you see, four you can touch, three sounds you hear, two smells and one taste.</li>
</ul>
<p>At the talk, the counsellor leads everyone through them once. All three are in Carnation: <a href="/tools/breathing">breathing</a>, <a href="/tools/relaxation">relaxation</a> and <a href="/tools/grounding">5-4-3-2-1 grounding</a>.</p>
<h2>4. Look out for each other in the team</h2>
<p>The counsellor suggested a little more care within teams: when a workmate seems off, hand them a bottle of water and ask "all right?". A few words can lift half the load.</p>
<h2>5. When to see a professional</h2>
<p>If low mood, irritability or poor sleep has lasted more than two weeks and affects work and life, it is time to get help. Take the <a href="/checkup">mental health check-up</a> in the app, book a counsellor at a union <a href="/stations">heart station</a>, or call the hotline <a href="tel:12356">12356</a>.</p>
<h2>A question people often ask</h2>
<p>Workers often ask: "If I see a counsellor, will my employer find out?" The counsellor's answer: counselling is confidential; your employer and workmates will not know what you talked about. Only if a life is in danger will a counsellor act to keep you safe, and they will usually talk it through with you first.</p>
<p>The talk ends with: "Caring for your mental health is what strong people do. When you are tired, rest."</p>`,
    },
  },
  {
    slug: 'lecture-effective-communication',
    kind: 'lecture',
    topics: ['communication', 'relationships'],
    audiences: ['office_staff', 'frontline_manager'],
    readingMinutes: 3,
    media: null,
    zh: {
      title: '讲座回顾：高效沟通，让工作少点误会、多点顺心',
      summary: '同一句话，换个说法，结果大不一样。这场讲座讲了听、说、确认和降火的几个实用办法。',
      bodyHtml: `<p>这是给机关、企业的办公室职员和班组长开的讲座，主题是“高效沟通”。咨询师说：工作里的很多累，不是活多，是话没说明白。下面是讲座的几个要点。</p>
${recordingZh}
<h2>一、先听完，再说话</h2>
<p>很多争吵，是因为对方话还没说完，我们就急着反驳。咨询师请大家两人一组练习：一个人说一分钟，另一个人不插话，只点头。练完你会发现，被人完整地听完，感觉真好。</p>
<h2>二、说事情，不说人</h2>
<p>“你这个人就是不靠谱”，对方只会生气。“这份报表晚了两天，客户那边在催”，对方才知道问题在哪。说具体的事，少贴标签。</p>
<h2>三、用“我”开头说感受</h2>
<p>比如：“我有点着急，因为明天就要交了。”比“你怎么还没弄完”更容易让人接受。先说自己的感受和需要，再提请求。</p>
<h2>四、说完了，确认一遍</h2>
<p>布置任务、群里通知，最好加一句：“我再确认一下，你理解的是……对吗？”一来一回，能省下很多返工。</p>
<h2>五、火大的时候，先降温</h2>
<p>发现自己声音变大、心跳变快，就先停一停。说一句“我们过十分钟再聊”，去喝口水，做几次<a href="/tools/breathing">慢呼吸</a>。冷静下来再谈，事情更容易解决。</p>
<h2>给班组长的一点建议</h2>
<p>带班组的人，多问一句“你有什么难处”，少说一句“这点事都做不好”。工友愿意跟你说真话，很多问题在小的时候就能解决。</p>
<h2>常被问到的问题</h2>
<p>常有人问：“跟领导意见不一样，怎么说？”咨询师建议：私下说，先肯定领导想达到的目标，再说自己的担心和另一个办法，最后请领导来定。</p>
<h2>如果沟通让你长期很累</h2>
<p>如果跟同事、领导、家人的关系让你长期憋屈、睡不好，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师聊一聊，也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>`,
    },
    en: {
      title: 'Lecture replay: communicating well, for fewer misunderstandings at work',
      summary:
        'The same words, said another way, can change everything. This talk covered practical ways to listen, speak, check and cool down.',
      bodyHtml: `<p>This talk on communicating well is given to office staff and team leaders in public bodies and companies. Much of the strain at work, the counsellor said, comes not from the amount of work but from things left unclear. These were the main points.</p>
${recordingEn}
<h2>1. Listen to the end, then speak</h2>
<p>Many arguments start because we cut in before the other person has finished. The counsellor had people practise in pairs: one talks for a minute while the other only nods, without interrupting. Try it and you will find how good it feels to be heard out.</p>
<h2>2. Talk about the problem, not the person</h2>
<p>"You're just unreliable" only makes people angry. "This report is two days late and the client is chasing" tells them what the problem is. Be specific, and avoid labels.</p>
<h2>3. Start with "I" to say how you feel</h2>
<p>"I'm a bit anxious because it's due tomorrow" lands better than "why haven't you finished yet?". Say your feeling and your need first, then make your request.</p>
<h2>4. Check you have understood each other</h2>
<p>When you hand out a task or post a notice in the group chat, add: "Let me check: you understand it as…, is that right?" One exchange saves a lot of redoing.</p>
<h2>5. When you are heated, cool down first</h2>
<p>When you notice your voice rising and your heart racing, pause. Say "let's talk again in ten minutes", get some water and take a few <a href="/tools/breathing">slow breaths</a>. Things are easier to solve once you are calm.</p>
<h2>A word for team leaders</h2>
<p>Ask "what's getting in your way?" more, and say "can't you even do this?" less. When your crew feel they can tell you the truth, problems get solved while they are still small.</p>
<h2>A question people often ask</h2>
<p>People often ask how to disagree with a manager. The counsellor's advice: do it in private; first acknowledge what the manager wants to achieve, then give your concern and an alternative, and let the manager decide.</p>
<h2>If communication wears you down</h2>
<p>If relations with colleagues, managers or family have left you feeling stifled or sleeping badly for a long time, book a counsellor at a union <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>`,
    },
  },
  {
    slug: 'lecture-parenting-without-panic',
    kind: 'lecture',
    topics: ['family_parenting'],
    audiences: ['parent'],
    readingMinutes: 3,
    media: null,
    zh: {
      title: '讲座回顾：亲子学堂——家长不焦虑，孩子更安心',
      summary:
        '在工会亲子学堂上，咨询师和职工家长聊了育儿焦虑从哪来、怎么跟孩子好好说话，以及家长怎么照顾好自己。',
      bodyHtml: `<p>工会的亲子学堂面向职工家长，也欢迎常年在外的司机家庭，可以带着孩子一起来。下面是咨询师讲的几个要点。</p>
${recordingZh}
<h2>一、焦虑会“传染”</h2>
<p>家长一着急，孩子就紧张；孩子一紧张，更容易出错；家长看到出错，更着急。咨询师说，想打破这个圈，要从家长先稳下来开始。</p>
<h2>二、先接住孩子的情绪，再讲道理</h2>
<p>孩子哭着说“我不想上学”，别急着说“不上学怎么行”。先蹲下来，说一句：“听起来你今天很难过，能跟我说说吗？”孩子觉得被懂了，才愿意听你讲道理。</p>
<h2>三、陪伴不在时间长，在用心</h2>
<p>上班忙、倒班多，很多家长觉得陪孩子的时间太少。咨询师说，每天十五分钟，放下手机，专心陪孩子玩一会儿、聊一会儿，比一整天在旁边看手机更管用。常年在外的家长，可以固定时间打视频，多问问孩子具体的小事。</p>
<h2>四、规矩要有，温度也要有</h2>
<p>写作业、玩手机、睡觉的时间，可以和孩子一起商量着定。定好了就坚持，态度温和，但不轻易改。</p>
<h2>五、家长也要照顾好自己</h2>
<p>咨询师请大家想一想：上一次为自己做一件开心的事，是什么时候？不少家长一时答不上来。咨询师说，家长的心情好了，家里的空气才会好。累了，可以跟爱人换换班，也可以做几次<a href="/tools/breathing">慢呼吸</a>。</p>
<h2>常被问到的问题</h2>
<p>常有家长问：“我一辅导作业就吼，怎么办？”咨询师建议：觉得火要上来了，先说一句“我去喝口水”，离开几分钟，等平静了再回来。做不到也别自责，下次再试。</p>
<h2>需要帮忙的时候</h2>
<p>如果你长期为孩子的事焦虑、睡不好，或者孩子的情绪、行为让你很担心，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>`,
    },
    en: {
      title: 'Lecture replay: parent-child class, calmer parents, more settled children',
      summary:
        'At the union parent-child class, a counsellor talked with working parents about where parenting anxiety comes from, how to talk with children, and how parents can look after themselves.',
      bodyHtml: `<p>The union's parent-child class is for working parents, including drivers' families who spend much of the year apart, and children are welcome to come along. These are the counsellor's main points.</p>
${recordingEn}
<h2>1. Anxiety is catching</h2>
<p>When a parent gets anxious, the child gets tense; a tense child makes more mistakes; seeing the mistakes, the parent gets more anxious. To break the circle, the counsellor said, start with the parent calming down.</p>
<h2>2. Meet your child's feelings first, then reason</h2>
<p>When your child cries "I don't want to go to school", do not rush to say "you have to go". Crouch down and say: "It sounds like today was really hard. Will you tell me about it?" A child who feels understood is ready to listen.</p>
<h2>3. Time together is about attention, not hours</h2>
<p>With busy jobs and shifts, many parents feel they have too little time with their children. Fifteen minutes a day with the phone put away, fully playing or talking with your child, the counsellor said, does more than a whole day beside them looking at a screen. Parents who work away can call by video at a fixed time and ask about the small things in their child's day.</p>
<h2>4. Rules, with warmth</h2>
<p>Agree times for homework, phone use and bed together with your child. Once agreed, stick to them: gently, but without giving in easily.</p>
<h2>5. Parents need looking after too</h2>
<p>The counsellor asked: when did you last do something just for your own enjoyment? Many parents cannot answer straight away. When parents are in a better mood, the counsellor said, the whole home feels better. When you are worn out, take turns with your partner, or take a few <a href="/tools/breathing">slow breaths</a>.</p>
<h2>A question people often ask</h2>
<p>Parents often ask: "I shout every time I help with homework. What can I do?" The counsellor suggested: when you feel the anger rising, say "I'm getting a glass of water", step away for a few minutes and come back when you are calm. If it does not work every time, do not blame yourself; try again next time.</p>
<h2>When you need help</h2>
<p>If worry about your child has kept you anxious or sleepless for a long time, or your child's feelings or behaviour concern you, book a counsellor at a union <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>`,
    },
  },
];
