import { byAudienceFit } from '../../core/content/audiences';
import { textOf } from '../../core/content/sanitize';
import { queryTokens, rankHits, snippet } from '../../core/content/search';
import type { SelfHelpTool } from '../../core/content/topics';
import { AppError } from '../../core/errors';
import type { Lang } from '../../core/instruments/types';
import { localDateOf } from '../../core/time';
import type { PublicTenant } from '../checkup/tenant-directory';
import type { Db } from '../db/client';
import { contentNotFound } from './library-access';
import { bumpDailyCount } from './media-repository';
import { presentDetail, presentSummary, textIn } from './presenters';
import { publishedItems } from './repository';

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m)
    throw new AppError('bad_request', '分页参数无效，请从第一页重新加载 (invalid cursor)', {
      field: 'cursor',
    });
  return Number(m[1]);
}

/**
 * The worker's library: published versions only, what names their groups first (then what is for everyone,
 * then for others — nothing hidden), newest first within each. The library is small (hundreds), so the order
 * is made here with the core's audience fit and pages are offsets into it.
 */
export async function listPublished(
  db: Db,
  tenant: PublicTenant,
  lang: Lang,
  q: { kind?: string; topic?: string; audiences: string[]; limit: number; cursor?: string },
) {
  const offset = decodeCursor(q.cursor);
  const rows = await publishedItems(db, tenant.id, { kind: q.kind, topic: q.topic });
  const ordered = q.audiences.length ? byAudienceFit(rows, (r) => r.version.audiences, q.audiences) : rows;
  const page = ordered.slice(offset, offset + q.limit);
  const next = offset + q.limit < ordered.length ? encodeCursor(offset + q.limit) : null;
  return { lang, items: page.map((r) => presentSummary(r, lang)), nextCursor: next };
}

export async function readPublished(db: Db, tenant: PublicTenant, slug: string, lang: Lang) {
  const [row] = await publishedItems(db, tenant.id, { slug });
  if (!row) throw contentNotFound();
  return presentDetail(row, lang);
}

/**
 * Search over the published versions in both languages (a Chinese query finds an item shown in English, and
 * the other way round): every query token must be in the item's tokens; title hits come first.
 */
export async function searchPublished(db: Db, tenant: PublicTenant, rawQ: string, lang: Lang, limit: number) {
  const q = rawQ.trim();
  if (q.length < 1 || [...q].length > 100)
    throw new AppError('invalid_query', '请输入 1 到 100 个字的搜索词 (a query of 1–100 characters)');
  const tokens = queryTokens(q);
  if (tokens.length === 0) return { lang, q, items: [] };
  const rows = await publishedItems(db, tenant.id, { tokens });
  const hits = rankHits(rows, tokens, (r) => r.version.titleTokens).slice(0, limit);
  return {
    lang,
    q,
    items: hits.map((r) => {
      const t = textIn(r.version, lang);
      return { ...presentSummary(r, lang), snippet: snippet(`${t.summary}\n${textOf(t.bodyHtml)}`, q) };
    }),
  };
}

/** An item was opened: one more on today's count, nothing about who. Unknown or unpublished → 404. */
export async function countRead(db: Db, tenant: PublicTenant, contentId: string, now: Date) {
  const [row] = await publishedItems(db, tenant.id, { id: contentId });
  if (!row) throw contentNotFound();
  await bumpDailyCount(db, {
    tenantId: tenant.id,
    day: localDateOf(now, tenant.timeZone),
    kind: 'read',
    subject: contentId,
  });
}

export async function countToolUse(db: Db, tenant: PublicTenant, tool: SelfHelpTool, now: Date) {
  await bumpDailyCount(db, {
    tenantId: tenant.id,
    day: localDateOf(now, tenant.timeZone),
    kind: 'tool',
    subject: tool,
  });
}
