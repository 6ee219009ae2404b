/**
 * The vocabulary of a case: how it is opened and closed, the structured session note, follow-up tasks and
 * referrals. Pure data shared by the server (validation) and the console (forms, labels).
 */
export const caseOrigins = ['alert', 'booking', 'walk_in'] as const;
export type CaseOrigin = (typeof caseOrigins)[number];

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** The three core troubles first (the source article), then the other themes the service meets. */
export const concerns = [
  'work',
  'family',
  'relationships',
  'burnout',
  'communication',
  'parenting',
  'loneliness',
  'health',
  'loss',
  'other',
] as const;
export type Concern = (typeof concerns)[number];

export const riskLevels = ['none', 'low', 'moderate', 'high', 'imminent'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const interventions = [
  'supportive_listening',
  'psychoeducation',
  'problem_solving',
  'cognitive',
  'relaxation',
  'safety_plan',
  'crisis_intervention',
  'referral',
  'other',
] as const;
export type Intervention = (typeof interventions)[number];

export const noteKinds = ['session', 'phone', 'contact_attempt', 'supervision', 'addendum'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** A session note as the counsellor writes it; sealed as one JSON document. */
export interface NoteBody {
  concern: { primary: Concern; others: Concern[] };
  risk: {
    level: RiskLevel;
    selfHarmThoughts: boolean;
    harmToOthers: boolean;
    protectiveFactors: string;
  };
  intervention: { methods: Intervention[]; text: string };
  plan: string;
  text: string;
}

/** A risk this high in a note asks the counsellor to escalate to a supervisor (never silently). */
export const riskCallsForEscalation = (level: RiskLevel): boolean => level === 'high' || level === 'imminent';

export const taskKinds = [
  'call_back',
  'recheck', // repeat an instrument (by link or at the next session)
  'appointment',
  'group_activity',
  'content', // an article or a self-help tool
  'referral',
  'other',
] as const;
export type TaskKind = (typeof taskKinds)[number];

export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** Kinds that recommend something to the worker: completion records whether they followed it. */
export const recommendationKinds: ReadonlySet<TaskKind> = new Set([
  'appointment',
  'group_activity',
  'content',
  'referral',
]);

export type TaskState = 'done' | 'cancelled' | 'overdue' | 'due_today' | 'upcoming';

/** A task's place in the counsellor's queue; "today" is the federation's calendar day. */
export function taskState(t: { status: TaskStatus; dueAt: Date }, now: Date, endOfToday: Date): TaskState {
  if (t.status === 'done') return 'done';
  if (t.status === 'cancelled') return 'cancelled';
  if (t.dueAt.getTime() < now.getTime()) return 'overdue';
  if (t.dueAt.getTime() <= endOfToday.getTime()) return 'due_today';
  return 'upcoming';
}

export const closureReasons = [
  'goals_met',
  'referred',
  'worker_ended',
  'unreachable',
  'moved_away',
  'consent_withdrawn',
  'deletion_requested',
  'other',
] as const;
export type ClosureReason = (typeof closureReasons)[number];

/** What a referral may pass on; each only with the worker's consent to that item. */
export const referralItems = ['contact', 'summary', 'measures'] as const;
export type ReferralItem = (typeof referralItems)[number];
