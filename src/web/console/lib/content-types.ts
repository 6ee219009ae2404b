import type { AudienceId } from '../../../core/content/audiences';
import type { ContentKind, TopicId } from '../../../core/content/topics';

/**
 * The content API's staff shapes, written out from the issue 6 contract (the server's schemas are not on
 * this branch yet; once they are, these can be inferred from them like `types.ts` does).
 */
export type ContentStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'archived';
export const contentStatuses: readonly ContentStatus[] = [
  'draft',
  'review',
  'scheduled',
  'published',
  'archived',
];

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface ContentMedia {
  type: 'video' | 'audio';
  url: string;
  durationMinutes: number | null;
}

export interface ContentText {
  title: string;
  summary: string;
  bodyHtml: string;
}

export interface StaffContentSummary {
  id: string;
  slug: string;
  kind: ContentKind;
  status: ContentStatus;
  topics: TopicId[];
  audiences: AudienceId[];
  titleZh: string;
  titleEn: string | null;
  currentVersion: number;
  publishedVersion: number | null;
  publishAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  author: StaffRef;
  reviewer: StaffRef | null;
}

export interface ContentVersionRef {
  version: number;
  savedAt: string;
  savedBy: StaffRef;
  note: string | null;
}

export const historyActions = [
  'created',
  'saved',
  'submitted',
  'approved',
  'returned',
  'scheduled',
  'published',
  'archived',
  'restored',
] as const;
export type HistoryAction = (typeof historyActions)[number];

export interface ContentHistoryEntry {
  at: string;
  action: HistoryAction;
  by: StaffRef | null;
  comment: string | null;
}

export interface StaffContentDetail extends StaffContentSummary {
  zh: ContentText;
  en: ContentText | null;
  media: ContentMedia | null;
  coverImageId: string | null;
  readingMinutes: number;
  versions: ContentVersionRef[];
  history: ContentHistoryEntry[];
}

export interface ContentVersion {
  version: number;
  savedAt: string;
  savedBy: StaffRef;
  zh: ContentText;
  en: ContentText | null;
  media: ContentMedia | null;
  topics: TopicId[];
  audiences: AudienceId[];
  coverImageId: string | null;
  readingMinutes: number;
}

export interface ContentInput {
  kind: ContentKind;
  slug: string;
  topics: TopicId[];
  audiences: AudienceId[];
  readingMinutes?: number;
  zh: ContentText;
  en: ContentText | null;
  media: { type: 'video' | 'audio'; url: string; durationMinutes?: number } | null;
  coverImageId: string | null;
}

export interface UploadedImage {
  id: string;
  url: string;
  width: number;
  height: number;
  bytes: number;
}

export type ReviewDecision =
  | { decision: 'approve'; publishAt?: string; comment?: string }
  | {
      decision: 'return';
      comment: string;
    };
