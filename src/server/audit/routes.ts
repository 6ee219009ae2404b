import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, dayEnd, dayStart } from '../../core/time';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses, isoDate, pageQuery } from '../http/schemas';
import { findTenant } from '../tenancy/repository';
import { auditEventSchema, chainReportSchema } from './schemas';
import { searchAudit, verifyAudit } from './use-cases';

export async function auditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['audit'];

  r.get(
    '/api/v1/audit-events',
    {
      schema: {
        tags,
        summary: 'Search the audit trail, newest first (the search itself is audited)',
        querystring: z.strictObject({
          tenantId: z.uuid().optional(),
          action: z
            .string()
            .trim()
            .max(80)
            .optional()
            .meta({ description: 'Prefix, e.g. "auth." or "user.create"' }),
          actor: z.string().trim().max(80).optional(),
          outcome: z.enum(['success', 'denied', 'failure']).optional(),
          objectType: z.string().trim().max(40).optional(),
          objectId: z.string().trim().max(80).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          ...pageQuery,
        }),
        response: {
          200: z.object({ total: z.number().int(), events: z.array(auditEventSchema) }),
          ...errorResponses,
        },
      },
      config: { action: 'audit.read' },
    },
    async (req) => {
      const { from, to, ...rest } = req.query;
      // A bare date means that whole calendar day in the caller's federation's zone.
      const p = req.principal;
      const zone = (p.kind === 'staff' && (await findTenant(db, p.tenantId))?.timeZone) || DEFAULT_TIME_ZONE;
      const result = await searchAudit(db, contextOf(req, deps.clock), {
        ...rest,
        from: from ? (from.length === 10 ? dayStart(from, zone) : new Date(from)) : undefined,
        to: to ? (to.length === 10 ? dayEnd(to, zone) : new Date(to)) : undefined,
      });
      return { total: result.total, events: result.events.map(({ prevHash: _p, ...e }) => e) };
    },
  );

  r.post(
    '/api/v1/audit-events/verify',
    {
      schema: {
        tags,
        summary: 'Recompute the hash chain and report changed, missing or removed events',
        body: z.strictObject({ tenantId: z.uuid().optional() }).optional(),
        response: {
          200: z.object({ ok: z.boolean(), chains: z.array(chainReportSchema) }),
          ...errorResponses,
        },
      },
      config: { action: 'audit.read' },
    },
    async (req) => {
      const chains = await verifyAudit(db, contextOf(req, deps.clock), req.body?.tenantId);
      return { ok: chains.every((c) => c.ok), chains };
    },
  );
}
