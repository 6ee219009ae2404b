import { type ContentStatus, transition } from '../../core/content/workflow';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import type { RequestContext } from '../http/request-context';
import {
  type ContentInput,
  checkCover,
  itemOrNotFound,
  libraryOf,
  staffDetail,
  versionFields,
} from './library-access';
import { insertHistory, insertItem, insertVersion, updateItem } from './repository';

const slugTaken = () =>
  new AppError('slug_taken', '这个短名称已被其他内容使用 (slug already used)', { field: 'slug' });

/** A unique violation on the slug index, raised inside a transaction, becomes 409 slug_taken outside it. */
async function guardSlug<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken();
    throw err;
  }
}

/** An editor starts an item: version 1, a draft nobody but staff sees. */
export async function createContent(db: Db, ctx: RequestContext, input: ContentInput) {
  const tenantId = await libraryOf(db, ctx, 'content.edit');
  await checkCover(db, tenantId, input.coverImageId);
  const id = await guardSlug(() =>
    db.transaction(async (tx) => {
      const item = await insertItem(tx, {
        tenantId,
        slug: input.slug,
        kind: input.kind,
        status: 'draft',
        currentVersion: 1,
        createdBy: ctx.actorId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await insertVersion(tx, {
        tenantId,
        itemId: item.id,
        version: 1,
        ...versionFields(input),
        savedBy: ctx.actorId,
        savedAt: ctx.now,
      });
      await insertHistory(tx, {
        tenantId,
        itemId: item.id,
        at: ctx.now,
        action: 'created',
        version: 1,
        by: ctx.actorId,
      });
      await recordAudit(tx, ctx, {
        tenantId,
        action: 'content.created',
        objectType: 'content_item',
        objectId: item.id,
        details: { slug: input.slug, kind: input.kind },
      });
      return item.id;
    }),
  );
  return staffDetail(db, tenantId, id);
}

/**
 * Saving makes a new version on top of `baseVersion` (the one the editor started from; another save since is a
 * 409 version_conflict, and nothing is stored). A published item keeps its published version live meanwhile.
 */
export async function updateContent(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ContentInput & { baseVersion: number; note?: string },
) {
  const tenantId = await libraryOf(db, ctx, 'content.edit');
  await checkCover(db, tenantId, input.coverImageId);
  await guardSlug(() =>
    db.transaction(async (tx) => {
      const item = await itemOrNotFound(tx, tenantId, id, true);
      const step = transition(item.status as ContentStatus, 'edit');
      if (!step.ok)
        throw new AppError('invalid_transition', '已归档的内容需先恢复才能编辑 (restore it before editing)', {
          status: item.status,
        });
      if (input.baseVersion !== item.currentVersion)
        throw new AppError(
          'version_conflict',
          '这篇内容已被他人修改，请刷新后再编辑 (someone saved a newer version)',
          {
            currentVersion: item.currentVersion,
          },
        );
      const version = item.currentVersion + 1;
      await insertVersion(tx, {
        tenantId,
        itemId: id,
        version,
        ...versionFields(input),
        savedBy: ctx.actorId,
        savedAt: ctx.now,
        note: input.note ?? null,
      });
      await updateItem(tx, id, {
        slug: input.slug,
        kind: input.kind,
        status: step.to,
        currentVersion: version,
        publishAt: null,
        updatedAt: ctx.now,
      });
      await insertHistory(tx, {
        tenantId,
        itemId: id,
        at: ctx.now,
        action: 'saved',
        version,
        by: ctx.actorId,
        comment: input.note ?? null,
      });
      await recordAudit(tx, ctx, {
        tenantId,
        action: 'content.saved',
        objectType: 'content_item',
        objectId: id,
        details: { version, from: item.status },
      });
    }),
  );
  return staffDetail(db, tenantId, id);
}
