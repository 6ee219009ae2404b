import { type EventDeps, phoneOfRegistration } from './offers';
import { zoneOf } from './presenters';
import { claimDueEventReminders, eventWithPlace, markEventReminder } from './repository';
import { eventReminderText, textPlaceOf } from './wording';

/**
 * The reminders job (every minute): sends the event reminders that are due, each claimed under a row lock
 * (two runners never send one twice) and marked with when it went. A place no longer registered, or an
 * event cancelled or begun, marks it skipped; a failed send is tried again on the next run.
 */
export async function sendDueEventReminders(
  deps: EventDeps,
  now: Date,
): Promise<{ sent: number; skipped: number; failed: number; maxLatenessMs: number }> {
  let sent = 0;
  let skipped = 0;
  let failed = 0;
  let maxLatenessMs = 0;
  for (;;) {
    const batch = await deps.db.transaction(async (tx) => {
      const due = await claimDueEventReminders(tx, now, 50);
      let handled = 0;
      for (const d of due) {
        const phone = await phoneOfRegistration({ ...deps, db: tx }, d.registration);
        const live =
          d.registration.status === 'registered' &&
          d.event.status === 'published' &&
          d.event.startsAt.getTime() > now.getTime();
        if (!live || !phone) {
          await markEventReminder(tx, d.reminder.id, now, 'skipped');
          skipped++;
          handled++;
          continue;
        }
        const e = await eventWithPlace(tx, d.event.id);
        if (!e) continue;
        const place = textPlaceOf(e);
        try {
          await deps.sms.send({
            tenantId: d.registration.tenantId,
            to: phone,
            purpose: 'reminder',
            body: eventReminderText(d.registration.lang, d.reminder.kind, e.event.startsAt, zoneOf(e), place),
          });
          await markEventReminder(tx, d.reminder.id, now, 'sent');
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
