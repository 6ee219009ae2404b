import type { LibraryEntry } from './types';

/**
 * The two careful pieces: for a reader who has thoughts of not wanting to live, and for someone worried about
 * another person. Written to safe-messaging guidelines: no means named, no alarming framing, a way to help in
 * every section (12356 first; 120/110 in immediate danger; a counsellor at a heart station).
 */
export const crisisCare: LibraryEntry[] = [
  {
    slug: 'when-you-dont-want-to-live',
    kind: 'article',
    topics: ['emotions', 'seeking_help'],
    audiences: [],
    readingMinutes: 3,
    media: null,
    zh: {
      title: '当“不想活了”的念头出现',
      summary: '如果你心里冒出过“活着太累了”的念头，这篇是写给你的。你不是一个人，现在就有人可以陪你。',
      bodyHtml: `<p>如果你正在读这篇文章，也许你最近很难熬。也许你心里冒出过“活着太累了”“不如不在了”这样的念头。</p>
<p>谢谢你愿意点开看一看。我们想先跟你说：有这样的念头，不代表你软弱，也不是你的错。它常常说明，你心里的苦已经太多、太久，一个人扛不动了。</p>
<h2>如果你现在就有危险</h2>
<ul>
<li>请马上打 <a href="tel:120">120</a> 或 <a href="tel:110">110</a>，或者请身边的人陪你去最近的医院急诊。</li>
<li>如果你正在开车，先找个安全的地方停下来，再打电话。</li>
<li>不要一个人待着。去有人的地方，或者打电话叫家人、朋友过来陪你。</li>
</ul>
<h2>念头会来，也会过去</h2>
<p>最难受的时候，人会觉得“永远都会这样”。但最强烈的那一阵，往往会慢慢减弱。很多人熬过了那一段，后来又找到了好好活下去的理由。</p>
<p>你不需要现在就想明白所有事。先度过今天，先度过这一个小时，就够了。</p>
<h2>现在可以做的几件事</h2>
<ul>
<li><strong>打个电话，说出来。</strong>拨打心理援助热线 <a href="tel:12356">12356</a>。接电话的人受过专门训练，不会骂你，也不会笑话你。很多地方 24 小时有人接；一时没打通，请过几分钟再打。</li>
<li><strong>告诉一个人。</strong>家人、朋友、工友、班组长都可以。只说一句“我最近很不好，有点撑不住了”，就够了。</li>
<li><strong>让自己安全一点。</strong>如果身边有可能用来伤害自己的东西，请交给别人保管，或者放得远远的。</li>
<li><strong>让身体先稳下来。</strong>慢慢吸气，数四下；慢慢呼气，数六下。也可以试试<a href="/tools/grounding">54321感官法</a>，把心思拉回到眼前。</li>
</ul>
<p>所有求助电话都在<a href="/help">紧急求助</a>页面上，没有网络也能打开。</p>
<h2>缓过来以后，找专业的人一起想办法</h2>
<p>等稍微缓过来一点，请找专业的人聊一聊。可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，一对一，保密。也可以去医院的心理科或精神科看看。</p>
<p>还要跟你说一句：你在康乃馨里做的测评，没有人会实时盯着看。所以难受的时候，请主动打电话，主动开口。</p>
<p>你的生命很重要。你不是一个人。</p>`,
    },
    en: {
      title: 'When thoughts of not wanting to live come',
      summary:
        'If you have thought "I am too tired to go on", this is for you. You are not alone, and someone can be with you right now.',
      bodyHtml: `<p>If you are reading this, things may have been very hard lately. Perhaps thoughts like "life is too much" or "it would be better if I weren't here" have crossed your mind.</p>
<p>Thank you for opening this page. Having these thoughts does not make you weak, and it is not your fault. Often it means you have been carrying too much pain for too long, more than one person can carry alone.</p>
<h2>If you are in danger right now</h2>
<ul>
<li>Call <a href="tel:120">120</a> or <a href="tel:110">110</a> now, or ask someone near you to take you to the nearest hospital emergency department.</li>
<li>If you are driving, pull over somewhere safe first, then call.</li>
<li>Do not stay alone. Go where there are people, or call family or a friend to come and be with you.</li>
</ul>
<h2>Thoughts come, and they pass</h2>
<p>At the worst moments it can feel as if it will always be like this. But the strongest wave usually eases. Many people who got through a time like this later found good reasons to keep living.</p>
<p>You do not have to work everything out now. Getting through today, or through the next hour, is enough.</p>
<h2>Things you can do now</h2>
<ul>
<li><strong>Call and say it out loud.</strong> Ring the psychological assistance hotline <a href="tel:12356">12356</a>. The people who answer are trained; they will not scold you or laugh at you. Many places answer 24 hours a day; if you do not get through, please try again in a few minutes.</li>
<li><strong>Tell one person.</strong> Family, a friend, a workmate or your team leader. "I have been in a bad way and I'm struggling to cope" is enough.</li>
<li><strong>Make things a little safer.</strong> If there is anything around you that you might use to hurt yourself, give it to someone to keep, or put it far away.</li>
<li><strong>Steady your body first.</strong> Breathe in slowly for a count of four, out for a count of six. Or try the <a href="/tools/grounding">5-4-3-2-1 grounding exercise</a> to bring your mind back to where you are.</li>
</ul>
<p>All the help lines are on the <a href="/help">crisis help</a> page, which opens even without a network.</p>
<h2>Once the worst has passed, find a professional to work it out with</h2>
<p>When you feel a little steadier, please talk to someone trained. You can book a counsellor at a union <a href="/stations">heart station</a> in the app, one to one and confidential, or see the psychology or psychiatry clinic at a hospital.</p>
<p>One more thing: nobody watches the check-ups you take in Carnation as you answer them. So when you are struggling, please call and speak up yourself.</p>
<p>Your life matters. You are not alone.</p>`,
    },
  },
  {
    slug: 'helping-someone-who-seems-low',
    kind: 'article',
    topics: ['seeking_help', 'relationships'],
    audiences: [],
    readingMinutes: 3,
    media: null,
    zh: {
      title: '身边的人情绪很低落，你可以这样陪他',
      summary: '工友最近话少了，家人整天闷闷不乐？你不需要是专家，也能帮上忙。几句话、一次陪伴，都很重要。',
      bodyHtml: `<p>工友最近总是一个人待着，饭也吃得少。爱人回到家就躺着，说什么都提不起兴趣。你心里着急，又不知道该怎么开口。</p>
<p>你不需要是专家。一句关心，一次陪伴，可能就是他最需要的。</p>
<h2>留意这些变化</h2>
<ul>
<li>话变少了，不爱跟人来往，以前喜欢的事也不做了。</li>
<li>吃不下、睡不着，或者整天昏昏沉沉。</li>
<li>常说“活着没意思”“我是个累赘”“没有我你们会更好”。</li>
<li>突然把心爱的东西送人，或者像在交代后事。</li>
</ul>
<p>出现后面两种情况，要特别上心，尽快帮他找到专业的帮助。</p>
<h2>你可以这样做</h2>
<ul>
<li><strong>找个安静的时候，主动问。</strong>比如：“我看你最近不太对劲，愿意跟我说说吗？”</li>
<li><strong>多听，少讲道理。</strong>不要急着说“想开点”“这有什么大不了”“男人哭什么”。点点头，说一句“这段时间你真不容易”，就很好。</li>
<li><strong>担心的话，可以直接问。</strong>“你是不是有过不想活的念头？”这样问，不会让他更容易走到那一步，反而会让他觉得，终于有人懂了。</li>
<li><strong>陪他去求助。</strong>陪他一起打心理援助热线 <a href="tel:12356">12356</a>，或者帮他在应用里预约<a href="/stations">心灵驿站</a>的心理咨询师，陪他去第一次。</li>
</ul>
<h2>如果他现在就有危险</h2>
<p>如果他说出了要伤害自己的打算，或者你觉得他现在就有危险：</p>
<ul>
<li>不要让他一个人待着，请别人一起陪着。</li>
<li>马上打 <a href="tel:120">120</a> 或 <a href="tel:110">110</a>，或者陪他去最近的医院急诊。</li>
<li>不要答应替他保密。保住他的安全，比守住秘密更重要。</li>
</ul>
<h2>也照顾好你自己</h2>
<p>陪一个难受的人，自己也会累。你不用一个人扛下所有事，可以找家人、工会帮忙，也可以自己打 12356 聊一聊。</p>
<p>你愿意停下来关心他，这本身就很珍贵。</p>`,
    },
    en: {
      title: 'When someone close to you seems very low',
      summary:
        'A workmate has gone quiet, or someone at home seems down all the time? You do not need to be an expert to help. A few words and your company matter.',
      bodyHtml: `<p>A workmate keeps to himself lately and hardly eats. Your partner comes home and lies down, not interested in anything. You are worried, but you do not know how to bring it up.</p>
<p>You do not need to be an expert. A caring word, or simply being there, may be exactly what they need.</p>
<h2>Changes to notice</h2>
<ul>
<li>Talking less, avoiding people, giving up things they used to enjoy.</li>
<li>Not eating or sleeping, or drowsy and dull all day.</li>
<li>Often saying "there's no point", "I'm a burden", "you'd be better off without me".</li>
<li>Suddenly giving away things they treasure, or seeming to put their affairs in order.</li>
</ul>
<p>The last two deserve special attention: help them reach professional support soon.</p>
<h2>What you can do</h2>
<ul>
<li><strong>Ask, at a quiet moment.</strong> For example: "You don't seem yourself lately. Do you want to talk about it?"</li>
<li><strong>Listen more than you advise.</strong> Hold back "cheer up", "it's no big deal" or "men don't cry". A nod and "this has been really hard for you" is a good answer.</li>
<li><strong>If you are worried, ask directly.</strong> "Have you been having thoughts of not wanting to live?" Asking does not put the idea in their head or make it more likely. More often they feel that someone finally understands.</li>
<li><strong>Go with them to get help.</strong> Call the hotline <a href="tel:12356">12356</a> together, or help them book a counsellor at a <a href="/stations">heart station</a> in the app, and go along the first time.</li>
</ul>
<h2>If they are in danger now</h2>
<p>If they tell you they plan to harm themselves, or you feel they are in danger right now:</p>
<ul>
<li>Do not leave them alone; ask someone else to stay with you.</li>
<li>Call <a href="tel:120">120</a> or <a href="tel:110">110</a> now, or take them to the nearest hospital emergency department.</li>
<li>Do not promise to keep it secret. Their safety matters more than a secret.</li>
</ul>
<h2>Look after yourself too</h2>
<p>Supporting someone who is struggling is tiring. You do not have to carry it all: ask family or the union for help, and you can call 12356 yourself to talk it over.</p>
<p>Stopping to care about them is already something precious.</p>`,
    },
  },
];
