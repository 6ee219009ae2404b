import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { AppDeps } from '../deps';
import { errorResponses, queryBoolean } from '../http/schemas';
import { markRead, notificationsOf, unreadCountOf } from './repository';

const kinds = [
  'alert_new',
  'alert_escalated',
  'case_assigned',
  'case_escalated',
  'case_break_glass',
  'task_due',
  'measure_completed',
  'referral_received',
  'referral_answered',
  'order_update',
] as const;

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(kinds),
    objectType: z.enum(['alert', 'case', 'task', 'referral', 'measure', 'order']),
    objectId: z.uuid(),
    label: z
      .string()
      .nullable()
      .meta({ description: 'A case number or the like; never anything about the person' }),
    priority: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'StaffNotification' });

function me(req: { principal: { kind: string; userId?: string } }): string {
  if (req.principal.kind !== 'staff' || !req.principal.userId)
    throw new AppError('unauthenticated', 'Sign in to continue');
  return req.principal.userId;
}

/** One's own notifications: they name objects only, so the list itself is not confidential. */
export async function notificationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['notifications'];

  r.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first (the latest 100)',
        querystring: z.strictObject({ unread: queryBoolean }),
        response: {
          200: z.object({ notifications: z.array(notificationSchema), unreadCount: z.number().int() }),
          ...errorResponses,
        },
      },
      config: { action: 'session.self' },
    },
    async (req) => {
      const userId = me(req);
      const rows = await notificationsOf(db, userId, req.query.unread === true, 100);
      return {
        notifications: rows.map((n) => ({
          id: n.id,
          kind: n.kind as (typeof kinds)[number],
          objectType: n.objectType as 'alert',
          objectId: n.objectId,
          label: n.label,
          priority: n.priority,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        unreadCount: await unreadCountOf(db, userId),
      };
    },
  );

  r.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark some or all of my notifications read',
        body: z.union([
          z.strictObject({ ids: z.array(z.uuid()).min(1).max(200) }),
          z.strictObject({ all: z.literal(true) }),
        ]),
        response: {
          200: z.object({ updated: z.number().int(), unreadCount: z.number().int() }),
          ...errorResponses,
        },
      },
      config: { action: 'session.self' },
    },
    async (req) => {
      const userId = me(req);
      const updated = await markRead(db, userId, 'all' in req.body ? 'all' : req.body.ids, deps.clock.now());
      return { updated, unreadCount: await unreadCountOf(db, userId) };
    },
  );
}
