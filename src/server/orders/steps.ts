import { AppError } from '../../core/errors';
import {
  nextState,
  type OrderState,
  type OrderStep,
  stepRefusal,
  stepSide,
} from '../../core/orders/workflow';
import { recordAudit } from '../audit/record';
import { campaigns } from '../campaigns/tables';
import { newCampaignCode } from '../campaigns/use-cases';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { actionOfSide, type OrdersDeps, orderFor } from './access';
import { CHECKUP_CAMPAIGN } from './menu';
import { notifyOtherSide } from './notices';
import { findOrder, insertOrderEvent, moveOrder, type OrderWithOrg } from './repository';
import type { PreferredDate, serviceOrders } from './tables';

export type StepInput =
  | { step: 'accept'; message?: string }
  | { step: 'propose'; dates: PreferredDate[]; message: string }
  | { step: 'decline'; reason: string }
  | {
      step: 'schedule';
      startsAt: Date;
      endsAt: Date;
      hostUserIds: string[];
      /** Later sessions, each its own event (a workshop over two days). */
      furtherSessions?: { startsAt: Date; endsAt: Date }[];
      blockDutySlots?: boolean;
    }
  | { step: 'confirm' }
  | { step: 'deliver'; attendance: number; summary: string }
  | { step: 'rate'; rating: number; comment?: string }
  | { step: 'close'; note?: string }
  | { step: 'cancel'; reason: string };

type OrderValues = Partial<typeof serviceOrders.$inferInsert>;

/** After the campaign's day the link still counts submissions for two weeks (people finish at home). */
const CAMPAIGN_TAIL_MS = 14 * 24 * 3_600_000;

/**
 * Takes one step of an order: checks the side and the state against the core's table (403 for the other
 * side's step, 409 invalid_transition for a wrong state), moves it with an update that names the state it
 * starts from, writes the timeline row, the audit event and the other side's notification, all in one
 * transaction; a refusal changes nothing.
 */
export async function takeStep(deps: OrdersDeps, ctx: RequestContext, id: string, input: StepInput) {
  const { db } = deps;
  const side = stepSide[input.step];
  const order = await orderFor(db, ctx, id, actionOfSide(side));
  const from = order.state as OrderState;
  const refusal = stepRefusal(side, from, input.step);
  if (refusal === 'forbidden') throw new AppError('forbidden', 'This step is the other side’s');
  const to = nextState(from, input.step);
  if (refusal || !to)
    throw new AppError(
      'invalid_transition',
      `An order that is ${from} cannot be given the step ${input.step}`,
      {
        state: from,
        step: input.step,
      },
    );

  const result = await db.transaction(async (tx) => {
    const { values, details, afterCommit } = await stepEffects(deps, tx, ctx, order, input);
    const moved = await moveOrder(tx, order.id, from, { ...values, state: to, updatedAt: ctx.now });
    if (!moved)
      throw new AppError('invalid_transition', 'The order was changed meanwhile; look at it again', {
        step: input.step,
      });
    await insertOrderEvent(tx, {
      tenantId: order.tenantId,
      orderId: order.id,
      step: input.step,
      fromState: from,
      toState: to,
      side,
      actorId: ctx.actorId,
      details,
      at: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId: order.tenantId,
      action: `order.${input.step}`,
      objectType: 'service_order',
      objectId: order.id,
      organisationId: order.organisationId,
      details: { from, to },
    });
    const notice = await notifyOtherSide(tx, moved ? { ...order, ...moved } : order, side, ctx);
    return { notice, afterCommit };
  });
  if (result.notice) await deps.events.publish(result.notice);
  await result.afterCommit?.();
  return (await findOrder(db, order.id)) as OrderWithOrg;
}

const stamp = (step: OrderStep, now: Date): OrderValues => {
  switch (step) {
    case 'accept':
      return { acceptedAt: now };
    case 'propose':
      return { proposedAt: now };
    case 'decline':
      return { declinedAt: now };
    case 'schedule':
      return { scheduledAt: now };
    case 'deliver':
      return { deliveredAt: now };
    case 'rate':
      return { ratedAt: now };
    case 'close':
      return { closedAt: now };
    case 'cancel':
      return { cancelledAt: now };
    case 'confirm':
      return {};
  }
};

