import { appendAuditEvent } from '../audit/repository';
import type { Db } from '../db/client';
import { deleteCases, expiredCases } from './rights-repository';

/**
 * The daily `cases.purge` job: a closed case whose retention ran out (three years after closure,
 * src/core/care/retention.ts) is deleted with everything recorded in it. The audit trail keeps that it
 * happened (the case number, never its content).
 */
export async function purgeExpiredCases(db: Db, now: Date, batch = 100): Promise<{ deleted: number }> {
  let deleted = 0;
  for (;;) {
    const due = await expiredCases(db, now, batch);
    if (due.length === 0) return { deleted };
    await db.transaction(async (tx) => {
      for (const c of due)
        await appendAuditEvent(
          tx,
          {
            tenantId: c.tenantId,
            actorId: null,
            actorLabel: 'system',
            action: 'case.purge',
            objectType: 'case',
            objectId: c.id,
            outcome: 'success',
            details: { number: c.number },
          },
          now,
        );
      await deleteCases(
        tx,
        due.map((c) => c.id),
      );
    });
    deleted += due.length;
  }
}
