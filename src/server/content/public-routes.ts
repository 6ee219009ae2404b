import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isAudienceId } from '../../core/content/audiences';
import { languageOf } from '../checkup/public-routes';
import { langSchema, publicQuery } from '../checkup/schemas';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { AppDeps } from '../deps';
import { errorResponses } from '../http/schemas';
import { readImage } from './images';
import { countRead, countToolUse, listPublished, readPublished, searchPublished } from './public';
import {
  type audienceSchema,
  contentDetailSchema,
  contentSummarySchema,
  kindSchema,
  searchHitSchema,
  toolSchema,
  topicSchema,
} from './schemas';

const audienceList = z
  .string()
  .max(600)
  .optional()
  .transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  )
  .refine((ids) => ids.every(isAudienceId), 'Unknown audience group')
  .transform((ids) => ids as z.infer<typeof audienceSchema>[])
  .meta({
    description: 'The worker’s own groups, comma-separated: what names them comes first, nothing is hidden',
  });

/** The library as workers and the mini-program read it: no sign-in, published versions only, nothing kept. */
export async function contentPublicRoutes(app: FastifyInstance, deps: AppDeps, directory: TenantDirectory) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['content'];
  const config = { action: 'public' as const };

  r.get(
    '/api/v1/content',
    {
      schema: {
        tags,
        summary: 'Published articles, lectures and stories: the worker’s groups first, then newest first',
        querystring: z.strictObject({
          ...publicQuery,
          // An empty filter (`?kind=&topic=`) means none.
          kind: kindSchema.or(z.literal('')).optional(),
          topic: topicSchema.or(z.literal('')).optional(),
          audience: audienceList,
          limit: z.coerce.number().int().min(1).max(50).default(20),
          cursor: z.string().max(40).optional(),
        }),
        response: {
          200: z.object({
            lang: langSchema,
            items: z.array(contentSummarySchema),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const tenant = await directory.resolve(req.query.tenant);
      return listPublished(db, tenant, languageOf(req, req.query.lang), {
        kind: req.query.kind || undefined,
        topic: req.query.topic || undefined,
        audiences: req.query.audience,
        limit: req.query.limit,
        cursor: req.query.cursor,
      });
    },
  );

  r.get(
    '/api/v1/content/:slug',
    {
      schema: {
        tags,
        summary: 'One published item with its text (never a draft written over it)',
        params: z.strictObject({ slug: z.string().max(80) }),
        querystring: z.strictObject(publicQuery),
        response: { 200: contentDetailSchema, ...errorResponses },
      },
      config,
    },
    async (req) => {
      const tenant = await directory.resolve(req.query.tenant);
      return readPublished(db, tenant, req.params.slug, languageOf(req, req.query.lang));
    },
  );

  r.get(
    '/api/v1/content-search',
    {
      schema: {
        tags,
        summary:
          'Search the published library in Chinese or English (both languages searched, shown in lang)',
        querystring: z.strictObject({
          ...publicQuery,
          q: z.string().max(2000).default('').meta({ description: '1–100 characters after trimming' }),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: {
          200: z.object({ lang: langSchema, q: z.string(), items: z.array(searchHitSchema) }),
          ...errorResponses,
        },
      },
      config,
    },
    async (req) => {
      const tenant = await directory.resolve(req.query.tenant);
      return searchPublished(db, tenant, req.query.q, languageOf(req, req.query.lang), req.query.limit);
    },
  );

  r.get(
    '/api/v1/content-images/:id',
    {
      schema: {
        tags,
        summary: 'An image of the library (PNG, JPEG or WebP), cached for a year',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: z.unknown().meta({ description: 'The image bytes' }), ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      const image = await readImage(db, req.params.id);
      // An image never changes under its id, so phones keep it for a year.
      return reply
        .header('content-type', image.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(image.data);
    },
  );

  r.post(
    '/api/v1/content-reads',
    {
      schema: {
        tags,
        summary:
          'Count an opened item (anonymous: per federation, item and day; no cookie, nothing about who)',
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        body: z.strictObject({ contentId: z.uuid() }),
        response: { 204: z.null(), ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      const tenant = await directory.resolve(req.query.tenant);
      await countRead(db, tenant, req.body.contentId, deps.clock.now());
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/v1/tool-uses',
    {
      schema: {
        tags,
        summary: 'Count a use of a self-help tool (anonymous: per federation, tool and day)',
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        body: z.strictObject({ tool: toolSchema }),
        response: { 204: z.null(), ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      const tenant = await directory.resolve(req.query.tenant);
      await countToolUse(db, tenant, req.body.tool, deps.clock.now());
      return reply.code(204).send(null);
    },
  );
}
