import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { presentCoverage, presentSuggestions } from './presenters';
import { coverageQuery, coverageSchema, suggestionsQuery, suggestionsSchema } from './schemas';
import { coverage, suggestions } from './use-cases';

/**
 * The 15-minute service circle (15分钟心理服务圈): coverage of enterprises and members by the points open in a
 * week, and where new points would reach the most uncovered members.
 */
export async function coverageRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const ctx = (req: FastifyRequest) => contextOf(req, deps.clock);
  const tags = ['statistics'];

  // The schema documents the query and the handler parses it, so that a bad query is 400 invalid_query
  // (the statistics routes' code) rather than the generic validation_failed.
  const parse = <S extends z.ZodType>(schema: S, req: FastifyRequest): z.infer<S> => {
    const parsed = schema.safeParse(req.query);
    if (!parsed.success) {
      throw new AppError('invalid_query', 'The query is not valid', {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    return parsed.data;
  };

  r.get(
    '/api/v1/statistics/coverage',
    {
      attachValidation: true,
      schema: {
        tags,
        summary:
          'The 15-minute service circle: enterprises and members within reach of a point open that week',
        querystring: coverageQuery,
        response: { 200: coverageSchema, ...errorResponses },
      },
      config: { action: 'coverage.read' },
    },
    async (req) => presentCoverage(await coverage(db, deps.config, ctx(req), parse(coverageQuery, req))),
  );

  r.get(
    '/api/v1/statistics/coverage/suggestions',
    {
      attachValidation: true,
      schema: {
        tags,
        summary: 'Where next: 1–5 candidate sites that would bring the most uncovered members within reach',
        querystring: suggestionsQuery,
        response: { 200: suggestionsSchema, ...errorResponses },
      },
      config: { action: 'coverage.read' },
    },
    async (req) =>
      presentSuggestions(await suggestions(db, deps.config, ctx(req), parse(suggestionsQuery, req))),
  );
}
