import { appointmentWhen } from '../../core/booking/wording';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { phoneOfBooker } from '../booking/booking';
import type { Db } from '../db/client';
import type { SmsSender } from '../sms/sender';
import { liveRegistrations } from './staff-repository';

/**
 * Texts to the people of an event when staff change its time or cancel it. Like every event text they start
 * 【康乃馨】活动提醒： and say only when and where — never the kind or the title (a worker's phone may be read
 * by others; the app shows the rest).
 */

type Registration = Awaited<ReturnType<typeof liveRegistrations>>[number];

/** The sealed phone of a member an enterprise officer registered (associated data: the row). */
export const memberPhoneAad = (registrationId: string) =>
  `event_registrations.member_phone:${registrationId}`;

export function phoneOfRegistration(cipher: FieldCipher, r: Registration): string | null {
  if (r.booker) return phoneOfBooker(cipher, r.booker);
  const sealed = r.registration.memberPhoneSealed;
  if (!sealed) return null;
  try {
    return cipher.decrypt(sealed, memberPhoneAad(r.registration.id));
  } catch {
    return null;
  }
}

/** 138****5678: enough to tell people apart on a list, not enough to call them. */
export const maskPhone = (phone: string | null) =>
  phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '';

export interface NoticePlace {
  name: string;
  online: boolean;
}

const placeText = (lang: string, place: NoticePlace) =>
  lang === 'en'
    ? place.online
      ? 'online (the link is in Carnation)'
      : `at ${place.name}`
    : place.online
      ? '线上参加（链接请在康乃馨查看）'
      : `地点：${place.name}`;

/** After a change of time or place: the new time and place, nothing else. */
export function changedText(lang: string, startsAt: Date, timeZone: string, place: NoticePlace): string {
  const when = appointmentWhen(startsAt, timeZone, lang);
  if (lang === 'en')
    return `[Carnation] Event reminder: the event you signed up for has changed. It is now ${when}, ${placeText(lang, place)}. Open Carnation for details.`;
  return `【康乃馨】活动提醒：您报名的活动有变动，现在是${when}，${placeText(lang, place)}。详情请打开康乃馨查看。`;
}

export function cancelledText(lang: string, startsAt: Date, timeZone: string): string {
  const when = appointmentWhen(startsAt, timeZone, lang);
  if (lang === 'en')
    return `[Carnation] Event reminder: the event on ${when} you signed up for has been cancelled. We are sorry. Open Carnation to see why and to find another.`;
  return `【康乃馨】活动提醒：您报名的${when}的活动已取消，给您添麻烦了。原因和其他活动请打开康乃馨查看。`;
}

/** Texts everyone still registered, waiting or offered a place; a send that fails does not undo the change. */
export async function textLiveRegistrations(
  deps: { db: Db; cipher: FieldCipher; sms: SmsSender },
  tenantId: string,
  eventId: string,
  body: (lang: string) => string,
): Promise<number> {
  let sent = 0;
  for (const r of await liveRegistrations(deps.db, eventId)) {
    const phone = phoneOfRegistration(deps.cipher, r);
    if (!phone) continue;
    try {
      await deps.sms.send({ tenantId, to: phone, purpose: 'reminder', body: body(r.registration.lang) });
      sent++;
    } catch {
      // The change stands; the worker sees it in the app.
    }
  }
  return sent;
}
