import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { servicePoints } from '../service-points/tables';
import { type BookingDeps, bookerFor, type Credential, viewOf } from './booking';
import type { BookingView } from './presenters';
import { bookingDetail, updateBooking } from './repository';
import { pointInScope } from './staff-scope';

/** Check-in opens an hour before the appointment and closes when it ends. */
const OPENS_BEFORE_MS = 60 * 60_000;

/** The poster prints the code in capitals, in groups of four: spaces, dashes and case do not count. */
const normalise = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

const codeHash = (pointId: string, code: string) =>
  createHash('sha256')
    .update(`carnation-checkin:${pointId}:${normalise(code)}`)
    .digest('hex');

/** The address on the poster: the code rides in the fragment, which browsers never send to a server. */
export const checkInLink = (publicUrl: string, pointId: string, code: string) =>
  `${publicUrl.replace(/\/$/, '')}/checkin#p=${pointId}&c=${code}`;

/**
 * A new check-in code for a station's poster (the old poster stops working). Only its hash is kept; the
 * code and its QR are shown once, to print.
 */
export async function renewCheckInCode(db: Db, ctx: RequestContext, pointId: string, publicUrl: string) {
  const point = await pointInScope(db, ctx, pointId, 'servicepoint.manage');
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const code = Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
  await db.transaction(async (tx) => {
    await tx
      .update(servicePoints)
      .set({ checkinCodeHash: codeHash(point.id, code) })
      .where(eq(servicePoints.id, point.id));
    await recordAudit(tx, ctx, {
      tenantId: point.tenantId,
      action: 'servicepoint.checkin_code.renew',
      objectType: 'service_point',
      objectId: point.id,
      organisationId: point.organisationId,
    });
  });
  const link = checkInLink(publicUrl, point.id, code);
  return {
    code,
    link,
    qrSvg: await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
  };
}

/** The worker, at the station, scans its poster: their appointment there is marked as arrived. */
export async function checkIn(
  deps: BookingDeps,
  bookingId: string,
  code: string,
  credential: Credential,
  now: Date,
): Promise<BookingView> {
  const detail = await bookingDetail(deps.db, bookingId);
  const notFound = new AppError('booking_not_found', 'That appointment was not found');
  if (!detail) throw notFound;
  const booker = await bookerFor(deps, detail.booking.tenantId, credential, now, false);
  if (!booker || booker.id !== detail.booking.bookerId) throw notFound;
  const expected = detail.point.checkinCodeHash;
  const given = codeHash(detail.point.id, code);
  if (!expected || !timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(given, 'hex')))
    throw new AppError('invalid_checkin_code', 'This code is not the one at your appointment’s station');
  if (detail.booking.status !== 'booked' && detail.booking.status !== 'attended')
    throw new AppError('booking_closed', 'This appointment is no longer open');
  const start = detail.slot.startsAt.getTime();
  if (now.getTime() < start - OPENS_BEFORE_MS || now.getTime() > detail.slot.endsAt.getTime())
    throw new AppError(
      'checkin_closed',
      'Check-in opens an hour before the appointment and closes when it ends',
    );
  if (!detail.booking.checkedInAt) await updateBooking(deps.db, bookingId, { checkedInAt: now });
  return viewOf(deps.db, bookingId);
}
