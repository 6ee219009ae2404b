import { appendAuditEvent } from '../audit/repository';
import type { Db } from '../db/client';
import type { Clock } from '../http/request-context';
import { startingLibrary } from './library';
import type { LibraryEntry } from './library/types';
import { versionFields } from './library-access';
import { insertHistory, insertItem, insertVersion, slugsOf } from './repository';

const SYSTEM_COMMENT = '起始内容库，由系统审核发布 (starting library, reviewed and published by the system)';

/**
 * Gives a federation the starting library: every entry as a published item (version 1, saved and reviewed by
 * the system, its history saying so). Entries whose slug the federation already has are skipped, so running it
 * again — or after staff wrote an item of that name — changes nothing. Call it inside the transaction that
 * creates the federation.
 */
export async function installStartingLibrary(
  db: Db,
  tenantId: string,
  clock: Clock,
  entries: readonly LibraryEntry[] = startingLibrary,
): Promise<{ installed: number; skipped: number }> {
  const now = clock.now();
  const present = await slugsOf(db, tenantId);
  const fresh = entries.filter((e) => !present.has(e.slug));
  for (const [i, entry] of fresh.entries()) {
    // A millisecond apart, in the library's order, so "newest first" lists them as written.
    const at = new Date(now.getTime() - i);
    const item = await insertItem(db, {
      tenantId,
      slug: entry.slug,
      kind: entry.kind,
      status: 'published',
      currentVersion: 1,
      publishedVersion: 1,
      firstPublishedAt: at,
      liveSince: at,
      createdBy: null,
      createdAt: at,
      updatedAt: at,
    });
    await insertVersion(db, {
      tenantId,
      itemId: item.id,
      version: 1,
      ...versionFields({ ...entry, coverImageId: null }),
      savedBy: null,
      savedAt: at,
      note: SYSTEM_COMMENT,
      reviewedBy: null,
      reviewedAt: at,
    });
    for (const action of ['created', 'approved', 'published'] as const)
      await insertHistory(db, {
        tenantId,
        itemId: item.id,
        at,
        action,
        version: 1,
        by: null,
        comment: SYSTEM_COMMENT,
      });
  }
  if (fresh.length > 0)
    await appendAuditEvent(
      db,
      {
        tenantId,
        actorId: null,
        actorLabel: 'system',
        action: 'content.library_install',
        objectType: 'tenant',
        objectId: tenantId,
        outcome: 'success',
        details: { installed: fresh.length, skipped: entries.length - fresh.length },
      },
      now,
    );
  return { installed: fresh.length, skipped: entries.length - fresh.length };
}

/**
 * At start, for a demo federation loaded before the library existed: installs the starting library only when
 * the federation has no library item at all, so a start never brings back an entry staff renamed or removed.
 */
export async function ensureStartingLibrary(db: Db, tenantId: string, clock: Clock): Promise<void> {
  if ((await slugsOf(db, tenantId)).size > 0) return;
  await installStartingLibrary(db, tenantId, clock);
}
