import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { imageTypes } from '../../core/content/images';
import { AppError } from '../../core/errors';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, idParams } from '../http/schemas';
import { createContent, updateContent } from './editing';
import { collectUpload, uploadImage } from './images';
import {
  contentInputSchema,
  contentUpdateSchema,
  imageSchema,
  kindSchema,
  staffDetailSchema,
  staffSummarySchema,
  statusSchema,
  versionSchema,
} from './schemas';
import { listStaffContent, readContentVersion, readStaffContent } from './staff-reading';
import { archiveContent, restoreContent, reviewContent, submitContent } from './workflow-steps';

/** An article in both languages passes the app's 64 KiB JSON limit (Chinese is three bytes a character). */
const TEXT_BODY_LIMIT = 512 * 1024;

const imageErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/** The library in the console: drafting and editing, review, scheduling, archive; every write audited. */
export async function contentStaffRoutes(app: FastifyInstance, deps: AppDeps) {
  const db = deps.database.db;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);
  const tags = ['content (staff)'];

  await app.register(async (scope) => {
    // Raw image uploads, read here and nowhere else; a body past the limit is refused while it arrives.
    scope.addContentTypeParser([...imageTypes], (_req, payload, done) => collectUpload(payload, done));
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/api/v1/content-items',
      {
        schema: {
          tags,
          summary: 'Every item of the federation’s library in its latest state, most recently changed first',
          querystring: z.strictObject({
            // An empty filter (`?status=&kind=`) means none.
            status: statusSchema.or(z.literal('')).optional(),
            kind: kindSchema.or(z.literal('')).optional(),
            q: z.string().trim().max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(staffSummarySchema) }), ...errorResponses },
        },
        config: { action: 'content.read' },
      },
      async (req) => ({
        items: await listStaffContent(db, ctx(req), {
          status: req.query.status || undefined,
          kind: req.query.kind || undefined,
          q: req.query.q || undefined,
        }),
      }),
    );

    r.post(
      '/api/v1/content-items',
      {
        schema: {
          tags,
          summary: 'Start an item: version 1, a draft (HTML sanitised on save)',
          body: contentInputSchema,
          response: { 201: staffDetailSchema, ...errorResponses },
        },
        config: { action: 'content.edit' },
        bodyLimit: TEXT_BODY_LIMIT,
      },
      async (req, reply) => reply.code(201).send(await createContent(db, ctx(req), req.body)),
    );

    r.get(
      '/api/v1/content-items/:id',
      {
        schema: {
          tags,
          summary: 'An item: its current version, every version saved and its workflow history',
          params: idParams,
          response: { 200: staffDetailSchema, ...errorResponses },
        },
        config: { action: 'content.read' },
      },
      async (req) => readStaffContent(db, ctx(req), req.params.id),
    );

    r.put(
      '/api/v1/content-items/:id',
      {
        schema: {
          tags,
          summary: 'Save a new version on top of baseVersion (409 version_conflict when someone saved since)',
          params: idParams,
          body: contentUpdateSchema,
          response: { 200: staffDetailSchema, ...errorResponses },
        },
        config: { action: 'content.edit' },
        bodyLimit: TEXT_BODY_LIMIT,
      },
      async (req) => updateContent(db, ctx(req), req.params.id, req.body),
    );

    r.get(
      '/api/v1/content-items/:id/versions/:version',
      {
        schema: {
          tags,
          summary: 'One saved version as it was',
          params: z.strictObject({ id: z.uuid(), version: z.coerce.number().int().min(1).max(100_000) }),
          response: { 200: versionSchema, ...errorResponses },
        },
        config: { action: 'content.read' },
      },
      async (req) => readContentVersion(db, ctx(req), req.params.id, req.params.version),
    );

    r.post(
      '/api/v1/content-items/:id/submit',
      {
        schema: {
          tags,
          summary: 'Send the draft for review',
          params: idParams,
          body: z.strictObject({ note: z.string().trim().max(500).optional() }).optional(),
          response: { 200: staffDetailSchema, ...errorResponses },
        },
        config: { action: 'content.edit' },
      },
      async (req) => submitContent(db, ctx(req), req.params.id, req.body?.note),
    );

    r.post(
      '/api/v1/content-items/:id/review',
      {
        schema: {
          tags,
          summary:
            'Approve (published now, or scheduled for a publishAt ahead) or return to draft; not one’s own version',
          params: idParams,
          body: z.strictObject({
            decision: z.enum(['approve', 'return']),
            comment: z.string().trim().max(1000).optional(),
            publishAt: z.iso.datetime({ offset: true }).optional(),
          }),
          response: { 200: staffDetailSchema, ...errorResponses },
        },
        config: { action: 'content.review' },
      },
      async (req) =>
        reviewContent(db, ctx(req), req.params.id, {
          decision: req.body.decision,
          comment: req.body.comment,
          publishAt: req.body.publishAt ? new Date(req.body.publishAt) : undefined,
        }),
    );

    r.post(
      '/api/v1/content-items/:id/archive',
      {
        schema: {
          tags,
          summary: 'Take a published or scheduled item off the worker app',
          params: idParams,
          body: z.strictObject({ reason: z.string().trim().max(500).optional() }).optional(),
          response: { 200: staffDetailSchema, ...errorResponses },
        },
        config: { action: 'content.edit' },
      },
      async (req) => archiveContent(db, ctx(req), req.params.id, req.body?.reason),
    );

    r.post(
      '/api/v1/content-items/:id/restore',
      {
        schema: {
          tags,
          summary: 'Bring an archived item back as a draft (reviewed again before workers see it)',
          params: idParams,
          response: { 200: staffDetailSchema, ...errorResponses },
        },
        config: { action: 'content.edit' },
      },
      async (req) => restoreContent(db, ctx(req), req.params.id),
    );

    r.post(
      '/api/v1/content-images',
      {
        schema: {
          tags,
          summary: 'Upload an image as the raw body (PNG, JPEG or WebP; at most 2 MiB and 4096 px a side)',
          consumes: [...imageTypes],
          response: { 201: imageSchema, ...imageErrors },
        },
        config: { action: 'content.edit' },
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body))
          throw new AppError('unsupported_image', '只能上传 PNG、JPEG 或 WebP 图片 (PNG, JPEG or WebP only)');
        const type = String(req.headers['content-type'] ?? '');
        return reply.code(201).send(await uploadImage(db, ctx(req), req.body, type));
      },
    );
  });
}
