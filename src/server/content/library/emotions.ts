import type { LibraryEntry } from './types';

/** Handling emotions: what feelings are for, and the 5-4-3-2-1 grounding the lectures teach (54321感官法). */
export const emotions: LibraryEntry[] = [
  {
    slug: 'feelings-are-signals',
    kind: 'article',
    topics: ['emotions'],
    audiences: [],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '心里难受不是矫情，情绪是在给你报信',
      summary: '烦躁、委屈、心慌、低落，这些情绪都不是“毛病”。听懂它们在说什么，就知道该怎么照顾自己。',
      bodyHtml: `<p>“大男人，有什么好难受的。”“想开点，别矫情。”很多人从小听着这样的话长大。心里不舒服，就压着，忍着，假装没事。</p>
<p>其实，情绪就像身体的疼。手被烫了会疼，是在提醒你快缩回来。心里难受，也是在提醒你：有些事需要你注意了。</p>
<h2>听听情绪在说什么</h2>
<ul>
<li><strong>生气</strong>，常常是在说：“我受委屈了，我的底线被碰到了。”</li>
<li><strong>着急、心慌</strong>，常常是在说：“我担心会出事，我想做好准备。”</li>
<li><strong>难过、低落</strong>，常常是在说：“我失去了什么，我需要歇一歇，需要有人陪。”</li>
<li><strong>烦躁</strong>，常常是在说：“我太累了，事情太多了。”</li>
</ul>
<p>情绪没有好坏。它来了，不用急着赶它走，先认出它：“哦，我现在是生气了。”光是说出来，心里就会松一点。</p>
<h2>情绪上来时，可以这样做</h2>
<ul>
<li><strong>先停一停。</strong>别急着说话、做决定。离开一会儿，喝口水。</li>
<li><strong>慢慢呼吸。</strong>吸气数四下，呼气数六下，做五次。可以跟着<a href="/tools/breathing">呼吸练习</a>做。</li>
<li><strong>动一动身体。</strong>快走几分钟，甩甩手，伸伸腰。</li>
<li><strong>记下来。</strong>用<a href="/tools/diary">心情日记</a>记一笔：今天什么事让我不舒服？我当时怎么想的？过几天再看，会看得更清楚。</li>
</ul>
<h2>什么时候要找人帮忙</h2>
<p>如果难受的情绪好几个星期都没有好转，影响了吃饭、睡觉、上班，就该找人聊聊了。如果你发现自己越来越靠喝酒、刷手机来躲开它，也该找人聊聊。</p>
<p>可以先在康乃馨里<a href="/checkup">做个心理健康体检</a>，结果是筛查提示，不是诊断。也可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，或者拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你的心情，值得被认真对待。</p>`,
    },
    en: {
      title: 'Feeling bad is not being soft: emotions are messengers',
      summary:
        'Irritation, hurt, panic, sadness: none of these are faults. When you understand what they are telling you, you know how to look after yourself.',
      bodyHtml: `<p>"A grown man has nothing to be upset about." "Cheer up, don't make a fuss." Many of us grew up hearing this. When something hurts inside, we push it down, grit our teeth and pretend all is fine.</p>
<p>But emotions are like physical pain. When you touch something hot, the pain tells you to pull your hand back. When you feel bad inside, it is telling you that something needs your attention.</p>
<h2>Hear what the feeling is saying</h2>
<ul>
<li><strong>Anger</strong> often says: "I have been wronged; a line has been crossed."</li>
<li><strong>Worry and panic</strong> often say: "I'm afraid something will go wrong; I want to be ready."</li>
<li><strong>Sadness and low mood</strong> often say: "I have lost something; I need rest and company."</li>
<li><strong>Irritability</strong> often says: "I'm too tired; there is too much going on."</li>
</ul>
<p>Feelings are neither good nor bad. When one arrives, you do not have to chase it away. Just name it: "Ah, I'm angry right now." Simply naming it loosens its grip a little.</p>
<h2>When a feeling surges</h2>
<ul>
<li><strong>Pause.</strong> Do not rush to speak or decide. Step away and have some water.</li>
<li><strong>Breathe slowly.</strong> In for four, out for six, five times. The <a href="/tools/breathing">breathing exercise</a> can guide you.</li>
<li><strong>Move your body.</strong> Walk briskly for a few minutes, shake out your hands, stretch your back.</li>
<li><strong>Write it down.</strong> A note in the <a href="/tools/diary">mood diary</a>: what upset me today? What did I think at the time? A few days later you will see it more clearly.</li>
</ul>
<h2>When to get help</h2>
<p>If painful feelings have not eased for several weeks and are affecting your eating, sleep or work, or you find yourself relying more and more on drink or your phone to escape them, it is time to talk to someone.</p>
<p>You could start with a <a href="/checkup">mental health check-up</a> in Carnation; the result is a screening hint, not a diagnosis. You can also book a counsellor at a union <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>
<p>How you feel deserves to be taken seriously.</p>`,
    },
  },
  {
    slug: 'grounding-54321',
    kind: 'article',
    topics: ['emotions'],
    audiences: [],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '54321感官法：心慌的时候，把自己拉回眼前',
      summary: '心跳得厉害，脑子乱成一团？用眼睛、耳朵、手和鼻子，一两分钟就能让自己慢慢稳下来。',
      bodyHtml: `<p>有时候，心慌会突然冒出来。可能是在车间里，可能是在等货的时候，也可能是半夜醒来。心跳得厉害，手心出汗，脑子里全是“完了”“怎么办”。</p>
<p>这时候，讲道理往往没有用。更管用的办法，是把注意力从脑子里的担心，拉回到眼前的真实世界。“54321感官法”就是这样一个小工具，工会的讲座上常教，用起来很简单。</p>
<h2>怎么做</h2>
<p>不管在哪里，先停下来。如果在开车，请先找个安全的地方停好车。然后慢慢地，在心里或者小声说出来：</p>
<ol>
<li><strong>5 样你看到的东西。</strong>比如：方向盘、一棵树、墙上的钟、自己的鞋、天上的云。</li>
<li><strong>4 样你摸到的东西。</strong>比如：衣服的布料、椅子的扶手、手里的杯子、脚踩着的地。</li>
<li><strong>3 种你听到的声音。</strong>比如：机器声、远处的车声、自己的呼吸声。</li>
<li><strong>2 种你闻到的气味。</strong>比如：茶香、机油味。闻不到，就想一想你喜欢的气味。</li>
<li><strong>1 种你尝到的味道。</strong>比如：嘴里的茶味。也可以喝一口水。</li>
</ol>
<p>做完一遍，再慢慢呼吸几次。很多人会发现，心跳慢下来了，脑子也清楚了一些。</p>
<h2>几个小提醒</h2>
<ul>
<li>平时心情好的时候多练几次，真遇上心慌，才用得上。</li>
<li>没有对错，说慢一点、说少几样都没关系。</li>
<li>康乃馨里有<a href="/tools/grounding">54321感官法</a>的小工具，一步步带着你做，没有网络也能用。</li>
</ul>
<h2>什么时候要找人帮忙</h2>
<p>如果心慌越来越频繁，或者你开始害怕出门、害怕上班，请去医院看一看。也可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师。心里特别难受的时候，可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>慌的时候，记住：这一阵会过去的。你已经在照顾自己了。</p>`,
    },
    en: {
      title: '5-4-3-2-1 grounding: bringing yourself back when panic hits',
      summary:
        'Heart pounding, mind in a whirl? Using your eyes, ears, hands and nose, you can steady yourself in a minute or two.',
      bodyHtml: `<p>Sometimes panic comes out of nowhere: on the shop floor, while waiting for a load, or when you wake in the night. Your heart pounds, your palms sweat, and your head fills with "this is it" and "what do I do".</p>
<p>At moments like this, reasoning rarely helps. What works better is to pull your attention away from the worry in your head and back to the real world in front of you. The 5-4-3-2-1 method is a small tool for exactly that. Union talks often teach it, and it is simple to use.</p>
<h2>How to do it</h2>
<p>Wherever you are, stop. If you are driving, first pull over somewhere safe. Then slowly, in your head or under your breath, name:</p>
<ol>
<li><strong>5 things you can see.</strong> The steering wheel, a tree, the clock on the wall, your shoes, the clouds.</li>
<li><strong>4 things you can touch.</strong> The cloth of your clothes, the arm of the chair, the cup in your hand, the ground under your feet.</li>
<li><strong>3 sounds you can hear.</strong> Machines, traffic in the distance, your own breathing.</li>
<li><strong>2 things you can smell.</strong> Tea, machine oil. If you smell nothing, think of a smell you like.</li>
<li><strong>1 thing you can taste.</strong> The tea in your mouth, or take a sip of water.</li>
</ol>
<p>When you have finished, breathe slowly a few times. Many people find their heart has slowed and their head is clearer.</p>
<h2>A few tips</h2>
<ul>
<li>Practise a few times when you feel fine, so it is there when you need it.</li>
<li>There is no right or wrong. Going slowly or naming fewer things is fine.</li>
<li>Carnation has a <a href="/tools/grounding">5-4-3-2-1 grounding tool</a> that guides you step by step, even without a network.</li>
</ul>
<h2>When to get help</h2>
<p>If panic comes often, more and more frequently, or you start to fear going out or going to work, see a doctor, or book a counsellor at a union <a href="/stations">heart station</a> in the app. When things feel very hard, call the hotline <a href="tel:12356">12356</a>.</p>
<p>When panic comes, remember: this wave will pass. You are already taking care of yourself.</p>`,
    },
  },
];
