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
 * The steps open to the viewer, in the order the buttons show. Mirrors the server's transition table (editing
 * from any state but archived; draft → review → published or scheduled, or back to draft when returned;
 * archive what workers see or are about to; restore to draft) and its grants (editors submit, archive and
 * restore; reviewers decide, never on a version they saved), so the page offers only what would be accepted.
 * The server still refuses a wrong step with invalid_transition or review_own_work.
 */
export function allowedActions(
  status: ContentStatus,
  who: ContentPowers,
  savedByMe: boolean,
): ContentAction[] {
  const out: ContentAction[] = [];
  if (who.editor && status !== 'archived') out.push('edit');
  if (who.editor && status === 'draft') out.push('submit');
  if (who.reviewer && status === 'review' && !savedByMe) out.push('approve', 'schedule', 'return');
  if (who.editor && (status === 'published' || status === 'scheduled')) out.push('archive');
  if (who.editor && status === 'archived') out.push('restore');
  return out;
}

/** True when the viewer would review this item but may not approve it because they saved this version. */
export const ownWorkBlocksApproval = (
  status: ContentStatus,
  who: ContentPowers,
  savedByMe: boolean,
): boolean => status === 'review' && who.reviewer && savedByMe;

/**
 * Whether an item belongs in a reviewer's "待我审核": every item under review. The list does not say who saved
 * the version under review (its author is who created the item), so none is left out on a guess; the item's
 * page says so when the version is the viewer's own.
 */
export const awaitsMyReview = (status: ContentStatus, who: ContentPowers): boolean =>
  who.reviewer && status === 'review';
