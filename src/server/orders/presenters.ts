import QRCode from 'qrcode';
import { type OrderState, stepsFor } from '../../core/orders/workflow';
import { campaignLink } from '../campaigns/use-cases';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { targetOfOrder } from './access';
import { viewerSide } from './placing';
import { eventsOfOrders, type MenuItemRow, type OrderWithOrg, timelineOf } from './repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentMenuItem = (m: MenuItemRow) => ({
  id: m.id,
  kind: m.kind,
  title: m.title,
  titleEn: m.titleEn,
  description: m.description,
  descriptionEn: m.descriptionEn,
  topics: m.topics,
  durationMinutes: m.durationMinutes,
  maxHeadcount: m.maxHeadcount,
  active: m.active,
});

type EventBrief = Awaited<ReturnType<typeof eventsOfOrders>>[number];

function presentOrder(
  ctx: RequestContext,
  o: OrderWithOrg,
  events: EventBrief[],
  publicUrl: string,
  qrSvg: string | null,
) {
  const side = viewerSide(ctx, targetOfOrder(o));
  return {
    id: o.id,
    state: o.state as OrderState,
    menuItem: {
      id: o.menuItem.id,
      kind: o.menuItem.kind,
      title: o.menuItem.title,
      titleEn: o.menuItem.titleEn,
    },
    organisationId: o.organisationId,
    organisationName: o.organisationName,
    preferredDates: o.preferredDates,
    headcount: o.headcount,
    site: { name: o.siteName, address: o.siteAddress, latitude: o.siteLatitude, longitude: o.siteLongitude },
    audiences: o.audiences,
    note: o.note,
    proposal: o.proposedDates ? { dates: o.proposedDates, message: o.proposalMessage ?? '' } : null,
    declineReason: o.declineReason,
    cancelReason: o.cancelReason,
    schedule:
      o.scheduledStartsAt && o.scheduledEndsAt
        ? { startsAt: o.scheduledStartsAt.toISOString(), endsAt: o.scheduledEndsAt.toISOString() }
        : null,
    events: events.map((e) => ({
      id: e.id,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      status: e.status,
    })),
    campaign:
      o.campaignId && o.campaignCode
        ? { id: o.campaignId, link: campaignLink(publicUrl, o.campaignCode), qrSvg }
        : null,
    attendance: o.attendance,
    deliverySummary: o.deliverySummary,
    rating: o.rating,
    ratingComment: o.ratingComment,
    times: {
      submittedAt: o.submittedAt.toISOString(),
      acceptedAt: iso(o.acceptedAt),
      proposedAt: iso(o.proposedAt),
      declinedAt: iso(o.declinedAt),
      scheduledAt: iso(o.scheduledAt),
      confirmedAt: iso(o.confirmedAt),
      deliveredAt: iso(o.deliveredAt),
      ratedAt: iso(o.ratedAt),
      closedAt: iso(o.closedAt),
      cancelledAt: iso(o.cancelledAt),
    },
    side,
    steps: side ? stepsFor(side, o.state as OrderState) : [],
  };
}

export async function presentOrders(db: Db, ctx: RequestContext, list: OrderWithOrg[], publicUrl: string) {
  const events = await eventsOfOrders(
    db,
    list.map((o) => o.id),
  );
  return list.map((o) =>
    presentOrder(
      ctx,
      o,
      events.filter((e) => e.orderId === o.id),
      publicUrl,
      null,
    ),
  );
}

/** One order with its timeline, and the check-up's QR code when it has one. */
export async function presentOrderDetail(db: Db, ctx: RequestContext, o: OrderWithOrg, publicUrl: string) {
  const [events, timeline] = await Promise.all([eventsOfOrders(db, [o.id]), timelineOf(db, o.id)]);
  const qrSvg = o.campaignCode
    ? await QRCode.toString(campaignLink(publicUrl, o.campaignCode), {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      })
    : null;
  return {
    ...presentOrder(ctx, o, events, publicUrl, qrSvg),
    timeline: timeline.map((t) => ({
      id: t.e.id,
      step: t.e.step,
      fromState: t.e.fromState as OrderState | null,
      toState: t.e.toState as OrderState,
      side: t.e.side as 'enterprise' | 'federation',
      actorName: t.actorName,
      details: t.e.details,
      at: t.e.at.toISOString(),
    })),
  };
}
