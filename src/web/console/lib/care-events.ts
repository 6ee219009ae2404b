/**
 * The console's live care events (GET /api/v1/events, server-sent events): what the stream carries, read
 * defensively (a proxy or an older server may send something else), when to try again after a drop, and
 * which events ring the alarm. Events name objects and priorities only; the pages fetch the rest.
 */

export interface AlertEvent {
  alertId: string;
  priority: string;
  status: string;
  source: string;
  escalationLevel: number;
  /** This member of staff is on duty (or nobody is and they are a counsellor): a crisis rings here. */
  forYou: boolean;
}

export interface NotificationEvent {
  kind: string;
  objectType: string;
  objectId: string;
  label: string | null;
  priority: string | null;
}

/** What the provider tells the pages; `reconnected` means events may have been missed: load again. */
export type LiveEvent =
  | { type: 'alert'; alert: AlertEvent }
  | { type: 'notification'; notification: NotificationEvent }
  | { type: 'reconnected' };

function objectOf(data: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** An `alert` event's data, or null when it is not one. */
export function parseAlertEvent(data: string): AlertEvent | null {
  const o = objectOf(data);
  if (!o || !text(o.alertId) || !text(o.priority) || !text(o.status) || !text(o.source)) return null;
  const level = typeof o.escalationLevel === 'number' ? o.escalationLevel : 0;
  return {
    alertId: o.alertId,
    priority: o.priority,
    status: o.status,
    source: o.source,
    escalationLevel: level,
    forYou: o.forYou === true,
  };
}

/** A `notification` event's data, or null when it is not one. */
export function parseNotificationEvent(data: string): NotificationEvent | null {
  const o = objectOf(data);
  if (!o || !text(o.kind) || !text(o.objectType) || !text(o.objectId)) return null;
  return {
    kind: o.kind,
    objectType: o.objectType,
    objectId: o.objectId,
    label: textOrNull(o.label),
    priority: textOrNull(o.priority),
  };
}

/** The stream's `end` event: the session ended, so reconnecting would only be refused. */
export function parseEndEvent(data: string): { reason: string } | null {
  const o = objectOf(data);
  return o && text(o.reason) ? { reason: o.reason } : null;
}

export const RECONNECT_BASE_MS = 1_000;
export const RECONNECT_MAX_MS = 60_000;

/**
 * How long to wait before the next attempt after `failures` drops in a row: doubling from one second up to a
 * minute, somewhere in the upper half of that (so the consoles of a federation do not all come back at the
 * same instant after a restart).
 */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, Math.min(failures, 16)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A crisis that must ring on this console: a new one, or one still untaken after its time. */
export interface Ring {
  alertId: string;
  stage: 'new' | 'escalated';
}

/**
 * Whether an event rings the alarm here. A crisis rings for whoever is on duty (`forYou`) while nobody has
 * taken it; a notification about a crisis request (a new one for the counsellor of a case, an escalation for a
 * supervisor) rings too. The same request at the same stage rings once, however many events say so.
 */
export function ringOf(event: LiveEvent): Ring | null {
  if (event.type === 'alert') {
    const a = event.alert;
    if (a.priority !== 'crisis' || a.status !== 'new' || !a.forYou) return null;
    return { alertId: a.alertId, stage: a.escalationLevel > 0 ? 'escalated' : 'new' };
  }
  if (event.type === 'notification') {
    const n = event.notification;
    if (n.objectType !== 'alert' || n.priority !== 'crisis') return null;
    if (n.kind === 'alert_new') return { alertId: n.objectId, stage: 'new' };
    if (n.kind === 'alert_escalated') return { alertId: n.objectId, stage: 'escalated' };
  }
  return null;
}

/** Remembers what has rung (the latest few hundred), so one request at one stage rings once. */
export class RingMemory {
  private readonly seen = new Set<string>();
  constructor(private readonly max = 500) {}

  /** True the first time this request rings at this stage. */
  first(ring: Ring): boolean {
    const key = `${ring.alertId}:${ring.stage}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > this.max) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
