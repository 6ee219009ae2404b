import type { Action, Principal } from '../../core/access/policy';

export interface SessionInfo {
  idHash: string;
  userId: string;
  tenantId: string;
  login: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The access-policy action this route performs. Every /api/v1 route must declare one. */
    action?: Action;
    /** Whether a cookie-authenticated write must carry the CSRF header (default: yes for unsafe methods). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    principal: Principal;
    session: SessionInfo | null;
  }
}
