import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { Granularity } from '../../core/statistics/model';
import { localDateOf } from '../../core/time';
import type { AppDeps } from '../deps';
import { errorResponses } from '../http/schemas';
import { breakdownCsv, overviewCsv } from './csv';
import { computeBreakdown, computeOverview, resolvePeriod, resolveScope } from './dashboard';
import {
  breakdownCsvQuery,
  breakdownQuery,
  breakdownSchema,
  overviewCsvQuery,
  overviewQuery,
  overviewSchema,
  scopesQuery,
  scopesSchema,
} from './schemas';
import { listScopes } from './scope';

const csvFile = z.unknown().meta({ description: 'The table as CSV (UTF-8 with BOM), as an attachment' });

interface Asked {
  granularity: Granularity;
  date?: string;
  from?: string;
  to?: string;
  organisationId?: string;
  tenantId?: string;
  rollup?: 'cities';
}

/** The console dashboard's figures (issue 8): overview, breakdowns, their CSV, and what the viewer may pick. */
export async function statisticsRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const min = deps.config.minGroupSize;
  const tags = ['statistics'];
  // The contract's code for a bad query string is invalid_query (not the generic validation_failed).
  const checked = (req: FastifyRequest) => {
    if (req.validationError)
      throw new AppError('invalid_query', '查询参数有误 (the query string is invalid)', {
        issues: req.validationError.message,
      });
  };
  const scopeAndPeriod = async (req: FastifyRequest, q: Asked) => {
    checked(req);
    const principal = req.principal ?? { kind: 'anonymous' as const };
    const scope = await resolveScope(db, principal, q);
    const today = localDateOf(deps.clock.now(), scope.zone);
    return { scope, period: resolvePeriod(q, scope.zone, today) };
  };
  const attachment = (name: string) => `attachment; filename="${name}"`;

  r.get(
    '/api/v1/statistics/overview',
    {
      attachValidation: true,
      schema: {
        tags,
        summary:
          'Service figures of a scope and period, with the previous period, the trend and results by band',
        querystring: overviewQuery,
        response: { 200: overviewSchema, ...errorResponses },
      },
      config: { action: 'statistics.read' },
    },
    async (req) => {
      const { scope, period } = await scopeAndPeriod(req, req.query);
      return computeOverview(db, scope, period, min);
    },
  );

  r.get(
    '/api/v1/statistics/breakdown',
    {
      attachValidation: true,
      schema: {
        tags,
        summary:
          'The same figures by organisation, service point, counsellor, audience, employment form or industry',
        querystring: breakdownQuery,
        response: { 200: breakdownSchema, ...errorResponses },
      },
      config: { action: 'statistics.read' },
    },
    async (req) => {
      const { scope, period } = await scopeAndPeriod(req, req.query);
      return computeBreakdown(db, scope, period, req.query.dimension, min);
    },
  );

  r.get(
    '/api/v1/statistics/overview.csv',
    {
      attachValidation: true,
      schema: {
        tags,
        summary: 'The overview as CSV (hidden cells written <10)',
        querystring: overviewCsvQuery,
        response: { 200: csvFile, ...errorResponses },
      },
      config: { action: 'statistics.read' },
    },
    async (req, reply) => {
      const { scope, period } = await scopeAndPeriod(req, req.query);
      const body = overviewCsv(await computeOverview(db, scope, period, min), req.query.lang);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(`statistics-${period.view.from}-${period.view.to}.csv`))
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  r.get(
    '/api/v1/statistics/breakdown.csv',
    {
      attachValidation: true,
      schema: {
        tags,
        summary: 'A breakdown as CSV (hidden cells written <10)',
        querystring: breakdownCsvQuery,
        response: { 200: csvFile, ...errorResponses },
      },
      config: { action: 'statistics.read' },
    },
    async (req, reply) => {
      const { scope, period } = await scopeAndPeriod(req, req.query);
      const view = await computeBreakdown(db, scope, period, req.query.dimension, min);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          attachment(`statistics-${req.query.dimension}-${period.view.from}-${period.view.to}.csv`),
        )
        .header('cache-control', 'no-store')
        .send(breakdownCsv(view, req.query.lang));
    },
  );

  r.get(
    '/api/v1/statistics/scopes',
    {
      schema: {
        tags,
        summary: 'What the viewer may pick: federations, organisations in reach, where the dashboard opens',
        querystring: scopesQuery,
        response: { 200: scopesSchema, ...errorResponses },
      },
      config: { action: 'statistics.read' },
    },
    async (req) => listScopes(db, req.principal ?? { kind: 'anonymous' }),
  );
}
