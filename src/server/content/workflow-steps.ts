import {
  approvalStep,
  type ContentStatus,
  type HistoryAction,
  mayReview,
  transition,
  type WorkflowStep,
} from '../../core/content/workflow';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { itemOrNotFound, libraryOf, staffDetail } from './library-access';
import { findVersion, type ItemRow, insertHistory, markReviewed, updateItem } from './repository';

type Tx = Db;

const stepWords: Record<WorkflowStep, string> = {
  edit: '编辑',
  submit: '提交审核',
  approve: '通过审核',
  schedule: '定时发布',
  return: '退回修改',
  archive: '归档',
  restore: '恢复',
};

/** Locks the item and checks the step is legal from its state; a wrong state changes nothing (409). */
async function stepOn(tx: Tx, tenantId: string, id: string, step: WorkflowStep) {
  const item = await itemOrNotFound(tx, tenantId, id, true);
  const t = transition(item.status as ContentStatus, step);
  if (!t.ok)
    throw new AppError(
      'invalid_transition',
      `当前状态下不能${stepWords[step]} (cannot ${step} an item that is ${item.status})`,
      { status: item.status, step },
    );
  return { item, to: t.to };
}

async function record(
  tx: Tx,
  ctx: RequestContext,
  item: ItemRow,
  entries: { action: HistoryAction; comment?: string | null }[],
  details: Record<string, unknown>,
) {
  for (const e of entries)
    await insertHistory(tx, {
      tenantId: item.tenantId,
      itemId: item.id,
      at: ctx.now,
      action: e.action,
      version: item.currentVersion,
      by: ctx.actorId,
      comment: e.comment ?? null,
    });
  await recordAudit(tx, ctx, {
    tenantId: item.tenantId,
    action: `content.${entries[0]?.action ?? 'step'}`,
    objectType: 'content_item',
    objectId: item.id,
    details: { version: item.currentVersion, ...details },
  });
}

/** An editor sends the draft for review. */
export async function submitContent(db: Db, ctx: RequestContext, id: string, note?: string) {
  const tenantId = await libraryOf(db, ctx, 'content.edit');
  await db.transaction(async (tx) => {
    const { item, to } = await stepOn(tx, tenantId, id, 'submit');
    await updateItem(tx, id, { status: to, updatedAt: ctx.now });
    await record(tx, ctx, item, [{ action: 'submitted', comment: note }], {});
  });
  return staffDetail(db, tenantId, id);
}

/**
 * A reviewer approves (live now, or scheduled for a time ahead) or returns the version under review. Whoever
 * saved that version may not approve it (403 review_own_work); they may still return it.
 */
export async function reviewContent(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { decision: 'approve' | 'return'; comment?: string; publishAt?: Date },
) {
  const tenantId = await libraryOf(db, ctx, 'content.review');
  await db.transaction(async (tx) => {
    const step = input.decision === 'return' ? 'return' : approvalStep(ctx.now, input.publishAt);
    const { item, to } = await stepOn(tx, tenantId, id, step);
    const version = await findVersion(tx, id, item.currentVersion);
    if (step !== 'return' && !mayReview(ctx.actorId ?? '', version?.savedBy ?? null))
      throw new AppError(
        'review_own_work',
        '不能审核自己保存的版本，请另一位审核人处理 (review your own work)',
      );
    const comment = input.comment ?? null;
    if (step === 'return') {
      await updateItem(tx, id, { status: to, updatedAt: ctx.now });
      await record(tx, ctx, item, [{ action: 'returned', comment }], {});
      return;
    }
    await markReviewed(tx, id, item.currentVersion, ctx.actorId, ctx.now);
    if (step === 'schedule') {
      await updateItem(tx, id, { status: to, publishAt: input.publishAt ?? null, updatedAt: ctx.now });
      await record(tx, ctx, item, [{ action: 'approved', comment }, { action: 'scheduled' }], {
        publishAt: input.publishAt?.toISOString(),
      });
      return;
    }
    await updateItem(tx, id, {
      status: to,
      publishedVersion: item.currentVersion,
      publishAt: null,
      firstPublishedAt: item.firstPublishedAt ?? ctx.now,
      liveSince: ctx.now,
      updatedAt: ctx.now,
    });
    await record(tx, ctx, item, [{ action: 'approved', comment }, { action: 'published' }], {});
  });
  return staffDetail(db, tenantId, id);
}

/** Off the worker app at once: nothing of it is shown until it is restored, reviewed and published again. */
export async function archiveContent(db: Db, ctx: RequestContext, id: string, reason?: string) {
  const tenantId = await libraryOf(db, ctx, 'content.edit');
  await db.transaction(async (tx) => {
    const { item, to } = await stepOn(tx, tenantId, id, 'archive');
    await updateItem(tx, id, { status: to, publishedVersion: null, publishAt: null, updatedAt: ctx.now });
    await record(tx, ctx, item, [{ action: 'archived', comment: reason }], {});
  });
  return staffDetail(db, tenantId, id);
}

/** Back to the editors as a draft of its last version. */
export async function restoreContent(db: Db, ctx: RequestContext, id: string) {
  const tenantId = await libraryOf(db, ctx, 'content.edit');
  await db.transaction(async (tx) => {
    const { item, to } = await stepOn(tx, tenantId, id, 'restore');
    await updateItem(tx, id, { status: to, updatedAt: ctx.now });
    await record(tx, ctx, item, [{ action: 'restored' }], {});
  });
  return staffDetail(db, tenantId, id);
}
