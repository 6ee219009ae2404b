import type { z } from 'zod';
import type { Action } from '../../core/access/policy';
import { sanitizeHtml, textOf } from '../../core/content/sanitize';
import { indexTokens } from '../../core/content/search';
import { estimateReadingMinutes } from '../../core/content/workflow';
import { AppError } from '../../core/errors';
import { requireOn } from '../access';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { imageOfTenant } from './media-repository';
import { presentStaffDetail } from './presenters';
import {
  displayNames,
  findItem,
  findVersion,
  historyOf,
  type ItemRow,
  type NewVersion,
  rootPathOf,
  versionListOf,
} from './repository';
import type { contentInputSchema } from './schemas';

export type ContentInput = z.infer<typeof contentInputSchema>;

/** The signed-in staff member's federation, once they may perform `action` on its library. */
export async function libraryOf(db: Db, ctx: RequestContext, action: Action): Promise<string> {
  if (ctx.principal.kind !== 'staff') throw new AppError('unauthenticated', 'Sign in to continue');
  const tenantId = ctx.principal.tenantId;
  const orgPath = (await rootPathOf(db, tenantId)) ?? '/';
  requireOn(ctx, action, { tenantId, orgPath }, 'this federation’s library');
  return tenantId;
}

export const contentNotFound = () =>
  new AppError('content_not_found', '没有找到这篇内容 (content not found)');

export async function itemOrNotFound(db: Db, tenantId: string, id: string, lock = false): Promise<ItemRow> {
  const item = await findItem(db, tenantId, id, lock);
  if (!item) throw contentNotFound();
  return item;
}

/** An entry of a library version, as stored: HTML sanitised, search tokens of both languages, reading time. */
export function versionFields(
  input: Pick<
    ContentInput,
    'kind' | 'topics' | 'audiences' | 'readingMinutes' | 'zh' | 'en' | 'media' | 'coverImageId'
  >,
) {
  const zhBody = sanitizeHtml(input.zh.bodyHtml);
  const enBody = input.en ? sanitizeHtml(input.en.bodyHtml) : null;
  const zhText = textOf(zhBody);
  const enText = enBody === null ? null : textOf(enBody);
  const all = [input.zh.title, input.zh.summary, zhText, input.en?.title, input.en?.summary, enText];
  return {
    kind: input.kind,
    topics: [...new Set(input.topics)],
    audiences: [...new Set(input.audiences)],
    zhTitle: input.zh.title,
    zhSummary: input.zh.summary,
    zhBodyHtml: zhBody,
    enTitle: input.en?.title ?? null,
    enSummary: input.en?.summary ?? null,
    enBodyHtml: enBody,
    media: input.media ? { ...input.media, durationMinutes: input.media.durationMinutes ?? null } : null,
    coverImageId: input.coverImageId,
    readingMinutes: input.readingMinutes ?? estimateReadingMinutes(zhText, enText),
    searchTokens: indexTokens(all.filter((x) => x).join('\n')),
    titleTokens: indexTokens(`${input.zh.title}\n${input.en?.title ?? ''}`),
  } satisfies Partial<NewVersion>;
}

/** A cover is one of the federation's own uploads. */
export async function checkCover(db: Db, tenantId: string, coverImageId: string | null): Promise<void> {
  if (coverImageId && !(await imageOfTenant(db, tenantId, coverImageId)))
    throw new AppError('bad_request', '封面图片不存在，请重新上传 (cover image not found)', {
      field: 'coverImageId',
    });
}

/** The console's view of an item: its current version, every version saved and the workflow history. */
export async function staffDetail(db: Db, tenantId: string, id: string) {
  const item = await itemOrNotFound(db, tenantId, id);
  const version = await findVersion(db, item.id, item.currentVersion);
  if (!version) throw new Error(`content item ${item.id} lacks its current version`);
  const [versions, history] = await Promise.all([versionListOf(db, item.id), historyOf(db, item.id)]);
  const names = await displayNames(db, [
    item.createdBy,
    version.reviewedBy,
    ...versions.map((v) => v.savedBy),
    ...history.map((h) => h.by),
  ]);
  return presentStaffDetail({ item, version }, versions, history, names);
}
