import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isMigrated } from '../db/migrate';
import type { AppDeps } from '../deps';

const statusSchema = z.object({ status: z.enum(['ok', 'unavailable']), reason: z.string().optional() });

export async function healthRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/healthz',
    {
      schema: { tags: ['operations'], summary: 'The process is up', response: { 200: statusSchema } },
      config: { action: 'public', rateLimit: false },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );
  r.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable and fully migrated',
        response: { 200: statusSchema, 503: statusSchema },
      },
      config: { action: 'public', rateLimit: false },
      logLevel: 'warn',
    },
    async (_req, reply) => {
      const ok = await isMigrated(deps.database).catch(() => false);
      if (ok) return { status: 'ok' as const };
      return reply
        .status(503)
        .send({ status: 'unavailable' as const, reason: 'database unreachable or not migrated' });
    },
  );
}
