import { ApiError } from '../../shared/api';

/** The content API's own refusals, each with a sentence in the "content" namespace (`errors.<code>`). */
const contentCodes = new Set([
  'version_conflict',
  'review_own_work',
  'invalid_transition',
  'slug_taken',
  'content_not_found',
  'image_too_large',
  'unsupported_image',
]);

/**
 * The "content" key of an error's sentence, or null for errors the console's general wording covers. An
 * image refused by size or type may come back as the proxy's or Fastify's generic 413/415 too.
 */
export function contentErrorKey(e: unknown): string | null {
  if (!(e instanceof ApiError)) return null;
  if (contentCodes.has(e.code)) return `errors.${e.code}`;
  if (e.status === 413) return 'errors.image_too_large';
  if (e.status === 415) return 'errors.unsupported_image';
  return null;
}

/** Types the server accepts for images, and its byte limit: checked before the upload to say it sooner. */
export const imageTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export function imageProblem(file: {
  type: string;
  size: number;
}): 'unsupported_image' | 'image_too_large' | null {
  if (!(imageTypes as readonly string[]).includes(file.type)) return 'unsupported_image';
  if (file.size > IMAGE_MAX_BYTES) return 'image_too_large';
  return null;
}
