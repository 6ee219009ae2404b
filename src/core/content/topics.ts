/**
 * What the library's articles, lecture replays and stories are about. The three core troubles the service
 * names (work, family, relationships) and the themes its lectures keep returning to. Ids are a contract: add,
 * never rename.
 */
export const contentTopics = [
  { id: 'work_stress', zh: '工作压力与职业倦怠', en: 'Work stress and burnout' },
  { id: 'communication', zh: '职场高效沟通', en: 'Communication at work' },
  { id: 'family_parenting', zh: '家庭与亲子焦虑', en: 'Family and parenting worries' },
  { id: 'elder_care', zh: '照顾家中老人', en: 'Caring for elders' },
  { id: 'relationships', zh: '亲密关系与人际', en: 'Relationships' },
  { id: 'loneliness', zh: '独自在路上的孤独', en: 'Loneliness when working alone' },
  { id: 'sleep', zh: '睡眠', en: 'Sleep' },
  { id: 'seeking_help', zh: '求助是一种力量', en: 'Seeking help is strength' },
  { id: 'emotions', zh: '情绪调节', en: 'Handling emotions' },
] as const;

export type TopicId = (typeof contentTopics)[number]['id'];
export const topicIds = contentTopics.map((t) => t.id) as [TopicId, ...TopicId[]];

/** Articles (rich text), lecture replays (a video or audio link with a summary), stories (优秀案例, 现身说法). */
export const contentKinds = ['article', 'lecture', 'story'] as const;
export type ContentKind = (typeof contentKinds)[number];

/** The self-help tools of the worker app, by the id recommendations and content links use. */
export const selfHelpTools = ['grounding', 'breathing', 'relaxation', 'diary'] as const;
export type SelfHelpTool = (typeof selfHelpTools)[number];
