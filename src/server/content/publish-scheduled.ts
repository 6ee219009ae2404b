import { appendAuditEvent } from '../audit/repository';
import type { Db } from '../db/client';
import { dueScheduled, insertHistory, updateItem } from './repository';

/**
 * The `content.publish-scheduled` job's use-case: every scheduled version whose time has come goes live. Rows
 * are locked with SKIP LOCKED, so several processes may run it at once without publishing anything twice.
 * An item goes live at its announced time (publishAt), however late the job runs.
 */
export async function publishScheduled(db: Db, now: Date): Promise<{ published: number }> {
  return db.transaction(async (tx) => {
    const due = await dueScheduled(tx, now);
    for (const item of due) {
      const at = item.publishAt ?? now;
      await updateItem(tx, item.id, {
        status: 'published',
        publishedVersion: item.currentVersion,
        publishAt: null,
        firstPublishedAt: item.firstPublishedAt ?? at,
        liveSince: at,
        updatedAt: now,
      });
      await insertHistory(tx, {
        tenantId: item.tenantId,
        itemId: item.id,
        at: now,
        action: 'published',
        version: item.currentVersion,
        by: null,
        comment: null,
      });
      await appendAuditEvent(
        tx,
        {
          tenantId: item.tenantId,
          actorId: null,
          actorLabel: 'system',
          action: 'content.published',
          objectType: 'content_item',
          objectId: item.id,
          outcome: 'success',
          details: { version: item.currentVersion, scheduledFor: at.toISOString() },
        },
        now,
      );
    }
    return { published: due.length };
  });
}
