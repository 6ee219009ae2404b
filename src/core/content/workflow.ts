/**
 * The editorial workflow of a library item as a transition table. The status is that of the item's latest
 * version; a published item edited again is `draft` while its published version stays live for workers until
 * the new version is approved (the server keeps `publishedVersion` apart from `currentVersion`).
 */
export const contentStatuses = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export type ContentStatus = (typeof contentStatuses)[number];

export const workflowSteps = [
  'edit',
  'submit',
  'approve',
  'schedule',
  'return',
  'archive',
  'restore',
] as const;
export type WorkflowStep = (typeof workflowSteps)[number];

/** What each step may start from, and where it leads. Anything not listed is an illegal step (409). */
export const transitions: Record<WorkflowStep, { from: readonly ContentStatus[]; to: ContentStatus }> = {
  // Saving a new version: a draft stays a draft; a version in review or scheduled goes back to draft (it has
  // to be reviewed again as it now reads); a published item gets a new draft beside its live version.
  edit: { from: ['draft', 'review', 'scheduled', 'published'], to: 'draft' },
  submit: { from: ['draft'], to: 'review' },
  approve: { from: ['review'], to: 'published' },
  schedule: { from: ['review'], to: 'scheduled' },
  return: { from: ['review'], to: 'draft' },
  // Off the worker app; only what workers can see (or are about to) is archived.
  archive: { from: ['published', 'scheduled'], to: 'archived' },
  // Back to the editors as a draft: it is reviewed again before anyone sees it.
  restore: { from: ['archived'], to: 'draft' },
};

export type Transition = { ok: true; to: ContentStatus } | { ok: false; reason: 'invalid_transition' };

export function transition(from: ContentStatus, step: WorkflowStep): Transition {
  const t = transitions[step];
  return t.from.includes(from) ? { ok: true, to: t.to } : { ok: false, reason: 'invalid_transition' };
}

/** The history entry a step leaves. */
export const historyActionOf: Record<WorkflowStep, HistoryAction> = {
  edit: 'saved',
  submit: 'submitted',
  approve: 'approved',
  schedule: 'scheduled',
  return: 'returned',
  archive: 'archived',
  restore: 'restored',
};

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

/**
 * A second pair of eyes: whoever saved the version under review may not approve or return it, even when their
 * role lets them review (a federation administrator is both editor and reviewer).
 */
export function mayReview(reviewerId: string, savedBy: string | null): boolean {
  return savedBy !== reviewerId;
}

/** Approving with a publication time still ahead schedules the version; otherwise it goes live now. */
export function approvalStep(now: Date, publishAt: Date | null | undefined): 'approve' | 'schedule' {
  return publishAt && publishAt.getTime() > now.getTime() ? 'schedule' : 'approve';
}

/** Workers see the published version of an item that is not archived (a new draft does not hide it). */
export function liveForWorkers(status: ContentStatus, publishedVersion: number | null): boolean {
  return status !== 'archived' && publishedVersion !== null;
}

/** Reading time, when the editor gives none: about 400 Chinese characters or 200 English words a minute. */
export function estimateReadingMinutes(zhText: string, enText: string | null): number {
  const cjk = (zhText.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
  const zhMinutes = cjk / 400;
  const enMinutes = enText ? (enText.match(/[A-Za-z0-9']+/g) ?? []).length / 200 : 0;
  return Math.max(1, Math.round(Math.max(zhMinutes, enMinutes)));
}
