import type { LibraryEntry } from './types';

/** For people who work on the road: truck drivers first, then everyone behind a wheel or on a scooter. */
export const onTheRoad: LibraryEntry[] = [
  {
    slug: 'long-haul-pressure',
    kind: 'article',
    topics: ['work_stress'],
    audiences: ['truck_driver', 'transport_logistics'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '跑长途的压力：货、路、钱，一样样来',
      summary: '等货、赶时间、算运费、还车贷……跑车的压力一层压一层。把它拆开来看，就没那么吓人了。',
      bodyHtml: `<p>凌晨三点还在等装货。好不容易装上了，又要赶着卸货的时间。路上堵车、查超载、找停车的地方，回头一算运费，刚够油钱和过路费。车贷每个月准时来。</p>
<p>跑车的人，压力是一层压一层的。时间长了，人会烦躁，胸口发闷，一点小事就想发火。有的司机说：“身体在车上，心一直悬着。”</p>
<h2>先把压力拆开看</h2>
<p>压力堆成一团的时候，最吓人。停车休息时，拿出手机，把烦心的事一条条写下来：</p>
<ul>
<li>哪些是自己能管的？比如路线、休息时间、吃饭。</li>
<li>哪些是自己管不了的？比如天气、堵车、货主的脾气。</li>
</ul>
<p>能管的，挑一件先做。管不了的，告诉自己：“这不是我的错，我尽力了。”</p>
<h2>跑车路上可以试试</h2>
<ul>
<li><strong>到服务区，先活动五分钟。</strong>下车走一走，伸伸腰，转转脖子，比马上躺下更解乏。</li>
<li><strong>停稳车，做几次慢呼吸。</strong>吸气数四下，呼气数六下。可以跟着<a href="/tools/breathing">呼吸练习</a>做。开车时不要看手机。</li>
<li><strong>给家里打个电话。</strong>不一定说烦心事，听听孩子的声音，心里就有了着落。</li>
<li><strong>找几个靠得住的车友。</strong>互相报个平安，交流路况和货源，遇事有人商量。</li>
</ul>
<h2>别让压力一直压着</h2>
<p>如果连着两个星期睡不好、吃不香，开车时老走神，或者脾气大到自己都害怕，就该找人帮忙了。</p>
<p>回到城里，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，一对一聊，保密。在路上，也可以停车后打心理援助热线 <a href="tel:12356">12356</a>，全国各地都能打。</p>
<p>你拉的每一车货，都撑着一个家。辛苦了，也请照顾好自己。</p>`,
    },
    en: {
      title: 'The pressure of long-haul driving: loads, roads and money',
      summary:
        'Waiting for loads, racing the clock, working out the rate, paying off the truck: the pressures pile up. Taken one at a time, they are less frightening.',
      bodyHtml: `<p>It is three in the morning and you are still waiting to load. Once loaded, you race to make the unloading slot. Then come the traffic jams, the weight checks, the hunt for a place to park. When you add it up, the rate barely covers fuel and tolls, and the truck payment arrives on time every month.</p>
<p>For drivers, pressure stacks up layer on layer. Over time you get irritable, your chest feels tight, and small things make you snap. As one driver put it: "My body is in the cab, but my heart never settles."</p>
<h2>Take the pressure apart</h2>
<p>Stress is at its worst when it is one big knot. When you stop for a break, write your worries down on your phone, one by one:</p>
<ul>
<li>Which ones can you do something about? Your route, your rest times, your meals.</li>
<li>Which ones are out of your hands? Weather, traffic, a shipper's temper.</li>
</ul>
<p>Pick one thing you can change and start there. For the rest, tell yourself: "This is not my fault. I did my best."</p>
<h2>Things to try on the road</h2>
<ul>
<li><strong>At a service area, move for five minutes first.</strong> Walk, stretch your back, roll your neck. It refreshes you more than lying down straight away.</li>
<li><strong>Once parked, take a few slow breaths.</strong> In for four, out for six. The <a href="/tools/breathing">breathing exercise</a> can guide you. Never look at your phone while driving.</li>
<li><strong>Call home.</strong> You do not have to talk about your worries. Hearing your child's voice can be enough to steady you.</li>
<li><strong>Keep a few trusted driver friends.</strong> Check in with each other, share road news and loads, and you have someone to turn to.</li>
</ul>
<h2>Do not let it sit on you</h2>
<p>If for two weeks you have slept and eaten badly, your mind wanders at the wheel, or your temper scares even you, it is time to get help.</p>
<p>When you are back in town, book a counsellor at a union <a href="/stations">heart station</a> in the app, one to one and confidential. On the road, once you have parked, you can call the hotline <a href="tel:12356">12356</a> from anywhere in China.</p>
<p>Every load you haul keeps a family going. Thank you for your hard work, and please look after yourself too.</p>`,
    },
  },
  {
    slug: 'alone-in-the-cab',
    kind: 'article',
    topics: ['loneliness'],
    audiences: ['truck_driver'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '一个人跑车的孤独，怎么排解',
      summary: '一天十几个小时，一个人，一辆车，一条路。孤独是跑车人常有的感受，它不丢人，也有办法缓解。',
      bodyHtml: `<p>白天对着方向盘，晚上睡在驾驶室。一天说不了几句话。过年过节，常常还在路上。</p>
<p>很多货车司机说，最难熬的不是累，是闷。心里有事，不知道跟谁说。跟家里说，怕他们担心；跟别人说，又怕被笑话“大男人还矫情”。</p>
<p>其实，孤独是人人都会有的感受。一个人长时间在路上，感到孤单、空落，再正常不过。</p>
<h2>孤独久了，会悄悄影响人</h2>
<p>有的人变得越来越不想说话，有的人靠刷手机到半夜，有的人借酒消愁。时间长了，睡不好，开车容易走神，心情也越来越低。</p>
<h2>可以试试这几件事</h2>
<ul>
<li><strong>每天固定跟一个人说说话。</strong>比如晚饭后给家里打个视频，或者跟老车友聊十分钟。停好车再打。</li>
<li><strong>在服务区跟人打个招呼。</strong>问问路况，递根烟，聊两句。一句话，也是一种连接。</li>
<li><strong>给自己找点小乐趣。</strong>听听戏曲、评书、老歌，记一记路上看到的好风景。</li>
<li><strong>把心情写下来。</strong>用<a href="/tools/diary">心情日记</a>记两句：今天怎么样，有什么开心和不开心。过段时间回头看，心里会更有数。</li>
</ul>
<h2>你不是一个人在路上</h2>
<p>工会会办“路上心灵驿站”这样的活动，司机们可以聚在一起聊聊天，学几招调节情绪的小方法。很多司机聊过才发现：心里难受不是矫情，是人人都会有的正常反应。</p>
<p>如果孤单、低落已经好几个星期，怎么调都不见好，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，也可以停车后打心理援助热线 <a href="tel:12356">12356</a>，有人愿意听你说。</p>
<p>路很长，但你并不孤单。</p>`,
    },
    en: {
      title: 'Alone in the cab: easing the loneliness of the road',
      summary:
        'Ten-plus hours a day: one person, one truck, one road. Loneliness is common for drivers. It is nothing to be ashamed of, and it can be eased.',
      bodyHtml: `<p>All day at the wheel, all night in the sleeper cab. Some days you hardly speak to anyone. Holidays often find you still on the road.</p>
<p>Many truck drivers say the hardest part is not tiredness but the silence. When something is on your mind, there is no one to tell. You do not want to worry your family, and you fear others will laugh at a grown man being soft.</p>
<p>Loneliness is something everyone feels. After long stretches alone on the road, feeling lonely and empty is completely normal.</p>
<h2>Loneliness creeps up on you</h2>
<p>Some drivers stop wanting to talk at all. Some scroll their phones until midnight. Some turn to drink. Over time, sleep suffers, concentration at the wheel slips, and mood sinks lower.</p>
<h2>Things to try</h2>
<ul>
<li><strong>Talk to one person every day, at a set time.</strong> A video call home after dinner, or ten minutes with an old driver friend. Park first.</li>
<li><strong>Say hello at the service area.</strong> Ask about the road ahead, share a smoke, chat for a minute. A few words are still a connection.</li>
<li><strong>Find small pleasures.</strong> Opera, storytelling, old songs; note a fine view you passed today.</li>
<li><strong>Write your mood down.</strong> A couple of lines in the <a href="/tools/diary">mood diary</a>: how today went, what was good and what was not. Looking back later helps you see the pattern.</li>
</ul>
<h2>You are not alone on the road</h2>
<p>The union runs events such as "heart stations on the road", where drivers get together, talk, and learn simple ways to handle their feelings. Many drivers find out there that feeling bad is not being soft; it is a normal reaction that everyone has.</p>
<p>If loneliness and low mood have lasted several weeks and nothing helps, book a counsellor at a union <a href="/stations">heart station</a> in the app, or park and call the hotline <a href="tel:12356">12356</a>. Someone will be glad to listen.</p>
<p>The road is long, but you are not alone on it.</p>`,
    },
  },
  {
    slug: 'anger-behind-the-wheel',
    kind: 'article',
    topics: ['emotions'],
    audiences: ['truck_driver', 'ride_hailing_driver', 'delivery_rider'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '路上火气大，怎么让自己先冷静下来',
      summary:
        '被人别车、被催单、被堵在路上，火一下子就上来了。几个简单的办法，帮你在路上稳住情绪、稳住方向盘。',
      bodyHtml: `<p>前面的车突然变道，差点蹭上。后面一直按喇叭。乘客嫌你绕路，顾客嫌你送得慢。火气“噌”地一下就上来了。</p>
<p>在路上讨生活，谁都有憋不住的时候。生气本身没有错，它是在告诉你：“我受委屈了。”但带着火气开车，最容易出事。先稳住自己，就是保护自己。</p>
<h2>火上来的时候，先做这三步</h2>
<ol>
<li><strong>松开手，慢呼吸。</strong>握方向盘的手松一松，肩膀放下来。慢慢吸气数四下，慢慢呼气数六下，做三次。</li>
<li><strong>跟自己说一句话。</strong>比如：“不值得，安全到家最要紧。”提前想好一句，到时候就能用上。</li>
<li><strong>拉开距离。</strong>离那辆车远一点，不斗气，不追车，不别回去。</li>
</ol>
<h2>平时可以这样做</h2>
<ul>
<li><strong>别饿着、别熬着开车。</strong>人饿了、困了，火气特别大。按时吃饭，累了就找安全的地方停车休息。</li>
<li><strong>停车后把气撒出来。</strong>下车走几步，甩甩胳膊，或者跟信得过的人吐吐槽。也可以做一遍<a href="/tools/relaxation">放松练习</a>。</li>
<li><strong>留意自己的“火药桶”。</strong>是赶时间的时候？还是家里有事的时候？知道了，就能提前防一手。</li>
</ul>
<h2>什么时候要找人帮忙</h2>
<p>如果发火越来越频繁，回家也对家人吼，或者事后常常后悔、自责，说明心里积压的东西太多了。</p>
<p>可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，聊聊最近的压力。也可以停车后打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你每天在路上奔波，已经很不容易。对自己好一点，平安到家就是最大的本事。</p>`,
    },
    en: {
      title: 'Angry on the road: how to calm yourself first',
      summary:
        'Cut off, chased for an order, stuck in traffic: anger flares in a second. A few simple steps help you keep your temper, and your vehicle, steady.',
      bodyHtml: `<p>The car ahead swerves into your lane and nearly clips you. Someone behind leans on the horn. A passenger says you took the long way; a customer says you are late. Your temper flares in an instant.</p>
<p>Everyone who earns a living on the road has moments like this. Anger itself is not wrong: it is telling you "I have been treated unfairly". But driving angry is when accidents happen. Steadying yourself first is how you protect yourself.</p>
<h2>When the anger rises, three steps</h2>
<ol>
<li><strong>Loosen your grip and breathe slowly.</strong> Relax your hands on the wheel and drop your shoulders. Breathe in for four, out for six, three times.</li>
<li><strong>Say one sentence to yourself.</strong> For example: "It's not worth it. Getting home safe is what counts." Choose it in advance, so it is ready when you need it.</li>
<li><strong>Put distance between you.</strong> Drop back from that vehicle. Do not race, chase or cut them off in return.</li>
</ol>
<h2>Day to day</h2>
<ul>
<li><strong>Do not drive hungry or worn out.</strong> Hunger and tiredness make tempers short. Eat on time, and when you are tired, stop somewhere safe to rest.</li>
<li><strong>Let it out once you have parked.</strong> Walk a few steps, shake out your arms, or vent to someone you trust. The <a href="/tools/relaxation">relaxation exercise</a> helps too.</li>
<li><strong>Know what sets you off.</strong> Is it when you are running late? When something is wrong at home? Knowing helps you get ahead of it.</li>
</ul>
<h2>When to get help</h2>
<p>If you lose your temper more and more often, shout at your family at home, or often feel regret and blame yourself afterwards, too much has built up inside.</p>
<p>Book a counsellor at a union <a href="/stations">heart station</a> in the app to talk about the pressure you are under, or park and call the hotline <a href="tel:12356">12356</a>.</p>
<p>Working the roads every day is hard. Go easy on yourself. Getting home safe is the greatest skill of all.</p>`,
    },
  },
];
