import type { AudienceId } from '../../core/content/audiences';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { appendAuditEvent } from '../audit/repository';
import { identityFor } from '../checkup/retrieval';
import type { Db } from '../db/client';
import { aad, unsealJson } from '../ops/sealed-columns';
import { diaryStore, groupsStore, type LinkedStore } from './repository';
import type { LinkedDiaryEntry } from './schemas';

export interface LinkedDeps {
  db: Db;
  cipher: FieldCipher;
}

/** The two things a worker may link to their retrieval code, and how each is sealed and counted. */
interface Kind<T> {
  name: 'diary' | 'groups';
  store: LinkedStore;
  aad(identityId: string): string;
  count(value: T): number;
}

const diary: Kind<LinkedDiaryEntry[]> = {
  name: 'diary',
  store: diaryStore,
  aad: aad.linkedDiary,
  count: (v) => v.length,
};
const groups: Kind<AudienceId[]> = {
  name: 'groups',
  store: groupsStore,
  aad: aad.linkedGroups,
  count: () => 0,
};

async function read<T>(deps: LinkedDeps, kind: Kind<T>, code: string, empty: T) {
  const identity = await identityFor(deps.db, code);
  const row = await kind.store.find(deps.db, identity.id);
  if (!row) return { value: empty, updatedAt: null };
  return {
    value: unsealJson<T>(deps.cipher, row.sealed, kind.aad(identity.id)),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Replaces the linked copy, but only the one the phone merged from (`base`, compare-and-set under the row's
 * lock): a copy another phone changed meanwhile answers 409 with its updatedAt and nothing is written, so the
 * phone fetches, merges by day and sends again. Last-write-wins without this would lose a day written on the
 * other phone. The new updatedAt always moves forward, even on a clock that did not.
 */
async function replace<T>(
  deps: LinkedDeps,
  kind: Kind<T>,
  code: string,
  value: T,
  base: string | null,
  now: Date,
) {
  const identity = await identityFor(deps.db, code);
  const sealed = deps.cipher.encrypt(JSON.stringify(value), kind.aad(identity.id));
  return deps.db.transaction(async (tx) => {
    const row = await kind.store.find(tx, identity.id, true);
    const current = row?.updatedAt.toISOString() ?? null;
    if (current !== (base === null ? null : new Date(base).toISOString()))
      throw new AppError('conflict', 'The linked copy changed since it was read; fetch it and merge again', {
        updatedAt: current,
      });
    const updatedAt = row && row.updatedAt >= now ? new Date(row.updatedAt.getTime() + 1) : now;
    const next = {
      identityId: identity.id,
      tenantId: identity.tenantId,
      sealed,
      count: kind.count(value),
      updatedAt,
    };
    if (row) await kind.store.update(tx, next);
    else {
      if (!(await kind.store.insert(tx, next)))
        throw new AppError('conflict', 'Another phone linked first; fetch it and merge again', {
          updatedAt: null,
        });
      // The trail records that something was linked, never whose or what.
      await appendAuditEvent(tx, linkEvent(identity.tenantId, `linked_${kind.name}.link`), now);
    }
    return { value, updatedAt: updatedAt.toISOString() };
  });
}

async function unlink<T>(deps: LinkedDeps, kind: Kind<T>, code: string, now: Date) {
  const identity = await identityFor(deps.db, code);
  return deps.db.transaction(async (tx) => {
    const deleted = await kind.store.remove(tx, identity.id);
    if (deleted) await appendAuditEvent(tx, linkEvent(identity.tenantId, `linked_${kind.name}.unlink`), now);
    return { deleted };
  });
}

const linkEvent = (tenantId: string, action: string) => ({
  tenantId,
  actorId: null,
  actorLabel: 'anonymous worker',
  action,
  objectType: 'retrieval_identity',
  outcome: 'success' as const,
  details: {},
});

/** Newest day first, as the phone lists them. */
const byDayDesc = (entries: LinkedDiaryEntry[]) => [...entries].sort((a, b) => (a.date < b.date ? 1 : -1));

export const readLinkedDiary = async (deps: LinkedDeps, code: string) => {
  const r = await read<LinkedDiaryEntry[]>(deps, diary, code, []);
  return { entries: r.value, updatedAt: r.updatedAt };
};
export const replaceLinkedDiary = async (
  deps: LinkedDeps,
  code: string,
  entries: LinkedDiaryEntry[],
  base: string | null,
  now: Date,
) => {
  const r = await replace(deps, diary, code, byDayDesc(entries), base, now);
  return { entries: r.value, updatedAt: r.updatedAt };
};
export const unlinkDiary = (deps: LinkedDeps, code: string, now: Date) => unlink(deps, diary, code, now);

export const readLinkedGroups = async (deps: LinkedDeps, code: string) => {
  const r = await read<AudienceId[]>(deps, groups, code, []);
  return { groups: r.value, updatedAt: r.updatedAt };
};
export const replaceLinkedGroups = async (
  deps: LinkedDeps,
  code: string,
  list: AudienceId[],
  base: string | null,
  now: Date,
) => {
  const r = await replace(deps, groups, code, list, base, now);
  return { groups: r.value, updatedAt: r.updatedAt };
};
export const unlinkGroups = (deps: LinkedDeps, code: string, now: Date) => unlink(deps, groups, code, now);

/** What is linked to one identity, for the worker's holdings (my-data). */
export async function linkedHoldings(deps: LinkedDeps, identityId: string, full: boolean) {
  const [d, g] = await Promise.all([
    diaryStore.find(deps.db, identityId),
    groupsStore.find(deps.db, identityId),
  ]);
  return {
    diary: d
      ? {
          entryCount: d.count,
          updatedAt: d.updatedAt.toISOString(),
          ...(full
            ? { entries: unsealJson<LinkedDiaryEntry[]>(deps.cipher, d.sealed, aad.linkedDiary(identityId)) }
            : {}),
        }
      : null,
    groups: g
      ? {
          groups: unsealJson<AudienceId[]>(deps.cipher, g.sealed, aad.linkedGroups(identityId)),
          updatedAt: g.updatedAt.toISOString(),
        }
      : null,
  };
}

/** How much is linked, for the deletion's statement (the rows themselves go with the identity). */
export async function linkedCounts(deps: LinkedDeps, identityId: string) {
  const h = await linkedHoldings(deps, identityId, false);
  return { diaryEntries: h.diary?.entryCount ?? 0, groups: h.groups?.groups.length ?? 0 };
}
