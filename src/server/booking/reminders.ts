import { appointmentWhen } from '../../core/booking/wording';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import type { Db } from '../db/client';
import type { SmsSender } from '../sms/sender';
import { phoneOfBooker } from './booking';
import { claimDueReminders, markReminder } from './repository';

/**
 * How the appointment happens, in the reminder's words. Nothing names the kind of service beyond 咨询
 * (a text is read on a lock screen, and the station's name says where, not what).
 */
function howText(lang: string, mode: string, place: { name: string; nameEn: string }): string {
  if (lang === 'en') {
    if (mode === 'phone') return 'by phone: the counsellor will call you';
    if (mode === 'video') return 'by video: please find a quiet place where you can talk';
    return `at ${place.nameEn}`;
  }
  if (mode === 'phone') return '电话咨询，咨询师会按时给您打电话';
  if (mode === 'video') return '视频咨询，请提前找一个安静、方便说话的地方';
  return `地点：${place.name}`;
}

/**
 * The reminder text: when (on the station's clock) and where or how, never the topic; how to change it.
 * 【康乃馨】预约提醒：您预约的咨询在明天，12月1日（周二）14:00，地点：市职工服务中心心灵驿站。…
 */
export function reminderText(
  lang: string,
  kind: string,
  startsAt: Date,
  timeZone: string,
  place: { name: string; nameEn: string },
  mode: string,
): string {
  const when = appointmentWhen(startsAt, timeZone, lang);
  const how = howText(lang, mode, place);
  if (lang === 'en') {
    const lead = kind === 'day_before' ? 'tomorrow' : 'in two hours';
    return `[Carnation] Appointment reminder: your appointment is ${lead}, ${when}, ${how}. To change or cancel it, open Carnation.`;
  }
  const lead = kind === 'day_before' ? '明天' : '两小时后';
  return `【康乃馨】预约提醒：您预约的咨询在${lead}，${when}，${how}。如需改期或取消，请打开康乃馨。`;
}

/**
 * Sends the reminders that are due. Each is claimed under a row lock (two runners never send one twice) and
 * marked with when it went out, so lateness (sent − due) can be measured. A cancelled booking's reminder is
 * marked skipped; a failed send is retried on the next run.
 */
export async function sendDueReminders(
  deps: { db: Db; cipher: FieldCipher; sms: SmsSender },
  now: Date,
): Promise<{ sent: number; skipped: number; failed: number; maxLatenessMs: number }> {
  let sent = 0;
  let skipped = 0;
  let failed = 0;
  let maxLatenessMs = 0;
  for (;;) {
    const batch = await deps.db.transaction(async (tx) => {
      const due = await claimDueReminders(tx, now, 50);
      let handled = 0;
      for (const d of due) {
        const phone = d.booker ? phoneOfBooker(deps.cipher, d.booker) : null;
        if (d.booking.status !== 'booked' || !phone || d.slot.startsAt.getTime() <= now.getTime()) {
          await markReminder(tx, d.reminder.id, now, 'skipped');
          skipped++;
          handled++;
          continue;
        }
        try {
          await deps.sms.send({
            tenantId: d.booking.tenantId,
            to: phone,
            purpose: 'reminder',
            body: reminderText(
              d.booking.lang,
              d.reminder.kind,
              d.slot.startsAt,
              d.point.timeZone,
              d.point,
              d.booking.mode,
            ),
          });
          await markReminder(tx, d.reminder.id, now, 'sent');
          sent++;
          maxLatenessMs = Math.max(maxLatenessMs, now.getTime() - d.reminder.dueAt.getTime());
          handled++;
        } catch {
          failed++;
        }
      }
      return { claimed: due.length, handled };
    });
    if (batch.claimed < 50 || batch.handled === 0) break;
  }
  return { sent, skipped, failed, maxLatenessMs };
}
