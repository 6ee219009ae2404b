import type { LibraryEntry } from './types';

/** Communication at work (高效沟通): speaking up, saying no, and team leaders who look out for their crew. */
export const communication: LibraryEntry[] = [
  {
    slug: 'speaking-up-to-your-team-leader',
    kind: 'article',
    topics: ['communication', 'work_stress'],
    audiences: ['factory_shift', 'manufacturing'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '有难处，怎么跟班组长开口',
      summary: '活太多、排班不合理、家里有急事，想说又不敢说？四步把话说清楚，对方也更容易听进去。',
      bodyHtml: `<p>这个月连着上了好几个夜班，身体快撑不住了。家里孩子没人接，想调个班。心里想了好多遍，可一到班组长跟前，话又咽了回去。怕被说“事多”，怕以后被穿小鞋。</p>
<p>有难处说出来，不是给人添麻烦。班组长不是神仙，你不说，他可能真不知道。</p>
<h2>四步把话说清楚</h2>
<ol>
<li><strong>挑个好时机。</strong>别在交接班最忙的时候，也别当着一大群人。可以说：“班长，等你有空，我想跟你说个事，五分钟就行。”</li>
<li><strong>先说事实。</strong>比如：“这个月我上了十二个夜班。”具体的数字，比“我太累了”更有分量。</li>
<li><strong>再说影响。</strong>“最近白天睡不好，干活容易走神，我怕出安全问题。”</li>
<li><strong>最后提个办法。</strong>“下周能不能跟小李换两个班？他说他可以。”带着办法去，对方更好拍板。</li>
</ol>
<h2>说的时候，注意这几点</h2>
<ul>
<li><strong>语气平和，少用“总是”“从来”。</strong>“你总是给我排夜班”，对方一听就想辩解。</li>
<li><strong>听听对方的难处。</strong>排班也有排班的难。两边都说清楚了，才好找到中间的路。</li>
<li><strong>一次没谈成，也别灰心。</strong>过几天可以再找机会，或者请工会小组长帮着反映。</li>
</ul>
<h2>去之前，先稳一稳</h2>
<p>紧张的时候，心跳快，话也说不利索。开口前，做几次<a href="/tools/breathing">慢呼吸</a>，把要说的三句话写在手机上。</p>
<h2>心里压着的事，也可以找人聊</h2>
<p>如果跟同事、领导的关系让你长时间很憋屈，上班前就发愁，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师，一起想想怎么说、怎么做。心里实在难受，可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>会说出自己的需要，是一种本事，也可以慢慢练。</p>`,
    },
    en: {
      title: 'How to raise a problem with your team leader',
      summary:
        'Too much work, an unfair rota, an emergency at home, but you hesitate to say so? Four steps to say it clearly, so it is easier to hear.',
      bodyHtml: `<p>You have done night after night this month and your body is close to giving out. Nobody can pick your child up from school, and you want to swap a shift. You have rehearsed it many times, but in front of the team leader the words stick in your throat. You are afraid of being seen as trouble, or of being punished for it later.</p>
<p>Raising a problem is not being a nuisance. Your team leader is not a mind reader; if you do not say it, they may genuinely not know.</p>
<h2>Four steps to say it clearly</h2>
<ol>
<li><strong>Pick a good moment.</strong> Not in the rush of shift handover, and not in front of everyone. Try: "When you have a minute, could I talk to you about something? Five minutes."</li>
<li><strong>Start with the facts.</strong> "I have worked twelve night shifts this month." A concrete number carries more weight than "I'm too tired".</li>
<li><strong>Then the effect.</strong> "I'm not sleeping well in the day and my mind wanders at work. I'm worried about safety."</li>
<li><strong>Finish with a suggestion.</strong> "Could I swap two shifts with Xiao Li next week? He says he can." Bring a solution and it is easier to say yes.</li>
</ol>
<h2>While you talk</h2>
<ul>
<li><strong>Keep your tone calm; avoid "always" and "never".</strong> "You always put me on nights" makes people defensive.</li>
<li><strong>Listen to their side.</strong> Making a rota is hard too. When both sides are clear, you can find a middle way.</li>
<li><strong>If it does not work the first time, do not give up.</strong> Try again in a few days, or ask your union group representative to raise it.</li>
</ul>
<h2>Steady yourself first</h2>
<p>When you are nervous, your heart races and the words come out wrong. Before you speak, take a few <a href="/tools/breathing">slow breaths</a> and note the three things you want to say on your phone.</p>
<h2>You can talk over what weighs on you</h2>
<p>If relations with colleagues or managers have left you feeling stifled for a long time, and you dread going in, book a counsellor at a union <a href="/stations">heart station</a> in the app to think through what to say and do. If it feels too hard, call the hotline <a href="tel:12356">12356</a>.</p>
<p>Saying what you need is a skill, and it can be practised.</p>`,
    },
  },
  {
    slug: 'saying-no-without-a-fight',
    kind: 'article',
    topics: ['communication'],
    audiences: ['office_staff', 'public_sector'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '好好说“不”：办公室里的沟通小窍门',
      summary: '活一件件往身上堆，不好意思推；群里一句话，各自理解不一样。几个小窍门，让沟通省心又省力。',
      bodyHtml: `<p>快下班了，同事又把一份材料推过来：“帮个忙，急用。”你手上的活还没干完，可是不好意思拒绝。结果自己加班到九点，第二天还被领导说交得晚。</p>
<p>办公室里的累，很多不是活本身，而是沟通没说清楚。</p>
<h2>好好说“不”</h2>
<p>拒绝别人，不等于不合群。可以试试这样说：</p>
<ul>
<li><strong>先说明自己的情况。</strong>“我手上这份报表今天必须交。”</li>
<li><strong>再给一个你能做到的。</strong>“明天上午我可以帮你看一遍。”</li>
<li><strong>拿不准的，交给领导定。</strong>“两件事都急，你看先做哪一件？”让领导排个先后，比自己硬扛强。</li>
</ul>
<h2>把话说清楚，少返工</h2>
<ul>
<li><strong>接任务时，问清三件事：</strong>要什么、什么时候要、做到什么程度。</li>
<li><strong>群里的消息，重要的单独确认。</strong>一句“收到，我理解的是……，对吗？”能省很多麻烦。</li>
<li><strong>有情绪的时候，先别回消息。</strong>喝口水，走两步，过十分钟再回。</li>
</ul>
<h2>跟同事有摩擦怎么办</h2>
<p>找个合适的时候，当面聊，别在群里争。先说事，不说人：“那份材料我们俩都改了，版本乱了。”比“你又乱改我的东西”好得多。</p>
<h2>别让沟通压力一直堆着</h2>
<p>你是不是每天都在担心别人怎么看你？开会发言前心跳得厉害？下班后还在想白天的话说得对不对？可以试试工间做几次<a href="/tools/breathing">慢呼吸</a>。如果这样已经好几个星期，可以在应用里预约工会<a href="/stations">心灵驿站</a>的心理咨询师聊一聊，也可以拨打心理援助热线 <a href="tel:12356">12356</a>。</p>
<p>你的时间和精力也很宝贵。照顾好自己，才能把事情做好。</p>`,
    },
    en: {
      title: 'Saying no kindly: communication tips for the office',
      summary:
        'Tasks keep piling onto you and you feel bad refusing; one message in the group chat means different things to different people. A few tips to make communication easier.',
      bodyHtml: `<p>Just before home time, a colleague pushes a document your way: "Can you help? It's urgent." You have not finished your own work, but you feel bad saying no. You end up working until nine, and the next day your manager says your own report was late.</p>
<p>Much of the strain in office work is not the work itself but communication that was never made clear.</p>
<h2>Saying no, kindly</h2>
<p>Saying no does not mean you are not a team player. Try it like this:</p>
<ul>
<li><strong>Explain where you are.</strong> "This report has to go in today."</li>
<li><strong>Offer what you can do.</strong> "I can look through it tomorrow morning."</li>
<li><strong>When you are unsure, let the manager decide.</strong> "Both are urgent. Which should come first?" Letting your manager set priorities beats carrying it all yourself.</li>
</ul>
<h2>Be clear, redo less</h2>
<ul>
<li><strong>When you take on a task, check three things:</strong> what is needed, by when, and how thorough.</li>
<li><strong>Confirm important group-chat messages one to one.</strong> "Got it. My understanding is…, is that right?" saves a lot of trouble.</li>
<li><strong>When you are upset, do not reply yet.</strong> Have some water, walk a few steps, answer in ten minutes.</li>
</ul>
<h2>Friction with a colleague</h2>
<p>Find a good moment and talk face to face, not in the group chat. Talk about the problem, not the person: "We both edited that document and the versions got mixed up" works far better than "you messed up my work again".</p>
<h2>Do not let it pile up</h2>
<p>If you worry every day about what people think of you, your heart pounds before speaking in meetings, or you replay the day's conversations after work, try a few <a href="/tools/breathing">slow breaths</a> in your breaks. If this has gone on for several weeks, book a counsellor at a union <a href="/stations">heart station</a> in the app, or call the hotline <a href="tel:12356">12356</a>.</p>
<p>Your time and energy matter too. Looking after yourself is how you do good work.</p>`,
    },
  },
  {
    slug: 'team-leaders-looking-out-for-the-crew',
    kind: 'article',
    topics: ['communication', 'seeking_help'],
    audiences: ['frontline_manager'],
    readingMinutes: 2,
    media: null,
    zh: {
      title: '班组长：留意身边工友的“晴雨表”',
      summary: '班组长天天和工友在一起，最容易看出谁最近不对劲。怎么开口关心，又不让人难堪？',
      bodyHtml: `<p>小王以前爱说爱笑，最近总是一个人蹲在角落抽烟。老陈平时干活最稳，这个月连着出了两次小差错。你心里犯嘀咕，又不知道该不该问。</p>
<p>班组长天天跟大家在一起，是最早能看出变化的人。你的一句关心，可能比什么都管用。</p>
<h2>留意这些变化</h2>
<ul>
<li>突然变得沉默，不跟人来往。</li>
<li>常常迟到、请假，干活老走神，出错变多。</li>
<li>脾气变大，跟人起冲突。</li>
<li>说一些丧气话，比如“活着没意思”。</li>
</ul>
<h2>怎么开口关心</h2>
<ul>
<li><strong>私下找他，别当众问。</strong>比如休息时递瓶水：“最近看你挺累的，家里还好吧？”</li>
<li><strong>多听，少批评。</strong>先不谈出错的事，让他把话说完。</li>
<li><strong>能帮的，实实在在帮一把。</strong>调个班，减点活，帮着找工会反映困难。</li>
<li><strong>替他保密。</strong>他跟你说的话，不在班组里传。</li>
</ul>
<h2>把他引向专业的帮助</h2>
<p>你不需要当心理医生。可以告诉他：工会有<a href="/stations">心灵驿站</a>，能在手机上预约心理咨询师，一对一，保密，单位不会知道谈了什么。也可以拨打心理援助热线 <a href="tel:12356">12356</a>。告诉他：“找人聊聊，就像感冒看医生一样正常。”</p>
<p>如果他说出不想活了的话，或者你觉得他现在就有危险，不要让他一个人待着，马上打 <a href="tel:120">120</a> 或 <a href="tel:110">110</a>，并告诉他的家人。这时候，安全比保密更重要。</p>
<h2>班组长也要照顾好自己</h2>
<p>上面压任务，下面要照顾人，班组长的压力也不小。你也可以找咨询师聊聊自己的累。</p>
<p>一个懂得关心人的班组，大家干活更安心，也更安全。</p>`,
    },
    en: {
      title: "Team leaders: reading your crew's weather",
      summary:
        'Team leaders are with their crew every day and are the first to see when someone is not themselves. How to show you care without embarrassing anyone.',
      bodyHtml: `<p>Xiao Wang used to joke and chat; lately he smokes alone in a corner. Lao Chen is usually the steadiest worker you have, but this month he has made two small mistakes. Something is bothering you, but you are not sure whether to ask.</p>
<p>As a team leader you are with everyone every day, so you are often the first to notice a change. A word of concern from you may help more than anything.</p>
<h2>Changes to watch for</h2>
<ul>
<li>Suddenly quiet, keeping away from others.</li>
<li>Often late or off, distracted at work, more mistakes.</li>
<li>Shorter temper, more clashes.</li>
<li>Saying hopeless things, such as "there's no point in living".</li>
</ul>
<h2>How to show you care</h2>
<ul>
<li><strong>Talk in private, not in front of others.</strong> Hand him a bottle of water at break: "You seem worn out lately. Everything all right at home?"</li>
<li><strong>Listen more, criticise less.</strong> Leave the mistakes aside for now and let him finish.</li>
<li><strong>Give practical help where you can.</strong> Swap a shift, lighten the load, help him raise a problem with the union.</li>
<li><strong>Keep it confidential.</strong> What he tells you does not go round the team.</li>
</ul>
<h2>Point him towards professional help</h2>
<p>You do not need to be a therapist. Tell him the union has <a href="/stations">heart stations</a> where he can book a counsellor on his phone, one to one and confidential; the employer will not know what was said. He can also call the hotline <a href="tel:12356">12356</a>. Tell him: "Talking to someone is as normal as seeing a doctor for a cold."</p>
<p>If he says he does not want to live, or you feel he is in danger right now, do not leave him alone. Call <a href="tel:120">120</a> or <a href="tel:110">110</a> at once, and let his family know. At that point, safety matters more than confidentiality.</p>
<h2>Team leaders need care too</h2>
<p>Targets from above, people to look after below: team leaders carry a lot. You can talk to a counsellor about your own tiredness too.</p>
<p>A team that looks out for each other works with more peace of mind, and more safely.</p>`,
    },
  },
];
