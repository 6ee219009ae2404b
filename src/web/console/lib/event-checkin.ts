import { normaliseMobile } from '../../../core/booking/phone';
import { parseTicketCode } from '../../../core/events/rules';
import type { MemberEntry, RegistrationStatus, StaffRegistration } from './event-types';

/**
 * The door's logic: what a scanned or typed code is, who a row names, the count the check-in screen shows,
 * and the officer's pasted list of members.
 */

/**
 * The ticket a worker's QR carries, from whatever the camera or a paste gave: the whole text, or just its
 * `<id>.<token>` part typed by hand (the prefix is added back). Null when it cannot be a ticket.
 */
export function ticketFromScan(text: string): string | null {
  const trimmed = text.trim();
  if (parseTicketCode(trimmed)) return trimmed;
  const withPrefix = `carnation-event:${trimmed}`;
  return parseTicketCode(withPrefix) ? withPrefix : null;
}

/** Who a registration is, as staff may see it: the member's name an officer gave, else the masked phone. */
export const registrantLabel = (r: StaffRegistration): string => r.name || r.phone || '—';

const statusOrder: Record<RegistrationStatus, number> = {
  registered: 0,
  offered: 1,
  waitlisted: 2,
  cancelled: 3,
  expired: 4,
};

/** The table's order: registered (not yet checked in first), offers, the waitlist by place, then the rest. */
export function sortRegistrations(rows: readonly StaffRegistration[]): StaffRegistration[] {
  return [...rows].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      Number(Boolean(a.checkedInAt)) - Number(Boolean(b.checkedInAt)) ||
      (a.position ?? 0) - (b.position ?? 0) ||
      registrantLabel(a).localeCompare(registrantLabel(b), 'zh-CN'),
  );
}

/** 已签到 x / y: those checked in, of those holding a place. */
export function checkInCounts(rows: readonly StaffRegistration[]): { attended: number; registered: number } {
  const holding = rows.filter((r) => r.status === 'registered');
  return { attended: holding.filter((r) => r.checkedInAt).length, registered: holding.length };
}

/** Rows the door may tick: registered and not yet checked in, matching the typed words (name or digits). */
export function tickable(rows: readonly StaffRegistration[], words: string): StaffRegistration[] {
  const q = words.trim().toLowerCase();
  return sortRegistrations(rows).filter(
    (r) =>
      r.status === 'registered' &&
      (!q || registrantLabel(r).toLowerCase().includes(q) || (r.phone ?? '').includes(q)),
  );
}

export interface MemberListProblem {
  line: number;
  text: string;
  reason: 'no_phone' | 'no_name' | 'duplicate';
}

/**
 * An officer's pasted list, one member a line: a name and a mainland mobile number in either order,
 * separated by spaces, a comma, a tab (a spreadsheet's columns) or Chinese punctuation. Blank lines are
 * skipped; a number given twice is reported, not sent twice.
 */
export function parseMemberList(text: string): { members: MemberEntry[]; problems: MemberListProblem[] } {
  const members: MemberEntry[] = [];
  const problems: MemberListProblem[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const found = /(?:\+?86[\s-]?)?1[3-9](?:[\s-]?\d){9}/.exec(line);
    const phone = found ? normaliseMobile(found[0]) : null;
    if (!found || !phone) {
      problems.push({ line: i + 1, text: line, reason: 'no_phone' });
      return;
    }
    const name = (line.slice(0, found.index) + line.slice(found.index + found[0].length))
      .replace(/[,，、;；:：\t|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!name) problems.push({ line: i + 1, text: line, reason: 'no_name' });
    else if (seen.has(phone)) problems.push({ line: i + 1, text: line, reason: 'duplicate' });
    else {
      seen.add(phone);
      members.push({ name, phone });
    }
  });
  return { members, problems };
}
