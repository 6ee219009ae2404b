import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';

/**
 * What scheduling an order needs from the events capability: make its event(s), published, invitation-only
 * for the ordering enterprise, at the order's site, hosted by the chosen counsellors. Injected, so the orders
 * use-case does not depend on how events are made (`event-adapter.ts`: the events' own use-cases). Runs
 * inside the order's transaction (`db`), so a refused host leaves the order as it was.
 */
export interface ScheduleEventInput {
  tenantId: string;
  orderId: string;
  /** The enterprise: the event sits in its subtree and only its workers are invited. */
  organisationId: string;
  kind: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  site: { name: string; address: string; latitude: number | null; longitude: number | null };
  sessions: { startsAt: Date; endsAt: Date }[];
  capacity: number;
  audiences: string[];
  hostUserIds: string[];
  /** Take the hosts' open duty slots for the event instead of refusing (the federation chose to). */
  blockDutySlots: boolean;
}

export interface EventScheduler {
  /**
   * Throws AppError('host_busy') when a host has another live event, a booked appointment, or (unless
   * blockDutySlots) counselling duty at a station then.
   */
  create(db: Db, ctx: RequestContext, input: ScheduleEventInput): Promise<{ eventIds: string[] }>;
  /**
   * The enterprise cancelled the order: its live events are cancelled with the same reason. Returns what to
   * do once the order's transaction is committed (text those registered: not for a cancellation undone).
   */
  cancel(db: Db, ctx: RequestContext, orderId: string, reason: string): Promise<() => Promise<void>>;
}
