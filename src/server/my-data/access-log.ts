import type { Lang } from '../../core/instruments/types';
import {
  alertsOfSubject,
  auditOfObjects,
  bookingIdsOf,
  casesOfSubject,
  namesOf,
  rolesOf,
} from './repository';
import type { MyDataDeps, Subject } from './subject';
import { actionText, whoWords } from './words';

export interface AccessEntry {
  at: string;
  who: string;
  role: string | null;
  action: string;
  what: string;
  basis: string | null;
  breakGlass: boolean;
}

/** The role that explains a staff member's access: the basis says it when there is one. */
function roleFor(roles: string[], basis: string | null): string | null {
  if (basis === 'assigned') return 'counsellor';
  if (basis === 'escalated' || basis === 'break_glass') return 'supervisor';
  const care = ['counsellor', 'supervisor', 'partner_staff'].find((r) => roles.includes(r));
  return care ?? roles[0] ?? null;
}

/**
 * Who read or changed this person's records and when: every audit event about their cases and requests for
 * help (each read or write of them writes one), newest first, with the staff member's name and role and
 * whether it was an emergency (break-glass) read.
 */
export async function accessLogOf(deps: MyDataDeps, s: Subject, lang: Lang): Promise<AccessEntry[]> {
  const bookingIds = await bookingIdsOf(deps.db, s.bookerId);
  const alertRows = await alertsOfSubject(deps.db, s, bookingIds);
  const caseRows = await casesOfSubject(
    deps.db,
    s,
    alertRows.map((a) => a.id),
    bookingIds,
  );
  const events = await auditOfObjects(deps.db, s.tenantId, [
    ...caseRows.map((c) => c.id),
    ...alertRows.map((a) => a.id),
  ]);
  const staffIds = events.flatMap((e) => (e.actorId ? [e.actorId] : []));
  const [names, roles] = await Promise.all([
    namesOf(deps.db, staffIds),
    rolesOf(deps.db, s.tenantId, staffIds),
  ]);
  return events.map((e) => {
    const details = e.details as { basis?: string; breakGlass?: boolean };
    const basis = details.basis ?? null;
    const who = e.actorId
      ? (names.get(e.actorId) ?? e.actorLabel)
      : e.actorLabel === 'system'
        ? whoWords.system[lang]
        : whoWords.self[lang];
    return {
      at: e.at.toISOString(),
      who,
      role: e.actorId ? roleFor(roles.get(e.actorId) ?? [], basis) : null,
      action: e.action,
      what: actionText(e.action, lang),
      basis,
      breakGlass: details.breakGlass === true,
    };
  });
}
