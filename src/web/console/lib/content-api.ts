import type { ContentKind } from '../../../core/content/topics';
import { query } from '../../shared/api';
import { call } from './call';
import type {
  ContentInput,
  ContentStatus,
  ContentVersion,
  ReviewDecision,
  StaffContentDetail,
  StaffContentSummary,
  UploadedImage,
} from './content-types';

/** The content library's staff calls (issue 6 contract). Writes carry the CSRF token through `call`. */

export interface ContentFilter {
  status?: ContentStatus;
  kind?: ContentKind;
  q?: string;
}

export const loadContentItems = (f: ContentFilter) =>
  call<{ items: StaffContentSummary[] }>('GET', `/api/v1/content-items${query({ ...f })}`).then(
    (r) => r.items,
  );

export const loadContentItem = (id: string) => call<StaffContentDetail>('GET', `/api/v1/content-items/${id}`);

export const loadContentVersion = (id: string, version: number) =>
  call<ContentVersion>('GET', `/api/v1/content-items/${id}/versions/${version}`);

export const createContentItem = (input: ContentInput) =>
  call<StaffContentDetail>('POST', '/api/v1/content-items', input);

export const saveContentItem = (id: string, input: ContentInput & { baseVersion: number; note?: string }) =>
  call<StaffContentDetail>('PUT', `/api/v1/content-items/${id}`, input);

export const submitContentItem = (id: string, note?: string) =>
  call<unknown>('POST', `/api/v1/content-items/${id}/submit`, note ? { note } : {});

export const reviewContentItem = (id: string, decision: ReviewDecision) =>
  call<unknown>('POST', `/api/v1/content-items/${id}/review`, decision);

export const archiveContentItem = (id: string, reason?: string) =>
  call<unknown>('POST', `/api/v1/content-items/${id}/archive`, reason ? { reason } : {});

export const restoreContentItem = (id: string) =>
  call<unknown>('POST', `/api/v1/content-items/${id}/restore`);

/** The image goes as the raw request body with its own type; the server checks type, bytes and size. */
export const uploadContentImage = (file: Blob) => call<UploadedImage>('POST', '/api/v1/content-images', file);

export const contentImageUrl = (id: string) => `/api/v1/content-images/${id}`;
