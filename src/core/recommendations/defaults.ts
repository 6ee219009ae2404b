import type { Rule } from './types';

/**
 * The rules every federation starts with, until it saves its own. Written to be read by a worker right after a
 * check-up: plain, kind, about what may help rather than what may be wrong; no diagnosis words, no promises.
 * {{area}} and {{band}} come from core/recommendations/words.ts. Tools are never suggested for use while
 * driving: the drivers' reasons say "when you stop for a rest".
 */
export const defaultRules: Rule[] = [
  {
    id: 'talk_when_mood_low',
    when: { instrument: 'phq9', bands: ['moderate', 'moderately_severe', 'severe'] },
    recommend: { type: 'counsellor' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，可以找心灵驿站的咨询师聊一聊。求助就像感冒了看医生一样平常。',
      en: 'Because your {{area}} result this time is {{band}}, you could talk with a counsellor at a heart station. Asking for help is as ordinary as seeing a doctor for a cold.',
    },
    priority: 90,
  },
  {
    id: 'talk_when_wellbeing_low',
    when: { instrument: 'who5', bands: ['very_low'] },
    recommend: { type: 'counsellor' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，可以找心灵驿站的咨询师聊一聊，一起看看怎样让日子轻松一些。',
      en: 'Because your {{area}} result this time is {{band}}, you could talk with a counsellor at a heart station about making things a little lighter.',
    },
    priority: 85,
  },
  {
    id: 'breathe_when_worried',
    when: { instrument: 'gad7', bands: ['mild', 'moderate', 'severe'] },
    recommend: { type: 'tool', tool: 'breathing' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，跟着节奏慢慢呼吸几分钟，常能让身体先松下来。',
      en: 'Because your {{area}} result this time is {{band}}, a few minutes of slow, paced breathing often helps the body settle first.',
    },
    priority: 70,
  },
  {
    id: 'breathe_when_worried_short',
    when: { instrument: 'gad2', bands: ['positive'] },
    recommend: { type: 'tool', tool: 'breathing' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，跟着节奏慢慢呼吸几分钟，常能让身体先松下来。',
      en: 'Because your {{area}} result this time is {{band}}, a few minutes of slow, paced breathing often helps the body settle first.',
    },
    priority: 70,
  },
  {
    id: 'breathe_after_short_screen',
    when: { instrument: 'phq4', bands: ['mild', 'moderate', 'severe'] },
    recommend: { type: 'tool', tool: 'breathing' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，跟着节奏慢慢呼吸几分钟，常能让身体先松下来。',
      en: 'Because your {{area}} result this time is {{band}}, a few minutes of slow, paced breathing often helps the body settle first.',
    },
    priority: 65,
  },
  {
    id: 'diary_for_mood',
    when: { instrument: 'phq9', bands: ['mild', 'moderate', 'moderately_severe', 'severe'] },
    recommend: { type: 'tool', tool: 'diary' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，每天花一分钟记下心情，能更早看出什么让你好受一些。',
      en: 'Because your {{area}} result this time is {{band}}, a minute a day noting your mood can show you sooner what makes things easier.',
    },
    priority: 60,
  },
  {
    id: 'rest_when_worn_out',
    when: { instrument: 'cbi_work', bands: ['moderate', 'high', 'severe'] },
    recommend: { type: 'topic', topic: 'work_stress' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，这里有一些关于工作压力和休息的内容，很多职工看了觉得有用。',
      en: 'Because your {{area}} result this time is {{band}}, here is some reading on work stress and rest that many workers found useful.',
    },
    priority: 60,
  },
  {
    id: 'relax_when_worn_out',
    when: { instrument: 'cbi_work', bands: ['high', 'severe'] },
    recommend: { type: 'tool', tool: 'relaxation' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，下班后试试放松肌肉的练习，让绷了一天的身体歇一歇。',
      en: 'Because your {{area}} result this time is {{band}}, try the muscle relaxation exercise after work to let a tense body rest.',
    },
    priority: 55,
  },
  {
    id: 'relax_when_stressed',
    when: { instrument: 'pss10', bands: ['moderate', 'high'] },
    recommend: { type: 'tool', tool: 'relaxation' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，试试放松肌肉的练习，十分钟左右就能做完。',
      en: 'Because your {{area}} result this time is {{band}}, try the muscle relaxation exercise; it takes about ten minutes.',
    },
    priority: 55,
  },
  {
    id: 'ground_when_heavy',
    when: { instrument: 'k10', bands: ['moderate', 'high', 'very_high'] },
    recommend: { type: 'tool', tool: 'grounding' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，心里乱的时候，试试“5-4-3-2-1”感官练习，把注意力带回眼前。',
      en: 'Because your {{area}} result this time is {{band}}, when your mind races, try the 5-4-3-2-1 senses exercise to come back to the here and now.',
    },
    priority: 55,
  },
  {
    id: 'ground_when_heavy_short',
    when: { instrument: 'k6', bands: ['moderate', 'serious'] },
    recommend: { type: 'tool', tool: 'grounding' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，心里乱的时候，试试“5-4-3-2-1”感官练习，把注意力带回眼前。',
      en: 'Because your {{area}} result this time is {{band}}, when your mind races, try the 5-4-3-2-1 senses exercise to come back to the here and now.',
    },
    priority: 55,
  },
  {
    id: 'not_alone',
    when: { instrument: 'ucla3', bands: ['lonely'] },
    recommend: { type: 'topic', topic: 'loneliness' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，看看别人是怎么和孤单相处的，你并不是一个人。',
      en: 'Because your {{area}} result this time is {{band}}, read how others live with feeling alone; you are not the only one.',
    },
    priority: 50,
  },
  {
    id: 'help_is_strength',
    when: { instrument: 'phq4', bands: ['moderate', 'severe'] },
    recommend: { type: 'topic', topic: 'seeking_help' },
    reason: {
      zh: '因为你这次{{area}}方面的结果{{band}}，读一读“求助是一种力量”，了解找人聊聊是怎么回事。',
      en: 'Because your {{area}} result this time is {{band}}, read "seeking help is strength" to see what talking to someone is like.',
    },
    priority: 50,
  },
  {
    id: 'ground_in_crisis',
    when: { crisis: true },
    recommend: { type: 'tool', tool: 'grounding' },
    reason: {
      zh: '在等电话接通或等人回复的时候，可以试试“5-4-3-2-1”感官练习，先让自己稳一稳。',
      en: 'While you wait for a call or a reply, the 5-4-3-2-1 senses exercise can help you steady yourself.',
    },
    priority: 80,
  },
  {
    id: 'drivers_on_the_road',
    when: { audiences: ['truck_driver', 'ride_hailing_driver', 'delivery_rider'] },
    recommend: { type: 'topic', topic: 'loneliness' },
    reason: {
      zh: '因为你是{{group}}，常常一个人在路上，这里有一些写给路上职工的内容。',
      en: 'Because you are among {{group}}, often alone on the road, here is some reading written for people who work on the road.',
    },
    priority: 30,
  },
  {
    id: 'drivers_breathe_at_rest',
    when: { audiences: ['truck_driver', 'ride_hailing_driver'], crisis: false },
    recommend: { type: 'tool', tool: 'breathing' },
    reason: {
      zh: '因为你是{{group}}，停车休息时跟着节奏呼吸一两分钟，能让紧绷的肩背松一松。开车时请不要使用。',
      en: 'Because you are among {{group}}, a minute or two of paced breathing when you stop for a rest can ease tight shoulders. Please do not use it while driving.',
    },
    priority: 25,
  },
  {
    id: 'families_of_drivers',
    when: { audiences: ['driver_family'] },
    recommend: { type: 'topic', topic: 'relationships' },
    reason: {
      zh: '因为你是{{group}}，家人常年在外，这里有一些关于两地牵挂和相处的内容。',
      en: 'Because you are among {{group}}, with someone often away, here is some reading on missing each other and getting along.',
    },
    priority: 30,
  },
  {
    id: 'parents',
    when: { audiences: ['parent'] },
    recommend: { type: 'topic', topic: 'family_parenting' },
    reason: {
      zh: '因为你家有孩子要照顾，这里有一些关于亲子和家庭的内容。',
      en: 'Because you have children to care for, here is some reading on parenting and family life.',
    },
    priority: 30,
  },
  {
    id: 'elder_carers',
    when: { audiences: ['elder_carer'] },
    recommend: { type: 'topic', topic: 'elder_care' },
    reason: {
      zh: '因为你家有老人要照顾，这里有一些照顾老人、也照顾好自己的内容。',
      en: 'Because you care for an older family member, here is some reading on caring for them and for yourself.',
    },
    priority: 30,
  },
  {
    id: 'shift_sleep',
    when: { audiences: ['factory_shift'] },
    recommend: { type: 'topic', topic: 'sleep' },
    reason: {
      zh: '因为你是{{group}}，作息常常变化，这里有一些倒班时睡好觉的办法。',
      en: 'Because you are among {{group}}, with changing hours, here are some ways to sleep well on shifts.',
    },
    priority: 30,
  },
  {
    id: 'team_leaders',
    when: { audiences: ['frontline_manager'] },
    recommend: { type: 'topic', topic: 'communication' },
    reason: {
      zh: '因为你是{{group}}，上下都要沟通，这里有一些职场沟通的内容。',
      en: 'Because you are among {{group}}, talking with people above and below you, here is some reading on communication at work.',
    },
    priority: 25,
  },
  {
    id: 'everyone_emotions',
    when: {},
    recommend: { type: 'topic', topic: 'emotions' },
    reason: {
      zh: '每个人都会有情绪起伏，了解一些调节情绪的小办法，平时就用得上。',
      en: 'Everyone has ups and downs; a few simple ways of handling feelings come in useful any day.',
    },
    priority: 10,
  },
];
