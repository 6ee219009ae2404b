import type { LibraryEntry } from './types';

/** Seeking help is strength: the service's own message, "心理求助如同感冒看医生". */
export const seekingHelp: LibraryEntry[] = [
  {
    slug: 'seeking-help-like-seeing-a-doctor',
    kind: 'article',
    topics: ['seeking_help'],
    audiences: [],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '心理求助，就像感冒看医生',
      summary: '心里累了、烦了，不是矫情。先自己调一调，调不好就找人帮忙，这和感冒看医生是一个道理。',
      bodyHtml: `<p>感冒了，我们会多喝热水，早点睡觉。要是发烧几天不退，就去看医生。没有人会说你“太脆弱”。</p>
<p>心里的事也一样。累了、烦了、睡不好，先自己调一调。调了一段时间还不见好，就找专业的人帮帮忙。这和感冒看医生，是一个道理。</p>
<h2>心里难受，不是矫情</h2>
<p>很多人觉得，心里不舒服要自己扛。说出来怕人笑话，怕被说“想不开”。</p>
<p>其实，压力大了会心慌、发脾气、吃不下、睡不着，这是人人都会有的反应。干重活会腰酸，跑长途会眼花，心也会累。</p>
<p>重视心理健康，是强者的智慧。能说出一句“我最近不太好”，需要勇气。</p>
<h2>可以先试试这几件事</h2>
<ul>
<li><strong>做一次心理健康体检。</strong>在康乃馨里<a href="/checkup">做个自测</a>，几分钟就好，不用留名字。结果是筛查提示，不是诊断，能帮你看看自己最近的状态。</li>
<li><strong>找一个信得过的人说说。</strong>家人、老朋友、工友都行。不用讲道理，说出来心里就松一点。</li>
<li><strong>每天给自己留五分钟。</strong>慢慢呼吸，或者出去走一走。可以跟着<a href="/tools/breathing">呼吸练习</a>做。</li>
</ul>
<h2>什么时候该找人帮忙</h2>
<p>如果心情低落、睡不好、提不起劲，已经有两个星期；或者已经影响到上班和家里的生活，就别再一个人扛了。</p>
<ul>
<li>到工会的<a href="/stations">心灵驿站</a>，在应用里预约心理咨询师。一对一聊，谈话内容保密。</li>
<li>拨打心理援助热线 <a href="tel:12356">12356</a>，有专业的人听你说。</li>
<li>如果有伤害自己的念头，或者身边有人有危险，请马上打 <a href="tel:120">120</a> 或 <a href="tel:110">110</a>。</li>
</ul>
<p>你每天都很辛苦。照顾好自己的心，和照顾好身体一样重要。</p>`,
    },
    en: {
      title: 'Asking for help is like seeing a doctor for a cold',
      summary:
        'Feeling worn out or low is not being soft. Try to look after yourself first; if it does not get better, get help, just as you would for a cold that will not go away.',
      bodyHtml: `<p>When we catch a cold, we drink something hot and go to bed early. If the fever lasts for days, we see a doctor. Nobody calls that weak.</p>
<p>The mind works the same way. When you are tired, on edge or sleeping badly, first try to look after yourself. If it does not get better after a while, ask someone trained to help. It is the same as seeing a doctor for a cold.</p>
<h2>Feeling bad is not making a fuss</h2>
<p>Many of us think we should carry our worries alone. We are afraid of being laughed at, or of people saying we "can't cope".</p>
<p>But under pressure, anyone's heart can race, temper can flare, appetite and sleep can go. Heavy work makes your back ache; long hours on the road tire your eyes. The mind gets tired too.</p>
<p>Looking after your mental health is what strong people do. Saying "I'm not doing so well lately" takes courage.</p>
<h2>A few things to try first</h2>
<ul>
<li><strong>Take a mental health check-up.</strong> <a href="/checkup">Do a short self-check</a> in Carnation: a few minutes, no name needed. The result is a screening hint, not a diagnosis, and shows how you have been lately.</li>
<li><strong>Talk to someone you trust.</strong> Family, an old friend, a workmate. You do not need answers; saying it out loud already helps.</li>
<li><strong>Give yourself five minutes a day.</strong> Breathe slowly or take a short walk. The <a href="/tools/breathing">breathing exercise</a> can guide you.</li>
</ul>
<h2>When to get help</h2>
<p>If low mood, poor sleep or having no energy has lasted two weeks, or it is getting in the way of work or home life, you do not have to carry it alone.</p>
<ul>
<li>Book a counsellor at a union <a href="/stations">heart station</a> in the app. You talk one to one, and what you say stays confidential.</li>
<li>Call the psychological assistance hotline <a href="tel:12356">12356</a> and talk to someone trained to listen.</li>
<li>If you have thoughts of harming yourself, or someone is in danger, call <a href="tel:120">120</a> or <a href="tel:110">110</a> now.</li>
</ul>
<p>You work hard every day. Looking after your mind matters as much as looking after your body.</p>`,
    },
  },
  {
    slug: 'first-visit-to-a-heart-station',
    kind: 'article',
    topics: ['seeking_help'],
    audiences: [],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '第一次去心灵驿站，会是什么样？',
      summary: '不知道咨询是怎么回事，心里有点打鼓？这篇讲讲从预约到坐下来聊天，会经历些什么。',
      bodyHtml: `<p>很多人想去聊一聊，又有点犹豫：要说些什么？会不会被人知道？咨询师会不会觉得我有毛病？</p>
<p>这些担心都很正常。下面说说第一次去心灵驿站，大概是什么样子。</p>
<h2>预约：几步就好</h2>
<p>在康乃馨里打开<a href="/stations">心灵驿站</a>，找一个离你近的地方，挑一个方便的时间。可以用手机号预约，不用讲清楚是什么事。临时去不了，也可以改时间或者取消。</p>
<h2>到了驿站</h2>
<p>驿站的房间布置得比较温馨，有沙发，灯光柔和。咨询师会先跟你打个招呼，说明谈话是保密的。你的单位和工友不会知道你说了什么。</p>
<p>只有一种情况例外：如果你或别人有生命危险，咨询师会想办法保护你的安全。这是为了你好，他通常会先跟你商量。</p>
<h2>聊些什么</h2>
<p>想到哪说到哪就行。可以说工作上的累，家里的烦心事，夫妻之间的别扭，也可以只说“我最近睡不好”。说不出来也没关系，咨询师会慢慢问，你想答就答。</p>
<p>咨询师不会给你贴标签，也不会批评你。他的工作是认真听，帮你把乱成一团的事理一理，一起想想接下来可以怎么做。</p>
<h2>去之前可以做的准备</h2>
<ul>
<li>想一想，最近最让你烦心的是哪一两件事。记在手机上也行。</li>
<li>可以先<a href="/checkup">做个心理健康体检</a>。结果只是筛查提示，要不要拿给咨询师看，由你决定。</li>
<li>提前几分钟到，喝口水，深呼吸几次。</li>
</ul>
<h2>等不到预约的时候</h2>
<p>如果心里特别难受，等不到约好的那天，可以先打心理援助热线 <a href="tel:12356">12356</a>。如果有伤害自己的念头，或者有人身危险，请马上打 <a href="tel:120">120</a> 或 <a href="tel:110">110</a>。</p>
<p>迈出第一步最难。你愿意来，已经很了不起了。</p>`,
    },
    en: {
      title: 'Your first visit to a heart station: what to expect',
      summary:
        'Not sure what counselling is like and a bit nervous? Here is what happens, from booking to sitting down for a talk.',
      bodyHtml: `<p>Many people would like to talk to someone but hold back. What do I say? Will anyone find out? Will the counsellor think something is wrong with me?</p>
<p>These worries are normal. Here is roughly what a first visit to a heart station looks like.</p>
<h2>Booking takes a few steps</h2>
<p>Open <a href="/stations">heart stations</a> in Carnation, pick one near you and a time that suits you. A phone number is enough to book, and you do not have to explain why. If something comes up, you can move or cancel the appointment.</p>
<h2>At the station</h2>
<p>The rooms are made to feel calm and comfortable, with a sofa and soft light. The counsellor greets you and explains that what you say is confidential. Your employer and workmates will not know what you talked about.</p>
<p>There is one exception: if your life or someone else's is in danger, the counsellor will act to keep you safe, and will usually talk it through with you first.</p>
<h2>What to talk about</h2>
<p>Start wherever you like: tiredness at work, worries at home, friction with your partner, or simply "I have not been sleeping well". If the words do not come, that is fine too. The counsellor will ask gently, and you answer only what you want to.</p>
<p>The counsellor will not label you or judge you. Their job is to listen carefully, help you untangle what feels knotted, and think with you about what to do next.</p>
<h2>Getting ready</h2>
<ul>
<li>Think of the one or two things that weigh on you most. A note on your phone is enough.</li>
<li>You could <a href="/checkup">take the check-up</a> first. The result is a screening hint, and it is up to you whether to show it.</li>
<li>Arrive a few minutes early, have some water and take a few slow breaths.</li>
</ul>
<h2>If you cannot wait</h2>
<p>If things feel too hard to wait for the appointment, call the hotline <a href="tel:12356">12356</a> first. If you have thoughts of harming yourself, or anyone is in danger, call <a href="tel:120">120</a> or <a href="tel:110">110</a> now.</p>
<p>The first step is the hardest. Choosing to come is already a big thing.</p>`,
    },
  },
  {
    slug: 'older-workers-can-say-im-tired',
    kind: 'article',
    topics: ['seeking_help', 'emotions'],
    audiences: ['older_worker'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '老师傅，也可以说一句“我累了”',
      summary: '干了大半辈子，习惯了什么都自己扛。可人到这个年纪，心里的担子也需要有人帮着挑一挑。',
      bodyHtml: `<p>在厂里、矿上，老师傅是大家的主心骨。机器出了毛病找你，年轻人不会干找你，家里的大事小事也是你拿主意。</p>
<p>干了几十年，你习惯了什么都自己扛。心里有事，抽根烟、喝口茶，就过去了。“找人说心事”，总觉得不像个男人，不像个师傅。</p>
<h2>这个年纪，心里的担子不轻</h2>
<p>身体不如从前，夜里容易醒。新设备、新系统越来越多，学起来吃力。孩子的工作、房子，老人的身体，样样都要操心。快退休了，又担心以后闲下来没着落。</p>
<p>这些压力压在一起，人会变得急躁，爱发火，或者整天闷着不说话。这不是你不行了，是心太累了。</p>
<h2>可以试试这样做</h2>
<ul>
<li><strong>跟老伙计聊聊。</strong>一起下棋、散步的时候，说说最近的烦心事。你会发现，大家都差不多。</li>
<li><strong>把手艺教出去。</strong>带带徒弟，你的经验有人接着，心里也踏实。</li>
<li><strong>每天活动活动。</strong>饭后走半小时，或者做做<a href="/tools/relaxation">放松练习</a>，对睡觉也有好处。</li>
<li><strong>做一次心理健康体检。</strong>在手机上<a href="/checkup">做个自测</a>，不用留名字，结果是筛查提示，不是看病。</li>
</ul>
<h2>找人帮忙，不丢人</h2>
<p>身体不舒服，你会去医院。心里不舒服，也可以找人看看。工会的<a href="/stations">心灵驿站</a>有心理咨询师，可以在应用里预约，一对一聊，保密。也可以打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>如果心里苦到有了不想活的念头，请一定马上说出来：打 12356，或者告诉家里人。有危险的时候，打 <a href="tel:120">120</a> 或 <a href="tel:110">110</a>。</p>
<p>你撑了这么多年，值得被好好照顾一回。</p>`,
    },
    en: {
      title: 'Master workers can say "I\'m tired" too',
      summary:
        'After a lifetime of carrying everything yourself, it is all right to let someone help carry the weight on your mind.',
      bodyHtml: `<p>In the plant or down the mine, the master worker is the one everyone leans on. When a machine breaks, they come to you. When a young worker is stuck, they come to you. At home, you make the big decisions too.</p>
<p>After decades of this, you are used to carrying it all. When something is on your mind, you have a smoke or a cup of tea and get on with it. Talking about your feelings can seem unmanly, not what a master does.</p>
<h2>The load at this age is heavy</h2>
<p>Your body is not what it was, and you wake in the night. New machines and new systems keep coming and take effort to learn. Your children's jobs and housing, your parents' health: all of it needs worrying about. Retirement is close, and you wonder what you will do with yourself.</p>
<p>All of this together can make you short-tempered, or silent all day. That does not mean you are past it. It means your mind is very tired.</p>
<h2>Things to try</h2>
<ul>
<li><strong>Talk with old friends.</strong> Over a game of chess or a walk, mention what is bothering you. You will find most of them feel the same.</li>
<li><strong>Pass your skills on.</strong> Teaching an apprentice means your experience lives on, and that is steadying.</li>
<li><strong>Move a little every day.</strong> A half-hour walk after dinner, or the <a href="/tools/relaxation">relaxation exercise</a>, also helps you sleep.</li>
<li><strong>Take a mental health check-up.</strong> <a href="/checkup">A self-check</a> on your phone, no name needed. It gives a screening hint; it is not a medical visit.</li>
</ul>
<h2>Getting help is nothing to be ashamed of</h2>
<p>When your body hurts, you see a doctor. When your mind hurts, you can see someone too. The union's <a href="/stations">heart stations</a> have counsellors you can book in the app, one to one and confidential. You can also call the hotline <a href="tel:12356">12356</a>.</p>
<p>If things get so hard that you have thoughts of not wanting to live, please say so straight away: call 12356, or tell your family. If you are in danger, call <a href="tel:120">120</a> or <a href="tel:110">110</a>.</p>
<p>You have held things together for so many years. You deserve to be looked after for once.</p>`,
    },
  },
];
