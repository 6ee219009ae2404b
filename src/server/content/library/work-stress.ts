import type { LibraryEntry } from './types';

/** Work stress and job burnout (职业倦怠): for everyone, then for platform drivers and riders. */
export const workStress: LibraryEntry[] = [
  {
    slug: 'burnout-is-not-laziness',
    kind: 'article',
    topics: ['work_stress'],
    audiences: [],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '职业倦怠：不是你不努力，是你太累了',
      summary: '一想到上班就发愁，干什么都提不起劲？这可能是职业倦怠。认出它，才能慢慢走出来。',
      bodyHtml: `<p>以前你干活有劲头，现在一想到上班就发愁。早上闹钟一响，心里就沉一下。活还是照样干，可是心里空空的，觉得“干得再好又能怎样”。</p>
<p>这种感觉，叫职业倦怠。它不是懒，也不是你不爱这份工作，而是长时间累过了头，心里的“油箱”见底了。</p>
<h2>看看你有没有这些情况</h2>
<ul>
<li>下了班还是累，睡一觉也缓不过来。</li>
<li>对工作、对同事越来越冷淡，不想多说一句话。</li>
<li>总觉得自己干得不好，干什么都没意义。</li>
<li>容易头疼、胃不舒服，动不动就发脾气。</li>
</ul>
<p>如果有好几条，说明你需要停下来，给自己加加油了。</p>
<h2>可以试试这几件事</h2>
<ul>
<li><strong>把事情分个轻重。</strong>写下手上的活，分成“必须今天做”“可以等一等”“可以找人帮忙”。不是每件事都要做到一百分。</li>
<li><strong>休息就好好休息。</strong>下了班，尽量不看工作群。周末留半天，做点自己喜欢的事。</li>
<li><strong>找回一点成就感。</strong>每天睡前想一想：今天做成了哪一件小事？哪怕只是帮工友解决了一个小问题。</li>
<li><strong>说出你的难处。</strong>活太多、分工不合理，可以找班组长或领导谈一谈。说清楚事情，提一个办法。</li>
<li><strong>工间歇一歇。</strong>每隔一两个小时，站起来活动活动，做几次<a href="/tools/breathing">慢呼吸</a>。</li>
</ul>
<h2>什么时候该找人帮忙</h2>
<p>如果这种累和空，已经持续好几个星期；或者心情一直很低落，睡不好，吃不下，可以先在康乃馨里<a href="/checkup">做个心理健康体检</a>，看看自己的状态。结果是筛查提示，不是诊断。</p>
<p>也可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师聊一聊，或者拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你已经付出了很多。允许自己累，也允许自己停下来歇一歇。</p>`,
    },
    en: {
      title: 'Burnout: you are not lazy, you are worn out',
      summary:
        'Dreading work and unable to find any energy? It may be burnout. Recognising it is the first step out.',
      bodyHtml: `<p>You used to work with drive. Now the thought of work fills you with dread, and your heart sinks when the alarm goes off. You still get the job done, but you feel hollow inside: "What's the point of doing it well?"</p>
<p>This is called burnout. It is not laziness, and it does not mean you dislike your job. It means you have been running too hard for too long, and your tank is empty.</p>
<h2>Do any of these sound familiar?</h2>
<ul>
<li>You are still tired after work, and a night's sleep does not fix it.</li>
<li>You feel colder towards the work and your colleagues, and do not want to say a word more than you must.</li>
<li>You keep feeling you are doing badly, and nothing seems to matter.</li>
<li>Headaches, stomach trouble, and a quick temper.</li>
</ul>
<p>If several of these fit, it is time to stop and refuel.</p>
<h2>Things to try</h2>
<ul>
<li><strong>Sort your tasks.</strong> List what is on your plate as "must be done today", "can wait" and "someone can help". Not everything needs to be perfect.</li>
<li><strong>When you rest, really rest.</strong> After work, stay out of the work chat where you can. Keep half a day at the weekend for something you enjoy.</li>
<li><strong>Notice small wins.</strong> Before bed, think of one thing you got done today, even helping a workmate with a small problem.</li>
<li><strong>Speak up about what is too much.</strong> If the workload or the division of work is unfair, talk to your team leader or manager. Describe the problem and suggest a way forward.</li>
<li><strong>Take short breaks.</strong> Every hour or two, stand up, move, and take a few <a href="/tools/breathing">slow breaths</a>.</li>
</ul>
<h2>When to get help</h2>
<p>If the tiredness and emptiness have lasted several weeks, or your mood stays low and you cannot sleep or eat, start with a <a href="/checkup">mental health check-up</a> in Carnation to see where you are. The result is a screening hint, not a diagnosis.</p>
<p>You can also book a counsellor at a union <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>
<p>You have given a great deal. It is all right to be tired, and all right to stop and rest.</p>`,
    },
  },
  {
    slug: 'after-a-bad-review',
    kind: 'article',
    topics: ['work_stress', 'emotions'],
    audiences: ['ride_hailing_driver'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '收到差评和投诉以后，怎么让心里好受些',
      summary: '一单差评，一整天都不痛快。网约车司机可以这样看待差评，也这样照顾自己的情绪。',
      bodyHtml: `<p>你按导航走，乘客说你绕路。你好心提醒系安全带，乘客嫌你多事。下车后，手机一响：一条差评，或者一个投诉。</p>
<p>一整天的好心情，一下子就没了。心里憋屈，又没处说理。很多网约车司机都有过这种时候。</p>
<h2>一条差评，不等于你这个人</h2>
<p>乘客给差评，有时是因为堵车，有时是他自己心情不好，有时只是一场误会。它说的是那一趟车，不是你整个人。你每天安安全全地拉了那么多乘客，这些都算数。</p>
<h2>可以试试这样做</h2>
<ul>
<li><strong>先停一停，别马上回嘴。</strong>找个安全的地方停车，慢慢呼吸几次。等心里平静了，再决定要不要申诉。</li>
<li><strong>把事情记下来。</strong>时间、地点、发生了什么。需要申诉的时候，用得上。</li>
<li><strong>给自己存一个“好评本”。</strong>把乘客的感谢和好评截图存起来。难受的时候翻一翻，提醒自己：我做得不错。</li>
<li><strong>出车前后给自己一个小仪式。</strong>出车前深呼吸三次，收车后洗把脸，把这一天的事留在车里。</li>
<li><strong>跟车友说说。</strong>大家都碰到过，说出来，笑一笑，心里就轻了。</li>
</ul>
<h2>遇到冲突，安全第一</h2>
<p>如果乘客情绪激动，不要争吵。找人多、亮堂的地方停车。感觉有危险，马上打 <a href="tel:110">110</a>。</p>
<h2>什么时候要找人帮忙</h2>
<p>如果差评和投诉让你好几天都缓不过来，晚上睡不着，开车时心里一直发紧，别一个人憋着。可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师聊一聊，也可以停车后拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你每天载着别人平安到家，也请好好对待自己。</p>`,
    },
    en: {
      title: 'After a bad review or a complaint',
      summary:
        'One bad review can ruin a whole day. How ride-hailing drivers can see reviews in proportion and look after their own feelings.',
      bodyHtml: `<p>You follow the navigation and the passenger says you took the long way. You kindly remind them to buckle up and they say you are fussing. After they get out, your phone buzzes: a bad review, or a complaint.</p>
<p>A whole day's good mood is gone in a moment. You feel wronged, and there is no one to hear your side. Many ride-hailing drivers know this feeling.</p>
<h2>One bad review is not who you are</h2>
<p>Sometimes a passenger rates you low because of traffic, sometimes because of their own bad day, sometimes over a misunderstanding. It is about one trip, not about you as a person. All the passengers you carry safely every day count too.</p>
<h2>Things to try</h2>
<ul>
<li><strong>Pause before you respond.</strong> Stop somewhere safe and take a few slow breaths. Decide whether to appeal once you feel calmer.</li>
<li><strong>Write down what happened.</strong> Time, place, what was said. It helps if you appeal.</li>
<li><strong>Keep a "good reviews" folder.</strong> Save screenshots of thanks and good ratings. On bad days, look through them to remind yourself: I do a good job.</li>
<li><strong>Give yourself a small ritual.</strong> Three deep breaths before you set out; wash your face when you finish, and leave the day in the car.</li>
<li><strong>Talk to other drivers.</strong> They have all been there. Saying it aloud, and laughing about it, lightens the load.</li>
</ul>
<h2>In a conflict, safety first</h2>
<p>If a passenger gets agitated, do not argue. Stop in a busy, well-lit place. If you feel in danger, call <a href="tel:110">110</a> at once.</p>
<h2>When to get help</h2>
<p>If reviews and complaints leave you shaken for days, keep you awake at night, or keep you tense at the wheel, book a counsellor at a union <a href="/stations">heart station</a> in the app, or park and call the hotline <a href="tel:12356">12356</a>.</p>
<p>You bring other people home safe every day. Treat yourself kindly too.</p>`,
    },
  },
  {
    slug: 'racing-the-clock-on-deliveries',
    kind: 'article',
    topics: ['work_stress'],
    audiences: ['delivery_rider'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '和时间赛跑的骑手：慢一点，也没关系',
      summary: '系统在倒计时，顾客在催，电梯迟迟不来。外卖骑手和快递员可以这样给自己减减压。',
      bodyHtml: `<p>手机上的倒计时一秒一秒在跳。商家出餐慢，电梯迟迟不来，小区门口又进不去。顾客打电话来催，语气很冲。超时了，还可能被罚钱。</p>
<p>每天这样跑下来，很多骑手和快递员说，心一直是揪着的。下了班，脑子里还响着接单的提示音。</p>
<h2>超时不是你的错</h2>
<p>出餐慢、堵车、下大雨，这些都不由你决定。超时了，不代表你没本事。你能做的，是把能管的事做好，把管不了的事放下。</p>
<h2>跑单路上可以这样做</h2>
<ul>
<li><strong>安全永远排第一。</strong>不闯红灯，不逆行，不边骑车边看手机。一单再急，也没有你的命重要。</li>
<li><strong>等餐、等电梯的时候，做三次慢呼吸。</strong>吸气数四下，呼气数六下。肩膀放下来，心跳会慢一点。</li>
<li><strong>碰到顾客发火，先别往心里去。</strong>他急的是饭，不是冲着你这个人。说一句“马上到”，再安全地骑过去。</li>
<li><strong>按时吃饭、喝水。</strong>饿着肚子跑单，人更容易着急上火。</li>
<li><strong>收工后，给自己一点时间。</strong>关掉接单提示音，冲个热水澡，跟家里人说说话，或者用<a href="/tools/diary">心情日记</a>记两句今天的事。</li>
</ul>
<h2>有事可以找谁</h2>
<p>遇到不合理的罚款和规定，可以找站长反映，也可以找工会问问，看看有没有办法。你不是一个人在扛。</p>
<p>如果心里一直很烦，晚上睡不好，干什么都没劲，已经好几个星期，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，看看有没有晚上或周末的时间。也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>风里雨里送了那么多单，你辛苦了。慢一点，平平安安最重要。</p>`,
    },
    en: {
      title: 'Racing the clock: it is all right to slow down',
      summary:
        'The app is counting down, the customer is chasing you, the lift will not come. Ways for delivery riders and couriers to ease the pressure.',
      bodyHtml: `<p>The countdown on your phone ticks away. The restaurant is slow, the lift will not come, the estate gate will not let you in. The customer rings to hurry you, sharp-voiced. Run late, and you may be fined.</p>
<p>After days like this, many riders and couriers say their stomach is in knots the whole time. Even after work, the new-order chime keeps ringing in their heads.</p>
<h2>Running late is not your fault</h2>
<p>Slow kitchens, traffic, heavy rain: none of these are up to you. Being late does not mean you are bad at your job. What you can do is handle what is in your hands, and let go of what is not.</p>
<h2>On the road</h2>
<ul>
<li><strong>Safety always comes first.</strong> No red lights, no riding against traffic, no phone while riding. No order is worth more than your life.</li>
<li><strong>While you wait for food or a lift, take three slow breaths.</strong> In for four, out for six. Drop your shoulders and your heart will slow.</li>
<li><strong>When a customer snaps, do not take it to heart.</strong> They are anxious about their meal, not about you. Say "almost there", then ride over safely.</li>
<li><strong>Eat and drink on time.</strong> Riding hungry makes you quicker to panic and flare up.</li>
<li><strong>After work, give yourself some time.</strong> Turn off the order alerts, take a hot shower, talk with your family, or write a couple of lines in the <a href="/tools/diary">mood diary</a>.</li>
</ul>
<h2>Who you can turn to</h2>
<p>If fines or rules seem unfair, raise it with your station manager, or ask the union whether anything can be done. You do not have to carry it alone.</p>
<p>If you have felt on edge, slept badly and had no energy for several weeks, book a counsellor at a union <a href="/stations">heart station</a> in the app; look for evening and weekend times too. You can also call the hotline <a href="tel:12356">12356</a>.</p>
<p>You have delivered through wind and rain. Thank you. Slow down a little; getting there safely matters most.</p>`,
    },
  },
];
