import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../deps';
import { errorResponses } from '../http/schemas';
import {
  readLinkedDiary,
  readLinkedGroups,
  replaceLinkedDiary,
  replaceLinkedGroups,
  unlinkDiary,
  unlinkGroups,
} from './linked';
import {
  diaryPutBody,
  diaryResponse,
  groupsPutBody,
  groupsResponse,
  retrievalCodeHeader,
  unlinkResponse,
} from './schemas';

/**
 * The mood diary and the worker's groups, linked to their retrieval code only when they choose to (issue 6):
 * public, proved by X-Retrieval-Code, limited like the other retrieval-code routes.
 */
export async function linkedDataRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ld = { db: deps.database.db, cipher: deps.cipher };
  const tags = ['linked data'];
  const config = {
    action: 'public' as const,
    rateLimit: deps.config.rateLimit ? { max: 30, timeWindow: '1 minute' } : false,
  };
  const headers = retrievalCodeHeader;
  const code = (h: { 'x-retrieval-code': string }) => h['x-retrieval-code'];

  r.get(
    '/api/v1/linked-diary',
    {
      schema: {
        tags,
        summary: 'The mood diary linked to my retrieval code (empty, updatedAt null, when none is)',
        headers,
        response: { 200: diaryResponse, ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return readLinkedDiary(ld, code(req.headers));
    },
  );

  r.put(
    '/api/v1/linked-diary',
    {
      schema: {
        tags,
        summary:
          'Link the mood diary to my retrieval code, or replace the linked copy with the phone’s merged one (sealed)',
        headers,
        body: diaryPutBody,
        response: { 200: diaryResponse, ...errorResponses },
      },
      config,
    },
    async (req) =>
      replaceLinkedDiary(ld, code(req.headers), req.body.entries, req.body.baseUpdatedAt, deps.clock.now()),
  );

  r.delete(
    '/api/v1/linked-diary',
    {
      schema: {
        tags,
        summary: 'Stop linking the mood diary: the copy on the server is deleted (the phone keeps its own)',
        headers,
        response: { 200: unlinkResponse, ...errorResponses },
      },
      config,
    },
    async (req) => unlinkDiary(ld, code(req.headers), deps.clock.now()),
  );

  r.get(
    '/api/v1/linked-groups',
    {
      schema: {
        tags,
        summary: 'The groups (我是…) linked to my retrieval code (empty, updatedAt null, when none are)',
        headers,
        response: { 200: groupsResponse, ...errorResponses },
      },
      config,
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return readLinkedGroups(ld, code(req.headers));
    },
  );

  r.put(
    '/api/v1/linked-groups',
    {
      schema: {
        tags,
        summary: 'Link my groups to my retrieval code, or replace the linked set (sealed)',
        headers,
        body: groupsPutBody,
        response: { 200: groupsResponse, ...errorResponses },
      },
      config,
    },
    async (req) =>
      replaceLinkedGroups(ld, code(req.headers), req.body.groups, req.body.baseUpdatedAt, deps.clock.now()),
  );

  r.delete(
    '/api/v1/linked-groups',
    {
      schema: {
        tags,
        summary: 'Stop linking my groups: the copy on the server is deleted (the phone keeps its own)',
        headers,
        response: { 200: unlinkResponse, ...errorResponses },
      },
      config,
    },
    async (req) => unlinkGroups(ld, code(req.headers), deps.clock.now()),
  );
}