async function stepEffects(
  deps: OrdersDeps,
  tx: Db,
  ctx: RequestContext,
  order: OrderWithOrg,
  input: StepInput,
): Promise<{ values: OrderValues; details: Record<string, unknown>; afterCommit?: () => Promise<void> }> {
  const base = stamp(input.step, ctx.now);
  switch (input.step) {
    case 'accept':
      return { values: base, details: input.message ? { message: input.message } : {} };
    case 'propose':
      return {
        values: { ...base, proposedDates: input.dates, proposalMessage: input.message },
        details: { dates: input.dates, message: input.message },
      };
    case 'decline':
      return { values: { ...base, declineReason: input.reason }, details: { reason: input.reason } };
    case 'cancel':
      return {
        values: { ...base, cancelReason: input.reason },
        details: { reason: input.reason },
        afterCommit: order.scheduledAt
          ? await deps.scheduler.cancel(tx, ctx, order.id, input.reason)
          : undefined,
      };
    case 'confirm':
      // Agreeing to the federation's dates counts as the acceptance; confirming the schedule has its own time.
      return {
        values: order.state === 'proposed' ? { acceptedAt: ctx.now } : { confirmedAt: ctx.now },
        details: {},
      };
    case 'deliver':
      return {
        values: { ...base, attendance: input.attendance, deliverySummary: input.summary },
        details: { attendance: input.attendance, summary: input.summary },
      };
    case 'rate':
      return {
        values: { ...base, rating: input.rating, ratingComment: input.comment ?? null },
        details: { rating: input.rating, ...(input.comment ? { comment: input.comment } : {}) },
      };
    case 'close':
      return { values: base, details: input.note ? { note: input.note } : {} };
    case 'schedule':
      return schedule(deps, tx, ctx, order, input);
  }
}

async function schedule(
  deps: OrdersDeps,
  tx: Db,
  ctx: RequestContext,
  order: OrderWithOrg,
  input: Extract<StepInput, { step: 'schedule' }>,
) {
  if (input.endsAt <= input.startsAt)
    throw new AppError('validation_failed', 'The service must end after it starts', { field: 'endsAt' });
  if (input.startsAt <= ctx.now)
    throw new AppError('validation_failed', 'The service must be scheduled in the future', {
      field: 'startsAt',
    });
  const sessions = [{ startsAt: input.startsAt, endsAt: input.endsAt }, ...(input.furtherSessions ?? [])];
  sessions.forEach((s, i) => {
    const before = sessions[i - 1];
    if (i === 0) return;
    if (s.endsAt <= s.startsAt)
      throw new AppError('validation_failed', `Session ${i + 1} must end after it starts`, {
        field: 'furtherSessions',
      });
    // In order and apart: each later session starts once the one before has ended.
    if (before && s.startsAt < before.endsAt)
      throw new AppError('validation_failed', `Session ${i + 1} must start after session ${i} has ended`, {
        field: 'furtherSessions',
      });
  });
  const last = sessions[sessions.length - 1] as { startsAt: Date; endsAt: Date };
  const item = order.menuItem;
  const isCheckup = item.kind === CHECKUP_CAMPAIGN;
  const { eventIds } = await deps.scheduler.create(tx, ctx, {
    tenantId: order.tenantId,
    orderId: order.id,
    organisationId: order.organisationId,
    // The on-site check-up day is, as an event, a counselling day at the workplace.
    kind: isCheckup ? 'enterprise_counselling_day' : item.kind,
    title: item.title,
    titleEn: item.titleEn,
    description: item.description,
    descriptionEn: item.descriptionEn,
    site: {
      name: order.siteName,
      address: order.siteAddress,
      latitude: order.siteLatitude,
      longitude: order.siteLongitude,
    },
    sessions,
    capacity: Math.max(order.headcount, 1),
    audiences: order.audiences,
    hostUserIds: input.hostUserIds,
    blockDutySlots: input.blockDutySlots ?? false,
  });
  let campaignId: string | null = order.campaignId;
  if (isCheckup && !campaignId) {
    const [c] = await tx
      .insert(campaigns)
      .values({
        tenantId: order.tenantId,
        organisationId: order.organisationId,
        code: newCampaignCode(),
        name: `${order.organisationName} · ${item.title}`,
        checkupId: 'default',
        endsAt: new Date(last.endsAt.getTime() + CAMPAIGN_TAIL_MS),
        createdBy: ctx.actorId,
        createdAt: ctx.now,
      })
      .returning({ id: campaigns.id });
    campaignId = (c as { id: string }).id;
  }
  return {
    values: {
      ...stamp('schedule', ctx.now),
      scheduledStartsAt: input.startsAt,
      scheduledEndsAt: last.endsAt,
      campaignId,
    },
    details: {
      startsAt: input.startsAt.toISOString(),
      endsAt: input.endsAt.toISOString(),
      ...(sessions.length > 1
        ? {
            sessions: sessions.map((x) => ({
              startsAt: x.startsAt.toISOString(),
              endsAt: x.endsAt.toISOString(),
            })),
          }
        : {}),
      hostUserIds: input.hostUserIds,
      ...(input.blockDutySlots ? { blockDutySlots: true } : {}),
      eventIds,
      ...(campaignId ? { campaignId } : {}),
    },
  };
}
