import type { FieldCipher } from '../../core/crypto/field-cipher';
import type { Db } from '../db/client';
import type { SmsSender } from '../sms/sender';
import { phoneOfBooker } from './booking';
import { claimDueReminders, markReminder } from './repository';

const timeIn = (instant: Date, timeZone: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone,
    month: lang === 'en' ? 'short' : 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

/** The reminder text: when and where, never the topic; how to change it. */
export function reminderText(
  lang: string,
  kind: string,
  startsAt: Date,
  timeZone: string,
  place: { name: string; nameEn: string },
  mode: string,
): string {
  const when = timeIn(startsAt, timeZone, lang);
  if (lang === 'en') {
    const how = mode === 'phone' ? 'by phone' : mode === 'video' ? 'by video' : `at ${place.nameEn}`;
    const lead = kind === 'day_before' ? 'Tomorrow' : 'In two hours';
    return `[Carnation] ${lead}: your counselling appointment, ${when}, ${how}. To change or cancel it, open Carnation.`;
  }
  const how = mode === 'phone' ? '电话咨询' : mode === 'video' ? '视频咨询' : `地点：${place.name}`;
  const lead = kind === 'day_before' ? '明天' : '两小时后';
  return `【康乃馨】提醒：您${lead}有一次心理咨询预约，${when}，${how}。如需改期或取消，请打开康乃馨。`;
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
