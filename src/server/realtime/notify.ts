import { staffNotifications } from '../care/tables';
import type { Db } from '../db/client';
import type { CareEvent } from './bus';

export type NotificationKind = (typeof staffNotifications.$inferInsert)['kind'];

export interface Notice {
  kind:
    | 'alert_new'
    | 'alert_escalated'
    | 'case_assigned'
    | 'case_escalated'
    | 'case_break_glass'
    | 'task_due'
    | 'measure_completed'
    | 'referral_received'
    | 'referral_answered'
    | 'order_update';
  objectType: 'alert' | 'case' | 'task' | 'referral' | 'measure' | 'order';
  objectId: string;
  /** A case or referral number to show; never anything about the person. */
  label?: string | null;
  priority?: string | null;
}

/**
 * Leaves a notification for each of these members of staff (inside the caller's transaction) and returns the
 * event to publish once that transaction has committed.
 */
export async function notifyStaff(
  db: Db,
  tenantId: string,
  userIds: readonly string[],
  notice: Notice,
  now: Date,
): Promise<CareEvent | null> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return null;
  await db.insert(staffNotifications).values(
    unique.map((userId) => ({
      tenantId,
      userId,
      kind: notice.kind,
      objectType: notice.objectType,
      objectId: notice.objectId,
      label: notice.label ?? null,
      priority: notice.priority ?? null,
      createdAt: now,
    })),
  );
  return {
    type: 'notification',
    tenantId,
    userIds: unique,
    kind: notice.kind,
    objectType: notice.objectType,
    objectId: notice.objectId,
    label: notice.label ?? null,
    priority: notice.priority ?? null,
  };
}
