import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicQuery } from '../checkup/schemas';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { previewRules, publicRules, readRuleSet, saveRuleSet } from './rule-sets';
import {
  previewBody,
  previewResponse,
  publicRulesResponse,
  ruleSetResponse,
  saveRuleSetBody,
} from './schemas';

/**
 * Recommendation rules: the public list the phone evaluates itself (so no result leaves it), and the staff
 * routes that read, save and try them out.
 */
export async function recommendationRoutes(app: FastifyInstance, deps: AppDeps, directory: TenantDirectory) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rs = { db: deps.database.db, directory };
  const tags = ['recommendations'];
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.clock);

  r.get(
    '/api/v1/recommendation-rules',
    {
      schema: {
        tags,
        summary:
          'The rules that choose what a worker is recommended after a check-up; the phone applies them to its own results',
        querystring: z.strictObject({ tenant: publicQuery.tenant }),
        response: { 200: publicRulesResponse, ...errorResponses },
      },
      config: { action: 'public' },
    },
    async (req) => publicRules(rs, req.query.tenant),
  );

  r.get(
    '/api/v1/recommendation-rule-set',
    {
      schema: {
        tags,
        summary: 'This federation’s recommendation rules (the defaults until it saves its own), for editing',
        response: { 200: ruleSetResponse, ...errorResponses },
      },
      config: { action: 'recommendation.read' },
    },
    async (req) => readRuleSet(rs, ctx(req)),
  );

  r.put(
    '/api/v1/recommendation-rule-set',
    {
      schema: {
        tags,
        summary:
          'Save the rules as a new version (known instruments, bands, tools, topics and groups only; audited)',
        body: saveRuleSetBody,
        response: { 200: ruleSetResponse, ...errorResponses },
      },
      config: { action: 'recommendation.edit' },
    },
    async (req) => saveRuleSet(rs, ctx(req), req.body),
  );

  r.post(
    '/api/v1/recommendation-rule-set/preview',
    {
      schema: {
        tags,
        summary: 'What a worker with these sample results and groups would be recommended under these rules',
        body: previewBody,
        response: { 200: previewResponse, ...errorResponses },
      },
      config: { action: 'recommendation.read' },
    },
    async (req) => previewRules(rs, ctx(req), req.body),
  );
}
