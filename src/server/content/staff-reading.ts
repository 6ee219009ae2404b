import { queryTokens } from '../../core/content/search';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { contentNotFound, itemOrNotFound, libraryOf, staffDetail } from './library-access';
import { peopleOf, presentStaffSummary, presentVersion } from './presenters';
import { displayNames, findVersion, staffItems } from './repository';

/** The console's list: every item of the federation in its latest state, most recently changed first. */
export async function listStaffContent(
  db: Db,
  ctx: RequestContext,
  filter: { status?: string; kind?: string; q?: string },
) {
  const tenantId = await libraryOf(db, ctx, 'content.read');
  const tokens = filter.q ? queryTokens(filter.q) : [];
  if (filter.q && tokens.length === 0) return [];
  const rows = await staffItems(db, tenantId, { status: filter.status, kind: filter.kind, tokens });
  const names = await displayNames(
    db,
    rows.flatMap((r) => peopleOf(r.item, r.version)),
  );
  return rows.map((r) => presentStaffSummary(r, names));
}

export async function readStaffContent(db: Db, ctx: RequestContext, id: string) {
  const tenantId = await libraryOf(db, ctx, 'content.read');
  return staffDetail(db, tenantId, id);
}

/** One saved version as it was, to compare with the current one. */
export async function readContentVersion(db: Db, ctx: RequestContext, id: string, version: number) {
  const tenantId = await libraryOf(db, ctx, 'content.read');
  const item = await itemOrNotFound(db, tenantId, id);
  const row = await findVersion(db, item.id, version);
  if (!row) throw contentNotFound();
  return presentVersion(row, await displayNames(db, [row.savedBy]));
}
