import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Action, actions, mayPerform } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import type { AppDeps } from '../deps';
import { authPolicyFrom } from '../identity/auth-policy';
import { loadSession } from '../identity/sessions';
import { sessionCookieName } from './session-cookie';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface ApiRoute {
  method: string;
  url: string;
  action: Action;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with its action: for the access-matrix test and the docs. */
    apiRoutes: ApiRoute[];
  }
}

export const isApiUrl = (url: string): boolean => url.startsWith('/api/v1/') || url === '/api/v1';

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A browser's Origin, when it sends one, must be this server: a second wall against cross-site writes. */
function assertSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('csrf_failed', 'The request came from another site');
  }
  if (host !== request.host) throw new AppError('csrf_failed', 'The request came from another site');
}

/**
 * Who is asking (the session behind the cookie), and may they call this route at all. Every /api/v1 route
 * must name its action; registering one without is an error, so no route can be left open by accident.
 */
async function accessPlugin(app: FastifyInstance, deps: AppDeps) {
  const policy = authPolicyFrom(deps.config);
  const cookieName = sessionCookieName(deps.config);

  app.decorateRequest('principal', null as never);
  app.decorateRequest('session', null);
  const catalogue: ApiRoute[] = [];
  app.decorate('apiRoutes', catalogue);

  app.addHook('onRoute', (route) => {
    const action = route.config?.action;
    if (isApiUrl(route.url) && action !== undefined) {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') catalogue.push({ method, url: route.url, action });
      }
    }
    if (action !== undefined && !(action in actions)) {
      throw new Error(`Route ${route.method} ${route.url} names an unknown action "${action}"`);
    }
    if (action === undefined) {
      if (isApiUrl(route.url))
        throw new Error(`Route ${route.method} ${route.url} declares no access-policy action`);
      route.config = { ...route.config, action: 'public' };
    }
  });

  app.addHook('onRequest', async (request) => {
    request.principal = { kind: 'anonymous' };
    request.session = null;
    const action: Action = request.routeOptions.config?.action ?? 'public';
    const token = request.cookies[cookieName];
    let expired = false;
    if (token && request.url.startsWith('/api/')) {
      const found = await loadSession(deps.database.db, token, deps.clock.now(), policy.session);
      if (found.status === 'ok') {
        const s = found.session;
        request.session = {
          idHash: s.idHash,
          userId: s.userId,
          tenantId: s.tenantId,
          login: s.login,
          csrfToken: s.csrfToken,
        };
        request.principal = {
          kind: 'staff',
          userId: s.userId,
          tenantId: s.tenantId,
          stage: s.stage,
          assignments: s.assignments,
        };
      } else {
        expired = found.status === 'expired';
      }
    }

    if (UNSAFE.has(request.method)) {
      assertSameOrigin(request);
      if (request.session && request.routeOptions.config?.csrf !== false) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameToken(sent, request.session.csrfToken)) {
          throw new AppError(
            'csrf_failed',
            'Missing or wrong x-csrf-token header; reload the page and try again',
          );
        }
      }
    }

    if (mayPerform(request.principal, action)) return;
    const p = request.principal;
    if (p.kind === 'anonymous') {
      throw expired
        ? new AppError('session_expired', 'Your session has ended; sign in again')
        : new AppError('unauthenticated', 'Sign in to continue');
    }
    if (p.stage !== 'full') {
      throw new AppError(
        'stage_incomplete',
        p.stage === 'password_change' ? 'Change your password first' : 'Set up your second factor first',
        { stage: p.stage },
      );
    }
    throw new AppError('forbidden', 'Your role does not allow this', { action });
  });
}

export default fp(accessPlugin, { name: 'carnation-access' });
