import { type AudienceId, audienceDimensions, audienceGroups } from '../../../core/content/audiences';
import { contentTopics, type TopicId } from '../../../core/content/topics';

/** Topic and audience names come from the core vocabularies, in the reader's language. */
const isEn = (lang: string) => lang === 'en';

export function topicLabel(id: TopicId | string, lang: string): string {
  const topic = contentTopics.find((t) => t.id === id);
  return topic ? (isEn(lang) ? topic.en : topic.zh) : id;
}

export function audienceLabel(id: AudienceId | string, lang: string): string {
  const group = audienceGroups.find((g) => g.id === id);
  return group ? (isEn(lang) ? group.en : group.zh) : id;
}

export const topicOptions = (lang: string) =>
  contentTopics.map((t) => ({ value: t.id, label: isEn(lang) ? t.en : t.zh }));

/** Audience choices grouped by dimension (用工形式, 行业, 岗位, 家庭, 年龄), in the vocabulary's order. */
export const audienceOptionGroups = (lang: string, dimensionLabel: (d: string) => string) =>
  audienceDimensions.map((d) => ({
    label: dimensionLabel(d),
    title: dimensionLabel(d),
    options: audienceGroups
      .filter((g) => g.dimension === d)
      .map((g) => ({ value: g.id, label: isEn(lang) ? g.en : g.zh })),
  }));
