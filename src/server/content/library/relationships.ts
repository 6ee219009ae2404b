import type { LibraryEntry } from './types';

/** Relationships: couples who see little of each other, and making up after a quarrel. */
export const relationships: LibraryEntry[] = [
  {
    slug: 'close-when-apart',
    kind: 'article',
    topics: ['relationships', 'loneliness'],
    audiences: ['truck_driver', 'driver_family'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '聚少离多，夫妻怎么保持亲近',
      summary: '一个在路上，一个在家里，电话里三句话就吵起来。两个人分开的日子，也能把心拉近。',
      bodyHtml: `<p>他在外面跑车，一个月在家没几天。她在家里带孩子、照顾老人。电话里，一个嫌对方不体谅，一个嫌对方不关心。说不了几句，就挂了。</p>
<p>聚少离多的夫妻，最怕的不是距离，而是心慢慢远了。两个人都累，都委屈，却都觉得对方不懂自己。</p>
<h2>吵架，常常是因为“累”</h2>
<p>司机在路上，担心货、担心钱、担心安全。在家的人，操心孩子、老人、家务。两个人都扛着很重的担子，一点小事就容易点着火。</p>
<p>所以，吵起来的时候，先想一想：他（她）是不是今天太累了？</p>
<h2>可以试试这几件事</h2>
<ul>
<li><strong>先说心情，再说事情。</strong>比如：“今天孩子发烧了，我一个人很慌。”比“你从来不管家里”更容易让对方听进去。</li>
<li><strong>每天说一句暖心的话。</strong>“路上注意安全。”“家里辛苦你了。”一句话，不花钱，却很管用。</li>
<li><strong>别在对方开车或者最累的时候谈大事。</strong>约一个两个人都有空、都平静的时间。</li>
<li><strong>回家的日子，留一点两个人的时间。</strong>一起吃顿饭，散散步，说说这些天各自的事。</li>
<li><strong>吵完了，别冷战太久。</strong>谁先开口，不是谁认输，是谁更在乎这个家。</li>
</ul>
<h2>需要帮忙的时候</h2>
<p>如果两个人一说话就吵，越来越不想联系；或者有一方常常觉得委屈、心里很苦。这时候，可以一起去，或者一个人去，找心理咨询师聊聊。在应用里就能预约工会<a href="/stations">心灵驿站</a>的咨询师，保密。也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>如果吵架时有推搡、打人，或者你感到害怕，这不是“家务事”，请找人帮忙。有危险时，请马上打 <a href="tel:110">110</a>。</p>
<p>距离很远，心可以很近。你们是一起撑起这个家的人。</p>`,
    },
    en: {
      title: 'Staying close when you are often apart',
      summary:
        'One on the road, one at home, and three sentences into a call you are arguing. Couples can grow closer even when they spend most days apart.',
      bodyHtml: `<p>He drives and is home only a few days a month. She looks after the children and the elders. On the phone, one feels unappreciated, the other feels uncared for. A few sentences in, one of them hangs up.</p>
<p>For couples who are often apart, the danger is not the distance but hearts slowly drifting. Both are tired, both feel hard done by, and each thinks the other does not understand.</p>
<h2>Quarrels often come from tiredness</h2>
<p>On the road, the driver worries about loads, money and safety. At home, the other worries about children, elders and housework. Both carry heavy loads, so small things easily spark a fight.</p>
<p>So when a quarrel starts, ask yourself first: is my partner just very tired today?</p>
<h2>Things to try</h2>
<ul>
<li><strong>Say how you feel before what happened.</strong> "Our child had a fever today and I was scared on my own" is easier to hear than "you never help at home".</li>
<li><strong>Say one warm thing every day.</strong> "Drive safely." "Thank you for all you do at home." It costs nothing and it works.</li>
<li><strong>Do not raise big issues while your partner is driving or at their most tired.</strong> Choose a time when you are both free and calm.</li>
<li><strong>When you are home, keep some time for the two of you.</strong> A meal together, a walk, catching up on each other's days.</li>
<li><strong>After a fight, do not go silent for long.</strong> Speaking first is not losing; it shows who cares more about the family.</li>
</ul>
<h2>When you need help</h2>
<p>If every conversation becomes a fight, you want less and less contact, or one of you often feels hurt and miserable, see a counsellor together or on your own. You can book one at a union <a href="/stations">heart station</a> in the app, confidentially, or call the hotline <a href="tel:12356">12356</a>.</p>
<p>If quarrels involve pushing or hitting, or you feel afraid, this is not just a private family matter. Please get help, and if you are in danger, call <a href="tel:110">110</a> at once.</p>
<p>The miles can be long while your hearts stay close. You are the two people holding this family up together.</p>`,
    },
  },
  {
    slug: 'making-up-after-a-quarrel',
    kind: 'article',
    topics: ['relationships', 'emotions'],
    audiences: [],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '吵完架以后，怎么好好和好',
      summary: '夫妻、家人、朋友之间，吵架难免。吵得好不好，和得快不快，有一些小窍门。',
      bodyHtml: `<p>一句话没说好，两个人就吵了起来。声音越来越大，翻出了好多旧账。吵完了，谁也不理谁，家里冷冰冰的。</p>
<p>过日子，哪有不吵架的。吵架本身不可怕，可怕的是吵完了不和好，心里的疙瘩越积越多。</p>
<h2>吵的时候，记住三件事</h2>
<ul>
<li><strong>只说这一件事。</strong>不翻旧账，不扯上对方的家人。</li>
<li><strong>不说伤人的狠话。</strong>“离婚”“你这个人就这样”，这种话说出口，很难收回来。</li>
<li><strong>火太大，先暂停。</strong>说一句：“我现在太生气了，我们过半小时再说。”然后去阳台站一站，慢慢呼吸。</li>
</ul>
<h2>和好，可以这样开口</h2>
<ul>
<li><strong>先说自己的部分。</strong>“刚才我声音太大了，对不起。”先认自己的那一份，对方也更容易软下来。</li>
<li><strong>说出自己真正在意的。</strong>很多时候，吵的是“谁洗碗”，在意的是“我觉得你不关心我”。把心里话说出来。</li>
<li><strong>听听对方的委屈。</strong>不急着辩解，只说：“我明白了，你是觉得……”</li>
<li><strong>一起想个办法。</strong>家务怎么分，钱怎么用，定下来，下回少吵一次。</li>
<li><strong>用小事和好。</strong>倒杯热水，做顿他爱吃的饭，也是一种“对不起”。</li>
</ul>
<h2>什么时候需要帮忙</h2>
<p>如果你们常常吵得很凶，冷战很久，或者一个人心里一直很压抑、很难过，可以找心理咨询师一起聊聊。在应用里就能预约工会<a href="/stations">心灵驿站</a>的咨询师。心里难受时，也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>如果吵架中有人动手，或者你觉得不安全，请先保护好自己，马上打 <a href="tel:110">110</a>。</p>
<p>会吵架，也会和好，这样的关系才更结实。</p>`,
    },
    en: {
      title: 'Making up properly after a quarrel',
      summary:
        'Between couples, family and friends, quarrels happen. There are a few ways to argue better and make up sooner.',
      bodyHtml: `<p>One careless remark, and the two of you are arguing. Voices rise, and old grievances come out. Afterwards nobody speaks, and the home feels cold.</p>
<p>Every household quarrels. Quarrels are not the problem; the problem is not making up, so that the knots inside pile up.</p>
<h2>While you argue, remember three things</h2>
<ul>
<li><strong>Stick to this one issue.</strong> No digging up the past, no dragging in each other's families.</li>
<li><strong>No cruel words.</strong> "Let's divorce", "you're always like this": once said, they are hard to take back.</li>
<li><strong>If you are too angry, pause.</strong> Say: "I'm too angry right now. Let's talk in half an hour." Then step out onto the balcony and breathe slowly.</li>
</ul>
<h2>How to start making up</h2>
<ul>
<li><strong>Own your part first.</strong> "I was too loud just now. I'm sorry." When you own your share, the other person softens more easily.</li>
<li><strong>Say what you really care about.</strong> Often the fight is about who does the dishes, but the hurt is "I feel you don't care about me". Say that.</li>
<li><strong>Listen to how they were hurt.</strong> Do not rush to defend yourself; just say, "I see, you felt that…"</li>
<li><strong>Work out a plan together.</strong> Agree how to share the chores or spend the money, and there is one fewer fight next time.</li>
<li><strong>Make up with small things.</strong> A cup of hot water, cooking their favourite dish: these say sorry too.</li>
</ul>
<h2>When you need help</h2>
<p>If your fights are often fierce, the silences long, or one of you feels constantly weighed down and sad, talk it over with a counsellor. You can book one at a union <a href="/stations">heart station</a> in the app. When it feels hard, you can also call the hotline <a href="tel:12356">12356</a>.</p>
<p>If anyone gets physical during a quarrel, or you do not feel safe, protect yourself first and call <a href="tel:110">110</a> at once.</p>
<p>Being able to quarrel and make up is what makes a relationship strong.</p>`,
    },
  },
];
