import type { AudienceId } from '../../../core/content/audiences';
import type { TopicId } from '../../../core/content/topics';

/** One item of Carnation's starting library (issue 6 contract): written for the service, in both languages. */
export interface LibraryEntry {
  slug: string;
  kind: 'article' | 'lecture' | 'story';
  topics: TopicId[];
  audiences: AudienceId[];
  readingMinutes: number;
  media: { type: 'video' | 'audio'; url: string; durationMinutes: number | null } | null;
  zh: { title: string; summary: string; bodyHtml: string };
  en: { title: string; summary: string; bodyHtml: string };
}
