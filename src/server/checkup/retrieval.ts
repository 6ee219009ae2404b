import { AppError } from '../../core/errors';
import { catalogue } from '../../core/instruments/catalogue';
import { hashRetrievalCode, isRetrievalCode } from '../../core/instruments/retrieval-code';
import type { Lang } from '../../core/instruments/types';
import { appendAuditEvent } from '../audit/repository';
import type { Db } from '../db/client';
import { deleteIdentity, findIdentity, historyOf, submissionIdsOf } from './repository';

/** Finds the anonymous person behind a code; a wrong code and an unknown one answer alike. */
export async function identityFor(db: Db, code: string) {
  const identity = isRetrievalCode(code) ? await findIdentity(db, hashRetrievalCode(code)) : undefined;
  if (!identity)
    throw new AppError('unknown_retrieval_code', 'That retrieval code is not known; check it and try again');
  return identity;
}

export interface HistoryEntry {
  id: string;
  checkup: string;
  createdAt: string;
  results: {
    instrument: string;
    name: string;
    score: number;
    percentage?: number;
    range: [number, number];
    direction: 'higher_is_worse' | 'higher_is_better';
    band: { code: string; label: string; level: number };
    flags: string[];
  }[];
}

/** A worker's own results over time, newest first, in their language: what trends are drawn from. */
export async function historyByCode(db: Db, code: string, lang: Lang): Promise<HistoryEntry[]> {
  const identity = await identityFor(db, code);
  const entries = await historyOf(db, identity.id);
  return entries.map((e) => ({
    id: e.id,
    checkup: e.checkupId,
    createdAt: e.createdAt.toISOString(),
    results: e.results.map((r) => {
      const def = catalogue.get(r.instrumentId);
      const band = def?.bands.find((b) => b.code === r.bandCode);
      return {
        instrument: r.instrumentId,
        name: def?.name[lang] ?? r.instrumentId,
        score: r.score,
        ...(r.transformed !== null ? { percentage: r.transformed } : {}),
        range: def?.scoring.range ?? [0, 0],
        direction: def?.scoring.direction ?? 'higher_is_worse',
        band: { code: r.bandCode, label: band?.label[lang] ?? r.bandCode, level: r.bandLevel },
        flags: r.flags,
      };
    }),
  }));
}

/** Erases everything kept under a code: submissions, results and the code itself. */
export async function eraseByCode(db: Db, code: string, now: Date): Promise<{ deleted: number }> {
  const identity = await identityFor(db, code);
  return db.transaction(async (tx) => {
    const ids = await submissionIdsOf(tx, identity.id);
    await deleteIdentity(tx, identity.id);
    // The trail records that an erasure happened, never whose.
    await appendAuditEvent(
      tx,
      {
        tenantId: identity.tenantId,
        actorId: null,
        actorLabel: 'anonymous worker',
        action: 'checkup.erase',
        objectType: 'retrieval_identity',
        outcome: 'success',
        details: { submissions: ids.length },
      },
      now,
    );
    return { deleted: ids.length };
  });
}
