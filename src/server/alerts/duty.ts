import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import {
  type CareStaff,
  careStaffOf,
  declareDuty,
  declaredDutyOf,
  endDuty,
  onDutyAmong,
  rosteredNow,
} from './duty-repository';

export interface DutyPicture {
  staff: CareStaff[];
  /** Those on duty by declaration or roster. */
  onDuty: Set<string>;
  /** Whose consoles ring for a crisis: those on duty, or every counsellor when nobody is (it must ring somewhere). */
  ringing: string[];
}

export async function dutyPicture(db: Db, tenantId: string, now: Date): Promise<DutyPicture> {
  const staff = await careStaffOf(db, tenantId);
  const onDuty = await onDutyAmong(
    db,
    tenantId,
    staff.map((s) => s.id),
    now,
  );
  const ringing =
    onDuty.size > 0 ? [...onDuty] : staff.filter((s) => s.roles.includes('counsellor')).map((s) => s.id);
  return { staff, onDuty, ringing };
}

export const supervisorsOf = (picture: DutyPicture): string[] =>
  picture.staff.filter((s) => s.roles.includes('supervisor')).map((s) => s.id);

export interface DutyView {
  onDuty: boolean;
  until: string | null;
  byRoster: boolean;
  onDutyCount: number;
}

function staffOf(ctx: RequestContext): { tenantId: string; userId: string } {
  if (ctx.principal.kind !== 'staff' || !ctx.actorId)
    throw new AppError('unauthenticated', 'Sign in to continue');
  return { tenantId: ctx.principal.tenantId, userId: ctx.actorId };
}

/** Am I on duty (declared until a time, or a roster slot running now), and how many of us are. */
export async function myDuty(db: Db, ctx: RequestContext): Promise<DutyView> {
  const { tenantId, userId } = staffOf(ctx);
  const declared = await declaredDutyOf(db, userId);
  const until = declared && declared.until > ctx.now ? declared.until : null;
  const byRoster = await rosteredNow(db, tenantId, userId, ctx.now);
  const picture = await dutyPicture(db, tenantId, ctx.now);
  return {
    onDuty: until !== null || byRoster,
    until: until?.toISOString() ?? null,
    byRoster,
    onDutyCount: picture.onDuty.size,
  };
}

/** "I am on duty for the next N hours": crisis requests ring on my console first. Audited (who was on duty). */
export async function startDuty(db: Db, ctx: RequestContext, hours: number): Promise<DutyView> {
  const { tenantId, userId } = staffOf(ctx);
  const until = new Date(ctx.now.getTime() + hours * 3_600_000);
  await db.transaction(async (tx) => {
    await declareDuty(tx, { userId, tenantId, since: ctx.now, until });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'care.duty.start',
      objectType: 'user',
      objectId: userId,
      details: { hours, until: until.toISOString() },
    });
  });
  return myDuty(db, ctx);
}

export async function stopDuty(db: Db, ctx: RequestContext): Promise<DutyView> {
  const { tenantId, userId } = staffOf(ctx);
  await db.transaction(async (tx) => {
    const ended = await endDuty(tx, userId);
    if (ended)
      await recordAudit(tx, ctx, { tenantId, action: 'care.duty.end', objectType: 'user', objectId: userId });
  });
  return myDuty(db, ctx);
}
