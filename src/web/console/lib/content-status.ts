import type { ContentPowers } from './content-access';
import type { ContentStatus, StaffContentDetail } from './content-types';

/** What one can do to an item: the buttons of the editor page. */
export type ContentAction = 'edit' | 'submit' | 'approve' | 'schedule' | 'return' | 'archive' | 'restore';

/** Tag colours: work in progress is warm, waiting is gold, live is green, gone is grey. */
export const statusColors: Record<ContentStatus, string> = {
  draft: 'default',
  review: 'gold',
  scheduled: 'blue',
  published: 'green',
  archived: 'default',
};

/** The i18n key of a status's label in the "content" namespace. */
export const statusKey = (s: ContentStatus): string => `status.${s}`;

/** Whether the viewer saved the version now under review (a reviewer may not approve their own words). */
export function savedCurrentVersion(
  item: Pick<StaffContentDetail, 'currentVersion' | 'versions'>,
  userId: string,
) {
  return item.versions.some((v) => v.version === item.currentVersion && v.savedBy.id === userId);
}

/**
 * The steps open to the viewer, in the order the buttons show. Mirrors the server's workflow (draft → review →
 * published or scheduled, back to draft when returned; archive from any live state, restore to draft), so the
 * page offers only what would be accepted; the server still refuses a wrong step with invalid_transition.
 */
export function allowedActions(
  status: ContentStatus,
  who: ContentPowers,
  savedByMe: boolean,
): ContentAction[] {
  const out: ContentAction[] = [];
  const anyone = who.editor || who.reviewer;
  if (who.editor && status !== 'archived') out.push('edit');
  if (who.editor && status === 'draft') out.push('submit');
  if (who.reviewer && status === 'review') {
    if (!savedByMe) out.push('approve', 'schedule');
    out.push('return');
  }
  if (anyone && status !== 'archived') out.push('archive');
  if (anyone && status === 'archived') out.push('restore');
  return out;
}

/** True when the viewer would review this item but may not approve it because they saved this version. */
export const ownWorkBlocksApproval = (
  status: ContentStatus,
  who: ContentPowers,
  savedByMe: boolean,
): boolean => status === 'review' && who.reviewer && savedByMe;

/** Whether an item waits for this reviewer: under review, and the version is not theirs. */
export const awaitsMyReview = (status: ContentStatus, who: ContentPowers, authorId: string, userId: string) =>
  who.reviewer && status === 'review' && authorId !== userId;
