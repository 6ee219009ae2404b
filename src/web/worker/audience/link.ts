import { type AudienceId, isAudienceId } from '../../../core/content/audiences';
import { api } from '../../shared/api';
import { type Call, codeHeaders, isConflict, type LinkState } from '../tools/linked-copy';

/** 我是… linked to the retrieval code: what this phone remembers of the link (see tools/linked-copy.ts). */
export const GROUPS_LINK_KEY = 'carnation.groups-link';

export interface GroupsSynced {
  groups: AudienceId[];
  updatedAt: string;
}

export class GroupsUnlinkedElsewhere extends Error {}

const clean = (list: readonly string[]) => [...new Set(list)].filter(isAudienceId);
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Groups are a small set the worker edits as a whole, so the newest choice wins rather than a merge by item
 * (a group taken off on one phone must stay off): a change made here (`pending`) replaces the server's; with
 * nothing pending, a set changed on another phone is taken over. When linking, nothing was shared yet, so
 * both phones' groups are kept (the union).
 */
export async function syncGroups(
  code: string,
  local: readonly AudienceId[],
  state: LinkState,
  call: Call = api,
): Promise<GroupsSynced> {
  const h = codeHeaders(code);
  for (let attempt = 0; ; attempt++) {
    const remote = await call<{ groups: string[]; updatedAt: string | null }>(
      'GET',
      '/api/v1/linked-groups',
      undefined,
      h,
    );
    if (remote.updatedAt === null && state.updatedAt !== null) throw new GroupsUnlinkedElsewhere();
    const theirs = clean(remote.groups);
    const linking = state.updatedAt === null;
    const next = linking ? clean([...local, ...theirs]) : state.pending ? clean(local) : theirs;
    if (remote.updatedAt !== null && sameSet(next, theirs))
      return { groups: next, updatedAt: remote.updatedAt };
    try {
      const put = await call<{ updatedAt: string }>(
        'PUT',
        '/api/v1/linked-groups',
        { groups: next, baseUpdatedAt: remote.updatedAt },
        h,
      );
      return { groups: next, updatedAt: put.updatedAt };
    } catch (e) {
      if (!isConflict(e) || attempt >= 2) throw e;
    }
  }
}
