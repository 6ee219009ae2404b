import type { CaseEvent } from './case-types';

/**
 * The case's timeline as lines to read: what happened, who did it, and — for a viewer with a basis — the
 * sealed facts (a reason, who from and to). People are named from the care staff list where the event
 * holds only an id.
 */
export type EventFact =
  | { key: 'reason'; text: string }
  | { key: 'supervisor' | 'from' | 'to'; text: string }
  | { key: 'expiresAt'; at: string }
  | { key: 'closureReason'; code: string }
  | { key: 'noFinalMeasure'; text: string }
  | { key: 'note'; text: string }
  | { key: 'tasksCancelled'; count: number }
  | { key: 'institution'; text: string }
  | { key: 'items'; codes: string[] }
  | { key: 'decision'; code: string };

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

export function eventFacts(e: CaseEvent, nameOf: (id: string) => string | undefined): EventFact[] {
  const d = e.detail;
  if (!d) return [];
  const facts: EventFact[] = [];
  const person = (key: 'supervisor' | 'from' | 'to', v: unknown) => {
    const id = str(v);
    if (id) facts.push({ key, text: nameOf(id) ?? id.slice(0, 8) });
  };
  if (e.kind === 'closed') {
    const code = str(d.reason);
    if (code) facts.push({ key: 'closureReason', code });
    const none = str(d.noFinalMeasureReason);
    if (none) facts.push({ key: 'noFinalMeasure', text: none });
    const note = str(d.note);
    if (note) facts.push({ key: 'note', text: note });
    if (typeof d.tasksCancelled === 'number' && d.tasksCancelled > 0)
      facts.push({ key: 'tasksCancelled', count: d.tasksCancelled });
    return facts;
  }
  if (e.kind === 'opened') {
    person('to', d.counsellorId);
    return facts;
  }
  person('supervisor', d.supervisorId);
  person('from', d.from);
  person('to', d.to);
  const institution = str(d.institutionId);
  if (institution) facts.push({ key: 'institution', text: nameOf(institution) ?? institution.slice(0, 8) });
  if (Array.isArray(d.items))
    facts.push({ key: 'items', codes: d.items.filter((i) => typeof i === 'string') });
  const decision = str(d.decision);
  if (decision) facts.push({ key: 'decision', code: decision });
  const reason = str(d.reason);
  if (reason) facts.push({ key: 'reason', text: reason });
  const expires = str(d.expiresAt);
  if (expires) facts.push({ key: 'expiresAt', at: expires });
  return facts;
}

/** Kinds of event the page has words for; another kind (a newer server) shows as its own code. */
export const knownEventKinds = new Set([
  'opened',
  'reassigned',
  'escalated',
  'de_escalated',
  'break_glass',
  'contact_updated',
  'referral_sent',
  'referral_answered',
  'closed',
  'reopened',
  'contact_withdrawn',
  'referral_withdrawn',
  'deletion_requested',
]);

/** Events that stand out: someone outside the case read it, or it changed hands. */
export const eventTone = (kind: string): 'red' | 'orange' | 'blue' | 'default' =>
  kind === 'break_glass'
    ? 'red'
    : kind === 'escalated' || kind === 'reassigned' || kind === 'contact_withdrawn'
      ? 'orange'
      : kind === 'opened'
        ? 'blue'
        : 'default';
