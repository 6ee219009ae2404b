// A counsellor's calendar feed (ICS): a secret address, renewable and revocable.
import { createHash, randomBytes } from 'node:crypto';
import { renderIcs } from '../../core/booking/ics';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import { activeFeedOf, calendarOf, findFeedByToken, insertFeed, revokeFeedsOf } from './repository';
import { type Ctx, staffTenant } from './staff-scope';

// ── The counsellor's calendar feed ───────────────────────────────────────────────────────────────────────

const feedHash = (token: string) => createHash('sha256').update(`carnation-ics:${token}`).digest('hex');

export async function feedStatus(db: Db, ctx: Ctx) {
  const feed = await activeFeedOf(db, ctx.actorId as string);
  return { active: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null };
}

/** A new secret address (the old one stops working); the token is shown once. */
export async function renewFeed(db: Db, ctx: Ctx) {
  const tenantId = staffTenant(ctx);
  const token = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    await revokeFeedsOf(tx, ctx.actorId as string, ctx.now);
    await insertFeed(tx, {
      tenantId,
      userId: ctx.actorId as string,
      tokenHash: feedHash(token),
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'calendar_feed.renew',
      objectType: 'user',
      objectId: ctx.actorId ?? undefined,
    });
  });
  return { token, path: `/api/v1/calendar-feeds/${token}.ics` };
}

export async function revokeFeed(db: Db, ctx: Ctx) {
  const tenantId = staffTenant(ctx);
  await db.transaction(async (tx) => {
    const n = await revokeFeedsOf(tx, ctx.actorId as string, ctx.now);
    if (n > 0)
      await recordAudit(tx, ctx, {
        tenantId,
        action: 'calendar_feed.revoke',
        objectType: 'user',
        objectId: ctx.actorId ?? undefined,
      });
  });
  return { active: false, createdAt: null };
}

/**
 * The feed itself: the counsellor's appointments and blocked time from a week back to eight weeks ahead,
 * with the station as place and no names, topics or phone numbers.
 */
export async function calendarFeed(db: Db, token: string, now: Date): Promise<string> {
  const feed = await findFeedByToken(db, feedHash(token));
  if (!feed) throw new AppError('not_found', 'That calendar address is not valid (it may have been renewed)');
  const entries = await calendarOf(
    db,
    { tenantId: feed.tenantId, counsellorId: feed.userId },
    new Date(now.getTime() - 7 * 86_400_000),
    new Date(now.getTime() + 56 * 86_400_000),
  );
  const modeText = { in_person: '面谈 In person', phone: '电话 Phone', video: '视频 Video' } as const;
  return renderIcs({
    name: '康乃馨 咨询日程 Carnation counselling',
    now,
    events: entries
      .filter((e) => e.booking || e.slot.kind === 'block')
      .map((e) => ({
        uid: `${e.slot.id}@carnation`,
        start: e.slot.startsAt,
        end: e.slot.endsAt,
        summary: e.booking ? '心理咨询预约 Counselling appointment' : '已占用 Blocked',
        location:
          e.booking?.mode === 'in_person' || !e.booking ? `${e.point.name} ${e.point.address}` : undefined,
        description: e.booking ? modeText[e.booking.mode as keyof typeof modeText] : undefined,
        status: 'CONFIRMED' as const,
      })),
  });
}
