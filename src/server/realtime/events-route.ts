import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { mayPerform, type Principal } from '../../core/access/policy';
import { AppError } from '../../core/errors';
import { dutyPicture } from '../alerts/duty';
import type { AppDeps } from '../deps';
import { assignmentsOf } from '../identity/sessions';
import type { CareEvent, EventBus } from './bus';
import { sessionStillLive } from './repository';

/** A console that stops reading must not make the server hold its events in memory without end. */
const MAX_BUFFERED = 256 * 1024;

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * GET /api/v1/events: server-sent events for the signed-in member of staff. Alert handlers of the federation
 * hear of every request that comes in or changes (`forYou` when they are on duty); everyone hears of their own
 * notifications. Events name objects and priorities only; the console fetches the rest through audited routes.
 * The session is checked at connect (the access plugin) and again at every ping, so a stream ends when its
 * session does; all streams end when the server closes.
 */
export async function eventsRoute(app: FastifyInstance, deps: AppDeps & { events: EventBus }) {
  const db = deps.database.db;
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/api/v1/events',
    {
      schema: {
        tags: ['notifications'],
        summary:
          'Server-sent events for my console: `alert` (requests in my federation, forYou when on duty), `notification` (mine), a ping comment every 20 s',
        produces: ['text/event-stream'],
      },
      config: { action: 'session.self' },
    },
    async (req, reply) => {
      const principal = req.principal;
      const session = req.session;
      if (principal.kind !== 'staff' || !session)
        throw new AppError('unauthenticated', 'Sign in to continue');
      // Only an event stream client waits on this; anything else would hold a connection open for nothing.
      if (!String(req.headers.accept ?? '').includes('text/event-stream'))
        throw new AppError(
          'bad_request',
          'This is a stream of server-sent events: ask for text/event-stream',
        );
      const { userId, tenantId } = principal;
      let handler = mayPerform(principal, 'alert.handle');

      const raw: ServerResponse = reply.raw;
      reply.hijack();
      raw.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        // Never cached, transformed, compressed or buffered by a proxy: each event must arrive at once.
        'cache-control': 'no-cache, no-store, no-transform',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
        'x-request-id': String(req.id),
      });
      raw.write('retry: 5000\n\n: connected\n\n');

      let ended = false;
      const send = (text: string) => {
        if (ended) return;
        if (raw.writableLength > MAX_BUFFERED) return end();
        raw.write(text);
      };

      const onEvent = (event: CareEvent) => {
        if (event.tenantId !== tenantId) return;
        if (event.type === 'notification') {
          if (!event.userIds.includes(userId)) return;
          const { kind, objectType, objectId, label, priority } = event;
          send(frame('notification', { kind, objectType, objectId, label, priority }));
          return;
        }
        if (!handler) return;
        const { alertId, priority, status, source, escalationLevel } = event;
        const deliver = (forYou: boolean) =>
          send(frame('alert', { alertId, priority, status, source, escalationLevel, forYou }));
        if (event.onDuty) deliver(event.onDuty.includes(userId));
        else
          dutyPicture(db, tenantId, deps.clock.now()).then(
            (p) => deliver(p.ringing.includes(userId)),
            () => deliver(false),
          );
      };
      const unsubscribe = deps.events.subscribe(onEvent);

      const checkSession = async () => {
        const live = await sessionStillLive(db, session.idHash, deps.clock.now(), deps.config.sessionIdleMs);
        if (!live) {
          send(frame('end', { reason: 'session_ended' }));
          return end();
        }
        // Roles may have changed since the stream opened.
        const current: Principal = { ...principal, assignments: await assignmentsOf(db, userId) };
        handler = mayPerform(current, 'alert.handle');
        send(': ping\n\n');
      };
      const ping = setInterval(() => {
        checkSession().catch(() => end());
      }, deps.config.eventsPingMs);

      function end() {
        if (ended) return;
        ended = true;
        clearInterval(ping);
        unsubscribe();
        open.delete(end);
        raw.end();
      }
      open.add(end);
      req.raw.on('close', end);
    },
  );
}
