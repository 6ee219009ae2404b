import type { z } from 'zod';
import type { AudienceId } from '../../core/content/audiences';
import type { ContentKind, TopicId } from '../../core/content/topics';
import type { ContentStatus, HistoryAction } from '../../core/content/workflow';
import type { Lang } from '../../core/instruments/types';
import type { HistoryRow, ItemRow, ItemWithVersion, VersionRow } from './repository';
import type {
  contentDetailSchema,
  contentSummarySchema,
  staffDetailSchema,
  staffSummarySchema,
  versionSchema,
} from './schemas';

export const imageUrl = (id: string) => `/api/v1/content-images/${id}`;

/** Who the starting library's versions and reviews are by: nobody on the staff, the platform itself. */
export const SYSTEM_PERSON = { id: 'system', displayName: '康乃馨内容库' };

type Names = Map<string, string>;
const person = (id: string | null, names: Names) =>
  id === null ? SYSTEM_PERSON : { id, displayName: names.get(id) ?? '' };

/** One language of a version: English falls back to Chinese when the version has none. */
export function textIn(v: VersionRow, lang: Lang) {
  if (lang === 'en' && v.enTitle !== null && v.enSummary !== null && v.enBodyHtml !== null)
    return { lang: 'en' as const, title: v.enTitle, summary: v.enSummary, bodyHtml: v.enBodyHtml };
  return { lang: 'zh-CN' as const, title: v.zhTitle, summary: v.zhSummary, bodyHtml: v.zhBodyHtml };
}

export function presentSummary(
  { item, version: v }: ItemWithVersion,
  lang: Lang,
): z.infer<typeof contentSummarySchema> {
  const t = textIn(v, lang);
  return {
    id: item.id,
    slug: item.slug,
    kind: v.kind as ContentKind,
    topics: v.topics as TopicId[],
    audiences: v.audiences as AudienceId[],
    title: t.title,
    summary: t.summary,
    readingMinutes: v.readingMinutes,
    publishedAt: (item.firstPublishedAt ?? v.savedAt).toISOString(),
    coverImageUrl: v.coverImageId ? imageUrl(v.coverImageId) : null,
    media: v.media ?? null,
    lang: t.lang,
  };
}

export function presentDetail(iv: ItemWithVersion, lang: Lang): z.infer<typeof contentDetailSchema> {
  const v = iv.version;
  return {
    ...presentSummary(iv, lang),
    bodyHtml: textIn(v, lang).bodyHtml,
    version: v.version,
    updatedAt: (iv.item.liveSince ?? v.savedAt).toISOString(),
    availableLangs: v.enTitle !== null ? ['zh-CN', 'en'] : ['zh-CN'],
  };
}

export function presentStaffSummary(
  { item, version: v }: ItemWithVersion,
  names: Names,
): z.infer<typeof staffSummarySchema> {
  return {
    id: item.id,
    slug: item.slug,
    kind: v.kind as ContentKind,
    status: item.status as ContentStatus,
    topics: v.topics as TopicId[],
    audiences: v.audiences as AudienceId[],
    titleZh: v.zhTitle,
    titleEn: v.enTitle,
    currentVersion: item.currentVersion,
    publishedVersion: item.publishedVersion,
    publishAt: item.publishAt?.toISOString() ?? null,
    publishedAt: item.firstPublishedAt?.toISOString() ?? null,
    updatedAt: item.updatedAt.toISOString(),
    author: person(item.createdBy, names),
    reviewer: v.reviewedAt ? person(v.reviewedBy, names) : null,
  };
}

export function presentVersionBody(v: VersionRow) {
  return {
    zh: { title: v.zhTitle, summary: v.zhSummary, bodyHtml: v.zhBodyHtml },
    en:
      v.enTitle !== null && v.enSummary !== null && v.enBodyHtml !== null
        ? { title: v.enTitle, summary: v.enSummary, bodyHtml: v.enBodyHtml }
        : null,
    media: v.media ?? null,
    coverImageId: v.coverImageId,
    readingMinutes: v.readingMinutes,
  };
}

export function presentVersion(v: VersionRow, names: Names): z.infer<typeof versionSchema> {
  return {
    version: v.version,
    savedAt: v.savedAt.toISOString(),
    savedBy: person(v.savedBy, names),
    topics: v.topics as TopicId[],
    audiences: v.audiences as AudienceId[],
    ...presentVersionBody(v),
  };
}

export function presentStaffDetail(
  iv: ItemWithVersion,
  versions: { version: number; savedAt: Date; savedBy: string | null; note: string | null }[],
  history: HistoryRow[],
  names: Names,
): z.infer<typeof staffDetailSchema> {
  return {
    ...presentStaffSummary(iv, names),
    ...presentVersionBody(iv.version),
    versions: versions.map((x) => ({
      version: x.version,
      savedAt: x.savedAt.toISOString(),
      savedBy: person(x.savedBy, names),
      note: x.note,
    })),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action as HistoryAction,
      by: h.by === null ? null : person(h.by, names),
      comment: h.comment,
    })),
  };
}

export const peopleOf = (item: ItemRow, version: VersionRow) => [
  item.createdBy,
  version.savedBy,
  version.reviewedBy,
];
