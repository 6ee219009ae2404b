import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { acknowledgeAlert, listAlerts } from './use-cases';

const alertSchema = z
  .object({
    id: z.uuid(),
    source: z.string(),
    priority: z.enum(['crisis', 'high', 'normal']),
    status: z.enum(['new', 'acknowledged', 'closed']),
    createdAt: z.string(),
    contact: z.object({ phone: z.string(), preferredTime: z.string(), message: z.string().nullable() }),
    consentVersion: z.string(),
    sharedSubmissionId: z.uuid().nullable(),
    acknowledgedAt: z.string().nullable(),
  })
  .meta({ id: 'Alert' });

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
}
