import type { AudienceId } from '../../../core/content/audiences';
import type { ContentKind, TopicId } from '../../../core/content/topics';

import type { ContentStatus, HistoryAction } from '../../../core/content/workflow';

// The workflow's states and history actions are the core's (src/core/content/workflow.ts), as the server uses.
export {
  type ContentStatus,
  contentStatuses,
  type HistoryAction,
  historyActions,
} from '../../../core/content/workflow';

/** The content API's staff shapes (issue 6 contract, as src/server/content/schemas.ts answers them). */

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
