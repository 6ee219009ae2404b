import type { AudienceId } from '../../../core/content/audiences';
import type { ContentKind, TopicId } from '../../../core/content/topics';
import { htmlText, isBlankHtml, normaliseHtml } from './content-html';
import type { ContentInput, ContentText, StaffContentDetail } from './content-types';

/** The editor's fields. English is optional as a whole: all blank means "no English version". */
export interface ContentFormValues {
  kind: ContentKind;
  slug: string;
  topics: TopicId[];
  audiences: AudienceId[];
  readingMinutes: number | null;
  mediaType: 'video' | 'audio';
  mediaUrl: string;
  mediaMinutes: number | null;
  coverImageId: string | null;
  zh: ContentText;
  en: ContentText;
}

export const slugPattern = /^[a-z0-9-]{3,80}$/;

const blankText: ContentText = { title: '', summary: '', bodyHtml: '' };

export const emptyForm = (): ContentFormValues => ({
  kind: 'article',
  slug: '',
  topics: [],
  audiences: [],
  readingMinutes: null,
  mediaType: 'video',
  mediaUrl: '',
  mediaMinutes: null,
  coverImageId: null,
  zh: { ...blankText },
  en: { ...blankText },
});

type Editable = Pick<
  StaffContentDetail,
  'kind' | 'slug' | 'topics' | 'audiences' | 'readingMinutes' | 'media' | 'coverImageId' | 'zh' | 'en'
>;

export function formFromItem(item: Editable): ContentFormValues {
  return {
    kind: item.kind,
    slug: item.slug,
    topics: [...item.topics],
    audiences: [...item.audiences],
    readingMinutes: item.readingMinutes || null,
    mediaType: item.media?.type ?? 'video',
    mediaUrl: item.media?.url ?? '',
    mediaMinutes: item.media?.durationMinutes ?? null,
    coverImageId: item.coverImageId,
    zh: { ...item.zh },
    en: item.en ? { ...item.en } : { ...blankText },
  };
}

const cleanText = (t: ContentText): ContentText => ({
  title: t.title.trim(),
  summary: t.summary.trim(),
  bodyHtml: normaliseHtml(t.bodyHtml),
});

export const hasEnglish = (en: ContentText): boolean =>
  Boolean(en.title.trim() || en.summary.trim() || !isBlankHtml(en.bodyHtml));

/** The request body: trimmed, HTML normalised, media only for a lecture, English null when left blank. */
export function inputFromForm(v: ContentFormValues): ContentInput {
  const media =
    v.kind === 'lecture' && v.mediaUrl.trim()
      ? {
          type: v.mediaType,
          url: v.mediaUrl.trim(),
          ...(v.mediaMinutes ? { durationMinutes: v.mediaMinutes } : {}),
        }
      : null;
  return {
    kind: v.kind,
    slug: v.slug.trim(),
    topics: [...v.topics],
    audiences: [...v.audiences],
    ...(v.readingMinutes ? { readingMinutes: v.readingMinutes } : {}),
    zh: cleanText(v.zh),
    en: hasEnglish(v.en) ? cleanText(v.en) : null,
    media,
    coverImageId: v.coverImageId,
  };
}

/** Whether the form differs from what was saved, compared as the requests they would make. */
export const isDirty = (v: ContentFormValues, saved: ContentFormValues): boolean =>
  JSON.stringify(inputFromForm(v)) !== JSON.stringify(inputFromForm(saved));

export type FormProblem =
  | 'slug'
  | 'topics'
  | 'zhTitle'
  | 'zhSummary'
  | 'zhBody'
  | 'enTitle'
  | 'enSummary'
  | 'enBody'
  | 'mediaUrl'
  | 'readingMinutes';

/** What stops a save, before the server is asked (it checks the same and more). */
export function formProblems(v: ContentFormValues): FormProblem[] {
  const out: FormProblem[] = [];
  if (!slugPattern.test(v.slug.trim())) out.push('slug');
  if (v.topics.length === 0) out.push('topics');
  if (!v.zh.title.trim()) out.push('zhTitle');
  if (!v.zh.summary.trim()) out.push('zhSummary');
  // A lecture's words may be its summary alone; articles and stories need a body.
  if (v.kind !== 'lecture' && isBlankHtml(v.zh.bodyHtml)) out.push('zhBody');
  if (hasEnglish(v.en)) {
    if (!v.en.title.trim()) out.push('enTitle');
    if (!v.en.summary.trim()) out.push('enSummary');
    if (v.kind !== 'lecture' && isBlankHtml(v.en.bodyHtml)) out.push('enBody');
  }
  if (v.kind === 'lecture' && !isHttpsUrl(v.mediaUrl)) out.push('mediaUrl');
  if (
    v.readingMinutes !== null &&
    !(Number.isInteger(v.readingMinutes) && v.readingMinutes >= 1 && v.readingMinutes <= 240)
  )
    out.push('readingMinutes');
  return out;
}

export function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s.trim());
    return u.protocol === 'https:' && Boolean(u.hostname);
  } catch {
    return false;
  }
}

/** A slug from an English title (or nothing): lower case words joined by hyphens, within 80 characters. */
export function slugFrom(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Minutes a worker needs to read a body: about 400 Chinese characters or 200 English words a minute (a slow,
 * careful pace — many read on a small phone in a break), never under one.
 */
export function estimateReadingMinutes(html: string): number {
  const text = htmlText(html);
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+/g) ?? []).length;
  return Math.max(1, Math.round(han / 400 + words / 200));
}
