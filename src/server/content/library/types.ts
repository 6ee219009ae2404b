import type { AudienceId } from '../../../core/content/audiences';
import type { TopicId } from '../../../core/content/topics';

/** One entry of the starting library every new federation gets (issue 6 contract). */
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
