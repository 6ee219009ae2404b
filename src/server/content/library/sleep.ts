import type { LibraryEntry } from './types';

/** Sleep: night driving, shift work, and a mind that will not switch off. */
export const sleep: LibraryEntry[] = [
  {
    slug: 'night-driving-and-sleep',
    kind: 'article',
    topics: ['sleep'],
    audiences: ['truck_driver', 'ride_hailing_driver'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '夜里跑车，怎么睡得好、开得稳',
      summary: '夜车跑多了，白天睡不踏实，开车时眼皮打架。几个办法，帮你把觉补回来，把车开稳。',
      bodyHtml: `<p>夜里车少，跑得快，很多司机愿意跑夜车。可是跑多了，白天怎么也睡不踏实。外面有声音，车里太热，躺下了脑子还在转。第二天开车，眼皮直打架。</p>
<p>困的时候开车，和喝了酒开车一样危险。睡好觉，不只是为了舒服，更是为了平安。</p>
<h2>困了，就停下来</h2>
<ul>
<li><strong>按规定休息。</strong>连续开车不要超过 4 个小时，停下来至少歇 20 分钟。</li>
<li><strong>困了马上找地方停。</strong>开窗、抽烟、喝浓茶，只能顶一小会儿。真正管用的，只有睡觉。</li>
<li><strong>小睡一会儿很解乏。</strong>在服务区停好车，睡 20 分钟左右，醒来活动一下再走。</li>
</ul>
<h2>白天补觉，这样睡更香</h2>
<ul>
<li><strong>把车里弄暗、弄静。</strong>拉好遮光帘，戴眼罩和耳塞。</li>
<li><strong>睡前别吃太饱，少喝浓茶和咖啡。</strong>饿着也睡不好，可以吃点清淡的。</li>
<li><strong>别拿手机刷到睡着。</strong>屏幕的光会让脑子更清醒。</li>
<li><strong>躺下后慢慢放松。</strong>从脚到头，一点点放松身上的肌肉。可以跟着<a href="/tools/relaxation">放松练习</a>做。</li>
<li><strong>尽量固定时间睡。</strong>每天差不多的时间睡下，身体会慢慢适应。</li>
</ul>
<h2>家里人可以这样帮</h2>
<p>卡嫂和家人可以记下司机大概什么时候睡觉，那段时间少打电话。等他醒了，再好好聊。</p>
<h2>睡不好太久，要找人看看</h2>
<p>如果一个月以上都睡不好，白天总是犯困，或者心里烦得睡不着，就去医院看看。可以挂睡眠门诊或心理科。也可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，或者停车后拨打心理援助热线 <a href="tel:12356">12356</a>，说说心里的事。</p>
<p>家里人盼着你平安回来。先睡好，再上路。</p>`,
    },
    en: {
      title: 'Driving at night: sleeping well and driving safely',
      summary:
        'After many night runs, daytime sleep is shallow and your eyelids droop at the wheel. A few ways to catch up on sleep and drive safely.',
      bodyHtml: `<p>The roads are quiet at night and the miles go fast, so many drivers take night runs. But after a while, sleeping in the day gets hard: noise outside, a hot cab, a mind still turning. The next day your eyes keep closing at the wheel.</p>
<p>Driving drowsy is as dangerous as driving after drinking. Good sleep is not only about comfort; it is about getting home safe.</p>
<h2>When you are sleepy, stop</h2>
<ul>
<li><strong>Take the breaks the rules require.</strong> Do not drive more than four hours in a row, and rest at least twenty minutes each time.</li>
<li><strong>When drowsiness hits, find a place to stop.</strong> An open window, a cigarette or strong tea only buys a few minutes. The only real fix is sleep.</li>
<li><strong>A short nap works wonders.</strong> Park at a service area, sleep about twenty minutes, then move around a little before setting off.</li>
</ul>
<h2>Sleeping better in the day</h2>
<ul>
<li><strong>Make the cab dark and quiet.</strong> Close the blackout curtain; use an eye mask and earplugs.</li>
<li><strong>Do not go to bed stuffed, and go easy on strong tea and coffee.</strong> Hunger keeps you awake too, so have something light.</li>
<li><strong>Do not scroll until you drop off.</strong> Screen light wakes the brain up.</li>
<li><strong>Relax slowly once you lie down.</strong> Let your muscles go, bit by bit, from your feet to your head. The <a href="/tools/relaxation">relaxation exercise</a> can guide you.</li>
<li><strong>Keep regular hours where you can.</strong> Going to sleep at about the same time each day helps your body adjust.</li>
</ul>
<h2>How family can help</h2>
<p>Drivers' wives and families can note roughly when the driver sleeps and avoid calling then. Have a proper chat once he is awake.</p>
<h2>If poor sleep goes on, get it looked at</h2>
<p>If you have slept badly for over a month, are sleepy all day, or worries keep you awake, see a hospital sleep clinic or psychology clinic. You can also book a counsellor at a union <a href="/stations">heart station</a> in the app, or park and call the hotline <a href="tel:12356">12356</a> to talk about what is on your mind.</p>
<p>Your family is waiting for you to come home safe. Sleep first, then drive.</p>`,
    },
  },
  {
    slug: 'sleep-after-night-shift',
    kind: 'article',
    topics: ['sleep'],
    audiences: ['factory_shift', 'manufacturing', 'mining_energy'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '倒班的日子，怎么把觉睡好',
      summary: '上完夜班，天亮了反而睡不着；刚习惯了，又要倒回白班。倒班职工可以这样照顾自己的睡眠。',
      bodyHtml: `<p>下了夜班，天已经大亮。明明很累，躺下了却睡不着。楼下有人说话，孩子要上学，家里人走来走去。好不容易睡着了，没几个小时又醒了。</p>
<p>人的身体习惯白天醒、晚上睡。倒班等于让身体反着来，睡不好很正常，不是你“身体差”。但有一些办法，能让你睡得更好一些。</p>
<h2>下夜班回家的路上</h2>
<ul>
<li><strong>少见强光。</strong>天亮时可以戴个墨镜，让身体知道“该睡了”。</li>
<li><strong>别在路上刷手机。</strong>到家后简单洗漱，吃点清淡的，就去睡。</li>
</ul>
<h2>把卧室变成“黑夜”</h2>
<ul>
<li>装上遮光窗帘，或者戴眼罩。</li>
<li>戴耳塞，手机调成静音。</li>
<li>跟家里人说好你的睡觉时间，门上可以挂个小牌子。</li>
</ul>
<h2>几个小习惯</h2>
<ul>
<li><strong>上夜班前小睡一会儿。</strong>傍晚睡一个多小时，夜里会精神一些。</li>
<li><strong>下班前几个小时，少喝浓茶、咖啡。</strong></li>
<li><strong>别靠喝酒助眠。</strong>喝了酒好像容易睡着，其实夜里更容易醒，睡得更浅。</li>
<li><strong>躺下睡不着，别硬躺。</strong>做一遍<a href="/tools/breathing">呼吸练习</a>，让身体慢下来。</li>
<li><strong>休息日别一下子全倒回来。</strong>睡觉时间慢慢调，身体更好适应。</li>
</ul>
<h2>什么时候要找人帮忙</h2>
<p>如果倒班以后，长时间睡不好，白天心慌、烦躁，干活老走神，甚至担心出安全问题，别硬撑。可以跟班组长商量排班，也可以去医院的睡眠门诊看看。</p>
<p>心里烦的时候，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，或者拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你守着夜里的机器，也请守好自己的身体和心情。</p>`,
    },
    en: {
      title: 'Sleeping well when you work shifts',
      summary:
        'After a night shift you cannot sleep in daylight, and just as you adjust, it is back to days. How shift workers can look after their sleep.',
      bodyHtml: `<p>When the night shift ends, it is broad daylight. You are exhausted, yet you lie awake. People talk downstairs, the children get ready for school, the family moves around. When you finally drop off, you wake again a few hours later.</p>
<p>Our bodies are made to be awake by day and asleep at night. Shift work turns that around, so poor sleep is normal, not a sign that you are weak. Still, a few things can help you sleep better.</p>
<h2>On the way home from a night shift</h2>
<ul>
<li><strong>Avoid bright light.</strong> Sunglasses in the morning tell your body it is time to sleep.</li>
<li><strong>Leave the phone alone on the way.</strong> At home, wash, eat something light, and go to bed.</li>
</ul>
<h2>Turn your bedroom into night</h2>
<ul>
<li>Put up blackout curtains, or wear an eye mask.</li>
<li>Use earplugs and put your phone on silent.</li>
<li>Agree your sleep hours with your family; a small sign on the door helps.</li>
</ul>
<h2>Small habits</h2>
<ul>
<li><strong>Nap before a night shift.</strong> An hour or so in the early evening keeps you sharper through the night.</li>
<li><strong>Cut down on strong tea and coffee in the last few hours of your shift.</strong></li>
<li><strong>Do not drink alcohol to get to sleep.</strong> It may help you drop off, but you wake more and sleep lighter.</li>
<li><strong>If sleep will not come, do not force it.</strong> Do the <a href="/tools/breathing">breathing exercise</a> to slow your body down.</li>
<li><strong>On days off, do not flip back all at once.</strong> Shift your sleep times gradually so your body can keep up.</li>
</ul>
<h2>When to get help</h2>
<p>If you have slept badly for a long time since starting shifts, feel jittery and irritable in the day, your mind drifts at work, or you worry about safety, do not just push through. Talk to your team leader about the rota, and see a hospital sleep clinic.</p>
<p>When things weigh on you, book a counsellor at a union <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>
<p>You keep the machines running through the night. Please keep yourself well too.</p>`,
    },
  },
  {
    slug: 'when-your-mind-wont-switch-off',
    kind: 'article',
    topics: ['sleep', 'emotions'],
    audiences: [],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '躺下了，脑子却停不下来',
      summary: '白天的事、明天的事、家里的事，一到晚上全冒出来。试试这几个办法，让脑子慢慢安静下来。',
      bodyHtml: `<p>关了灯，躺在床上，脑子却像放电影。今天被领导说了两句，明天的活干不完，孩子的成绩，老人的身体，下个月的房贷……越想越清醒。越清醒，越着急。</p>
<p>很多人都有过这样的夜晚。这不是你想太多，而是白天太忙，心里的事没有时间处理，只好等到晚上一起冒出来。</p>
<h2>睡前一小时，给脑子“下班”</h2>
<ul>
<li><strong>把烦心事写下来。</strong>睡前拿张纸或者用<a href="/tools/diary">心情日记</a>，把担心的事一条条写下。再写一句：“明天再想。”写下来，脑子就不用一直记着。</li>
<li><strong>放下手机。</strong>刷视频、看消息，会让脑子越来越兴奋。睡前半小时，把手机放远一点。</li>
<li><strong>做点让身体放松的事。</strong>泡泡脚，听点轻音乐，做几个伸展动作。</li>
</ul>
<h2>躺下睡不着的时候</h2>
<ul>
<li><strong>慢慢呼吸。</strong>吸气数四下，呼气数六下。把注意力放在呼吸上，想法来了，就让它走。可以跟着<a href="/tools/breathing">呼吸练习</a>做。</li>
<li><strong>放松身体。</strong>从脚开始，绷紧五秒，再松开。一点点往上，到肩膀和脸。也可以用<a href="/tools/relaxation">放松练习</a>。</li>
<li><strong>实在睡不着，就起来一会儿。</strong>到另一个房间，开一盏小灯，坐着休息。有困意了再回床上。不要躺着干着急。</li>
</ul>
<h2>白天也可以帮一帮晚上</h2>
<p>白天晒晒太阳，活动活动身体。下午少喝浓茶、咖啡。不管晚上睡得怎么样，早上尽量按时起床。</p>
<h2>什么时候要找人帮忙</h2>
<p>如果一个月以上，每周有好几个晚上都睡不着；或者心里一直很焦虑、很低落，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，也可以去医院的睡眠门诊或心理科看看。夜里心里特别难受，可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>一晚没睡好，天塌不下来。对自己温柔一点，慢慢来。</p>`,
    },
    en: {
      title: 'When you lie down but your mind will not stop',
      summary:
        "Today's problems, tomorrow's jobs, worries at home: at night they all come out. A few ways to let your mind settle.",
      bodyHtml: `<p>The light is off and you are in bed, but your mind is playing a film. The boss's remark today, the work you will not finish tomorrow, your child's marks, your parents' health, next month's mortgage. The more you think, the more awake you get, and the more awake you get, the more anxious you feel.</p>
<p>Many people know nights like this. It is not that you think too much. The day is so busy that worries get no time, so they all come out at night.</p>
<h2>An hour before bed, let your mind clock off</h2>
<ul>
<li><strong>Write your worries down.</strong> On a piece of paper, or in the <a href="/tools/diary">mood diary</a>, list what is bothering you, then add: "I'll think about it tomorrow." Once it is written, your mind does not have to keep hold of it.</li>
<li><strong>Put the phone down.</strong> Videos and messages wind the brain up. Half an hour before bed, put the phone out of reach.</li>
<li><strong>Do something that relaxes your body.</strong> Soak your feet, play some gentle music, do a few stretches.</li>
</ul>
<h2>When you cannot fall asleep</h2>
<ul>
<li><strong>Breathe slowly.</strong> In for four, out for six. Keep your attention on your breath; when a thought comes, let it go. The <a href="/tools/breathing">breathing exercise</a> can guide you.</li>
<li><strong>Relax your body.</strong> Start at your feet: tense for five seconds, then let go. Work slowly up to your shoulders and face, or use the <a href="/tools/relaxation">relaxation exercise</a>.</li>
<li><strong>If sleep really will not come, get up for a while.</strong> Go to another room, switch on a small lamp and sit quietly. Go back to bed when you feel sleepy, rather than lying there fretting.</li>
</ul>
<h2>The day can help the night</h2>
<p>Get some daylight and move your body during the day. Cut down on strong tea and coffee in the afternoon. However the night went, try to get up at the usual time.</p>
<h2>When to get help</h2>
<p>If for over a month you cannot sleep several nights a week, or you feel anxious or low all the time, book a counsellor at a union <a href="/stations">heart station</a> in the app, or see a hospital sleep clinic or psychology clinic. If things feel very hard in the night, call the hotline <a href="tel:12356">12356</a>.</p>
<p>One bad night will not bring the sky down. Be gentle with yourself and take it slowly.</p>`,
    },
  },
];
