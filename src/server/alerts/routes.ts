import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { enterAlert, referFromEnterprise } from './requests';
import {
  alertItemSchema,
  alertSchema,
  alertSummarySchema,
  closeAlertBody,
  enterpriseReferralBody,
  staffAlertBody,
} from './schemas';
import { acknowledgeAlert, closeAlert, listAlerts, readAlert, summariseAlerts } from './use-cases';

export async function alertRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const alertDeps = { db: deps.database.db, cipher: deps.cipher, events: deps.events };
  const tags = ['alerts'];
  const params = z.strictObject({ id: z.uuid() });

  r.get(
    '/api/v1/alerts',
    {
      schema: {
        tags,
        summary: 'The triage queue: crisis first, then the oldest; no contact details (not an audited read)',
        querystring: z.strictObject({
          status: z.enum(['new', 'acknowledged', 'closed', 'open']).default('open'),
        }),
        response: { 200: z.object({ alerts: z.array(alertItemSchema) }), ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => {
      const statuses = req.query.status === 'open' ? ['new', 'acknowledged'] : [req.query.status];
      return { alerts: await listAlerts(alertDeps, contextOf(req, deps.clock), statuses) };
    },
  );

  r.post(
    '/api/v1/alerts',
    {
      schema: {
        tags,
        summary: 'Enter a request from a hotline call or a walk-in, after the person agreed to be contacted',
        body: staffAlertBody,
        response: { 201: alertSchema, ...errorResponses },
      },
      config: { action: 'alert.enter' },
    },
    async (req, reply) =>
      reply.status(201).send(await enterAlert(alertDeps, contextOf(req, deps.clock), req.body)),
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
    async (req) => summariseAlerts(alertDeps.db, contextOf(req, deps.clock)),
  );

  r.get(
    '/api/v1/alerts/:id',
    {
      schema: {
        tags,
        summary: 'One request with the contact details given under consent, and shared results (audited)',
        params,
        response: { 200: alertSchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => readAlert(alertDeps, contextOf(req, deps.clock), req.params.id),
  );

  r.post(
    '/api/v1/alerts/:id/acknowledge',
    {
      schema: {
        tags,
        summary: 'Take a request: the others see it is being handled (audited)',
        params,
        response: { 200: alertSchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => acknowledgeAlert(alertDeps, contextOf(req, deps.clock), req.params.id),
  );

  r.post(
    '/api/v1/alerts/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a request that is being handled, with a reason (handled by default; audited)',
        params,
        body: closeAlertBody.nullish(),
        response: { 200: alertSchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) =>
      closeAlert(alertDeps, contextOf(req, deps.clock), req.params.id, req.body?.reason ?? 'handled'),
  );

  r.post(
    '/api/v1/enterprise-referrals',
    {
      schema: {
        tags,
        summary:
          'Pass a worker who agreed to it on to the federation’s counsellors; answers a receipt only (employers see aggregates only)',
        body: enterpriseReferralBody,
        response: { 201: z.object({ id: z.uuid(), receivedAt: z.string() }), ...errorResponses },
      },
      config: { action: 'alert.refer' },
    },
    async (req, reply) =>
      reply.status(201).send(await referFromEnterprise(alertDeps, contextOf(req, deps.clock), req.body)),
  );
}
