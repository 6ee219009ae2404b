import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { contentErrorKey, imageProblem } from './content-errors';
import {
  emptyForm,
  estimateReadingMinutes,
  formFromItem,
  formProblems,
  inputFromForm,
  isDirty,
  isHttpsUrl,
  slugFrom,
} from './content-form';

const filled = () => ({
  ...emptyForm(),
  slug: 'sleep-on-the-road',
  topics: ['sleep' as const],
  zh: { title: ' 路上的睡眠 ', summary: '摘要', bodyHtml: '<div>正文</div>' },
});

describe('the content form', () => {
  it('makes a clean request: trimmed, normalised, English null when blank, no media for an article', () => {
    const input = inputFromForm({ ...filled(), mediaUrl: 'https://v.example/x.mp4' });
    expect(input.zh).toEqual({ title: '路上的睡眠', summary: '摘要', bodyHtml: '<p>正文</p>' });
    expect(input.en).toBeNull();
    expect(input.media).toBeNull();
    expect('readingMinutes' in input).toBe(false);
  });

  it('sends a lecture’s media with its minutes', () => {
    const input = inputFromForm({
      ...filled(),
      kind: 'lecture',
      mediaType: 'audio',
      mediaUrl: ' https://a.example/1.mp3 ',
      mediaMinutes: 30,
    });
    expect(input.media).toEqual({ type: 'audio', url: 'https://a.example/1.mp3', durationMinutes: 30 });
  });

  it('round-trips a saved item and sees no change', () => {
    const item = {
      kind: 'lecture' as const,
      slug: 'x-y',
      topics: ['sleep' as const],
      audiences: ['truck_driver' as const],
      readingMinutes: 5,
      media: { type: 'video' as const, url: 'https://v.example/1', durationMinutes: null },
      coverImageId: null,
      zh: { title: 't', summary: 's', bodyHtml: '<p>b</p>' },
      en: null,
    };
    const f = formFromItem(item);
    expect(isDirty(f, formFromItem(item))).toBe(false);
    expect(isDirty({ ...f, zh: { ...f.zh, bodyHtml: '<div>b</div>' } }, formFromItem(item))).toBe(false);
    expect(isDirty({ ...f, zh: { ...f.zh, bodyHtml: '<p>c</p>' } }, formFromItem(item))).toBe(true);
  });

  it('lists what stops a save', () => {
    expect(formProblems(emptyForm())).toEqual(['slug', 'topics', 'zhTitle', 'zhSummary', 'zhBody']);
    expect(formProblems(filled())).toEqual([]);
    expect(formProblems({ ...filled(), en: { title: '', summary: 'x', bodyHtml: '' } })).toEqual([
      'enTitle',
      'enBody',
    ]);
    expect(formProblems({ ...filled(), en: { title: 'T', summary: ' ', bodyHtml: '<p>x</p>' } })).toEqual([
      'enSummary',
    ]);
    expect(
      formProblems({
        ...filled(),
        kind: 'lecture',
        zh: { ...filled().zh, bodyHtml: '' },
        mediaUrl: 'http://x',
      }),
    ).toEqual(['mediaUrl']);
    expect(formProblems({ ...filled(), readingMinutes: 0.5 })).toEqual(['readingMinutes']);
    expect(formProblems({ ...filled(), slug: 'Bad Slug' })).toEqual(['slug']);
  });

  it('checks https links and makes slugs', () => {
    expect(isHttpsUrl('https://x.cn/v')).toBe(true);
    expect(isHttpsUrl('http://x.cn/v')).toBe(false);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(slugFrom('  Sleep on the Road: a Driver’s Guide! ')).toBe('sleep-on-the-road-a-driver-s-guide');
    expect(slugFrom('路上')).toBe('');
  });

  it('estimates reading minutes at a slow pace', () => {
    expect(estimateReadingMinutes('<p>短</p>')).toBe(1);
    expect(estimateReadingMinutes(`<p>${'字'.repeat(2000)}</p>`)).toBe(5);
    expect(estimateReadingMinutes(`<p>${'word '.repeat(600)}</p>`)).toBe(3);
  });
});

describe('content errors', () => {
  it('names the content API’s refusals and the generic image ones', () => {
    expect(contentErrorKey(new ApiError(409, 'version_conflict', 'x'))).toBe('errors.version_conflict');
    expect(contentErrorKey(new ApiError(403, 'review_own_work', 'x'))).toBe('errors.review_own_work');
    expect(contentErrorKey(new ApiError(413, 'payload_too_large', 'x'))).toBe('errors.image_too_large');
    expect(contentErrorKey(new ApiError(415, 'unsupported_media_type', 'x'))).toBe(
      'errors.unsupported_image',
    );
    expect(contentErrorKey(new ApiError(500, 'internal', 'x'))).toBeNull();
    expect(contentErrorKey(new Error('x'))).toBeNull();
  });

  it('checks an image before sending it', () => {
    expect(imageProblem({ type: 'image/gif', size: 10 })).toBe('unsupported_image');
    expect(imageProblem({ type: 'image/png', size: 3 * 1024 * 1024 })).toBe('image_too_large');
    expect(imageProblem({ type: 'image/webp', size: 1000 })).toBeNull();
  });
});

describe('content labels', () => {
  it('names topics and audiences in the reader’s language and groups audiences by dimension', async () => {
    const { audienceLabel, audienceOptionGroups, topicLabel } = await import('./content-labels');
    expect(topicLabel('sleep', 'zh-CN')).toBe('睡眠');
    expect(topicLabel('sleep', 'en')).toBe('Sleep');
    expect(audienceLabel('driver_family', 'zh-CN')).toBe('司机家属（卡嫂）');
    expect(audienceLabel('unknown_group', 'en')).toBe('unknown_group');
    const groups = audienceOptionGroups('en', (d) => d.toUpperCase());
    expect(groups.map((g) => g.label)).toEqual(['EMPLOYMENT_FORM', 'INDUSTRY', 'POSITION', 'FAMILY', 'AGE']);
    expect(groups.flatMap((g) => g.options).length).toBe(16);
  });
});
