/**
 * A member of staff's notifications: where each one leads. They name an object only (a request, a case, a
 * referral), never anything about the person; the page they lead to reads the rest through audited routes.
 */
export interface NotificationTarget {
  objectType: string;
  objectId: string;
}

/** The queue opened on a request; a case's page; the referrals received; the cases for a task or questionnaire. */
export function notificationPath(n: NotificationTarget): string {
  switch (n.objectType) {
    case 'alert':
      return `/alerts?open=${encodeURIComponent(n.objectId)}`;
    case 'case':
      return `/cases/${encodeURIComponent(n.objectId)}`;
    case 'referral':
      return '/referrals';
    case 'order':
      return `/orders?open=${encodeURIComponent(n.objectId)}`;
    default:
      // A task or questionnaire names its own id, not its case's: the cases list shows what is due.
      return '/cases';
  }
}

export const notificationKinds = [
  'alert_new',
  'alert_escalated',
  'case_assigned',
  'case_escalated',
  'case_break_glass',
  'task_due',
  'measure_completed',
  'referral_received',
  'referral_answered',
  'order_update',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const isKnownKind = (kind: string): kind is NotificationKind =>
  (notificationKinds as readonly string[]).includes(kind);
