import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { careRoutes } from './alerts/care-routes';
import { alertRoutes } from './alerts/routes';
import { appendAuditEvent } from './audit/repository';
import { auditRoutes } from './audit/routes';
import type { openSlots, PointOverview } from './booking/finding';
import { bookingPublicRoutes } from './booking/public-routes';
import { SlotSearchCache } from './booking/slot-search-cache';
import { bookingStaffRoutes } from './booking/staff-routes';
import { campaignRoutes } from './campaigns/routes';
import { followUpRoutes } from './care/follow-up-routes';
import { caseRoutes } from './care/routes';
import { checkupPublicRoutes } from './checkup/public-routes';
import { checkupStaffRoutes } from './checkup/staff-routes';
import { TenantDirectory } from './checkup/tenant-directory';
import { contentPublicRoutes } from './content/public-routes';
import { contentStaffRoutes } from './content/staff-routes';
import type { AppDeps } from './deps';
import { eventPublicRoutes } from './events/public-routes';
import { eventStaffRegistrationRoutes } from './events/staff-registration-routes';
import { eventStaffRoutes } from './events/staff-routes';
import accessPlugin from './http/access-plugin';
import { installErrorHandling } from './http/errors';
import { loggerOptions } from './http/logging';
import { installOpenApi } from './http/openapi';
import { installSecurity } from './http/security';
import { linkedDataRoutes } from './linked-data/routes';
import { measureRoutes } from './measures/routes';
import { myDataRoutes } from './my-data/routes';
import { smsSenderFrom } from './sms/sender';
import { statisticsRoutes } from './statistics/routes';
import './http/types';
import { installWebApps } from './http/web-apps';
import { identityRoutes } from './identity/routes';
import { healthRoutes } from './ops/health-routes';
import { orderRoutes } from './orders/routes';
import { organisationRoutes } from './organisations/routes';
import { LocalEventBus } from './realtime/bus';
import { eventsRoute } from './realtime/events-route';
import { notificationRoutes } from './realtime/notification-routes';
import { recommendationRoutes } from './recommendations/routes';
import { findTenantBySlug, PLATFORM_SLUG } from './tenancy/repository';
import { tenantRoutes } from './tenancy/routes';

export interface BuildOptions {
  /** Where the built web apps are, when not config.webDir. */
  webDir?: string;
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: { write(line: string): void };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The application without listening: plugins and routes. Tests use app.inject on it. */
export async function buildApp(given: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = given;
  const sms = given.sms ?? smsSenderFrom(config);
  // Care events reach this process's consoles; main.ts passes a PostgreSQL-wide bus when there are several.
  const events = given.events ?? new LocalEventBus();
  const deps = { ...given, sms, events };
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            ...(loggerOptions(config) as object),
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    trustProxy: config.trustProxy,
    bodyLimit: 64 * 1024,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (!given.events) app.addHook('onClose', () => events.close());

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  installErrorHandling(app, async (request, error) => {
    const p = request.principal;
    const tenantId =
      p?.kind === 'staff' ? p.tenantId : (await findTenantBySlug(deps.database.db, PLATFORM_SLUG))?.id;
    if (!tenantId) return;
    await deps.database.db.transaction((tx) =>
      appendAuditEvent(
        tx,
        {
          tenantId,
          actorId: p?.kind === 'staff' ? p.userId : null,
          actorLabel: request.session?.login ?? 'anonymous',
          action: 'access.denied',
          objectType: 'route',
          objectId: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
          outcome: 'denied',
          requestId: String(request.id),
          ip: request.ip,
          details: { code: error.code, action: request.routeOptions.config?.action ?? null },
        },
        deps.clock.now(),
      ),
    );
  });

  await installSecurity(app, config);
  await app.register(cookie);
  await installOpenApi(app);
  await app.register(accessPlugin, deps);

  await app.register(async (api) => {
    await healthRoutes(api, deps);
    await identityRoutes(api, deps);
    await organisationRoutes(api, deps);
    await auditRoutes(api, deps);
    await tenantRoutes(api, deps);
    const directory = new TenantDirectory(deps.database.db, deps.clock, config.defaultTenant);
    // Counselling in a context of its own, so that a change made through it (a booking, a cancellation, a
    // roster) empties the slot-search cache at once; other processes see it within the cache's two seconds.
    await api.register(async (counselling) => {
      const caches = {
        slotSearches: new SlotSearchCache<Awaited<ReturnType<typeof openSlots>>>(),
        overviews: new SlotSearchCache<PointOverview[]>(),
      };
      counselling.addHook('onSend', async (req, reply, payload) => {
        if (req.method !== 'GET' && reply.statusCode < 400) {
          caches.slotSearches.clear();
          caches.overviews.clear();
        }
        return payload;
      });
      await bookingPublicRoutes(counselling, deps, directory, sms, caches);
      await bookingStaffRoutes(counselling, deps);
    });
    await checkupPublicRoutes(api, deps, directory);
    await checkupStaffRoutes(api, deps, directory);
    await recommendationRoutes(api, deps, directory);
    await campaignRoutes(api, deps);
    await contentPublicRoutes(api, deps, directory);
    await contentStaffRoutes(api, deps);
    await alertRoutes(api, deps);
    await careRoutes(api, deps);
    await notificationRoutes(api, deps);
    await orderRoutes(api, deps, sms);
    await eventsRoute(api, deps);
    await eventPublicRoutes(api, deps, directory, sms);
    await eventStaffRegistrationRoutes(api, deps, sms);
    await eventStaffRoutes(api, deps, sms);
    await measureRoutes(api, deps, directory, sms);
    await myDataRoutes(api, deps, directory, sms);
    await linkedDataRoutes(api, deps);
    await statisticsRoutes(api, deps);
    const care = { db: deps.database.db, cipher: deps.cipher, events: deps.events };
    await caseRoutes(api, deps, care);
    await followUpRoutes(api, deps, care);
    api.get('/api/openapi.json', { config: { action: 'public' }, schema: { hide: true } }, async () =>
      app.swagger(),
    );
  });

  await installWebApps(app, options.webDir ?? config.webDir);

  return app;
}
