import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { alertSchema, alertSummarySchema } from './schemas';
import { acknowledgeAlert, closeAlert, listAlerts, summariseAlerts } from './use-cases';

export async function alertRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['alerts'];

  r.get(
    '/api/v1/alerts',
    {
      schema: {
        tags,
        summary: 'Requests for help for the federation’s counsellors, newest first (reading them is audited)',
        querystring: z.strictObject({
          status: z.enum(['new', 'acknowledged', 'closed', 'open']).default('open'),
        }),
        response: { 200: z.object({ alerts: z.array(alertSchema) }), ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => {
      const statuses = req.query.status === 'open' ? ['new', 'acknowledged'] : [req.query.status];
      const alerts = await listAlerts(db, deps.cipher, contextOf(req, deps.clock), statuses);
      return {
        alerts: alerts.map((a) => ({ ...a, priority: a.priority as 'crisis', status: a.status as 'new' })),
      };
    },
  );

  r.post(
    '/api/v1/alerts/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Take a request: the others see it is being handled',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: alertSchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => {
      const a = await acknowledgeAlert(db, deps.cipher, contextOf(req, deps.clock), req.params.id);
      return { ...a, priority: a.priority as 'crisis', status: a.status as 'new' };
    },
  );

  r.get(
    '/api/v1/alerts/summary',
    {
      schema: {
        tags,
        summary: 'How many requests wait (new, of which crisis) — counts only, not audited',
        response: { 200: alertSummarySchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => summariseAlerts(db, contextOf(req, deps.clock)),
  );

  r.post(
    '/api/v1/alerts/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a request that is being handled',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: alertSchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => {
      const a = await closeAlert(db, deps.cipher, contextOf(req, deps.clock), req.params.id);
      return { ...a, priority: a.priority as 'crisis', status: a.status as 'new' };
    },
  );
}
