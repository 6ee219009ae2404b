import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../core/access/policy';

/** What a use-case knows about who is asking, for access checks and audit events. */
export interface RequestContext {
  principal: Principal;
  actorId: string | null;
  actorLabel: string;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function contextOf(request: FastifyRequest, clock: Clock): RequestContext {
  const p = request.principal;
  return {
    principal: p,
    actorId: p.kind === 'staff' ? p.userId : null,
    actorLabel: request.session?.login ?? 'anonymous',
    requestId: String(request.id),
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    now: clock.now(),
  };
}
