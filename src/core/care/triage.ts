/**
 * Discover: where requests for help come from, how urgent they are, and when an answer is due. Pure data and
 * rules; the server stores alerts and runs the escalation job that applies `nextEscalation`.
 */
export const alertSources = [
  'checkup_contact_request', // a worker asked to be contacted after a check-up (separate consent)
  'shared_result', // a worker booked and chose to share a check-up result that was high or urgent
  'hotline', // a call to the federation's line, entered by staff
  'walk_in', // someone who came to a station, entered by staff
  'enterprise_referral', // an enterprise union officer passes on a worker who agreed to it
  'case_measure', // a questionnaire given in a case raised a critical answer
] as const;
export type AlertSource = (typeof alertSources)[number];

export const priorities = ['crisis', 'high', 'normal'] as const;
export type Priority = (typeof priorities)[number];

/** Crisis first, then high, then normal; within a priority the oldest first. */
export const priorityRank: Record<Priority, number> = { crisis: 0, high: 1, normal: 2 };

export function compareTriage(
  a: { priority: Priority; createdAt: Date },
  b: { priority: Priority; createdAt: Date },
): number {
  return priorityRank[a.priority] - priorityRank[b.priority] || a.createdAt.getTime() - b.createdAt.getTime();
}

/** What a federation decides about its triage queue (care settings); defaults for a federation that has not. */
export interface TriageSettings {
  /** A crisis alert nobody acknowledged within this goes to the supervisors (the 15 minutes). */
  crisisAckMinutes: number;
  /** … and when still nobody has, this much later to the federation's duty phone. */
  dutyPhoneAfterMinutes: number;
  /** When a high-priority request should have been taken. */
  highDueMinutes: number;
  /** When a normal request should have been taken (two days: a working day's call-back, weekends aside). */
  normalDueMinutes: number;
}

export const defaultTriageSettings: TriageSettings = {
  crisisAckMinutes: 15,
  dutyPhoneAfterMinutes: 15,
  highDueMinutes: 4 * 60,
  normalDueMinutes: 48 * 60,
};

export function dueAt(priority: Priority, createdAt: Date, s: TriageSettings): Date {
  const minutes =
    priority === 'crisis' ? s.crisisAckMinutes : priority === 'high' ? s.highDueMinutes : s.normalDueMinutes;
  return new Date(createdAt.getTime() + minutes * 60_000);
}

/** The crisis level of a check-up (core/instruments/crisis.ts) as a triage priority. */
export const priorityOfCrisisLevel = (level: string | null | undefined): Priority =>
  level === 'urgent' ? 'crisis' : level === 'elevated' ? 'high' : 'normal';

/**
 * 0: in the queue; 1: the supervisors were told nobody took it; 2: the duty phone was texted (crisis only).
 */
export type EscalationLevel = 0 | 1 | 2;

export interface EscalationFacts {
  status: 'new' | 'acknowledged' | 'closed';
  priority: Priority;
  dueAt: Date;
  escalationLevel: EscalationLevel;
  escalatedAt: Date | null;
}

export type EscalationStep = { level: 1; to: 'supervisors' } | { level: 2; to: 'duty_phone' };

/**
 * The next escalation an alert needs at `now`, or null. Only a request nobody has taken escalates; a crisis
 * goes on to the duty phone, other priorities stop at the supervisors (they are told it is overdue).
 */
export function nextEscalation(a: EscalationFacts, now: Date, s: TriageSettings): EscalationStep | null {
  if (a.status !== 'new') return null;
  if (a.escalationLevel === 0)
    return now.getTime() >= a.dueAt.getTime() ? { level: 1, to: 'supervisors' } : null;
  if (a.escalationLevel === 1 && a.priority === 'crisis') {
    const since = (a.escalatedAt ?? a.dueAt).getTime();
    return now.getTime() >= since + s.dutyPhoneAfterMinutes * 60_000 ? { level: 2, to: 'duty_phone' } : null;
  }
  return null;
}

/** Minutes a request has waited, for the words of an escalation ("waited 15 minutes"). */
export const minutesWaiting = (createdAt: Date, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 60_000));
