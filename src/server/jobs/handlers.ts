import type { FieldCipher } from '../../core/crypto/field-cipher';
import { escalateOverdueAlerts } from '../alerts/escalation';
import { sendDueReminders } from '../booking/reminders';
import { deleteOldVerifications } from '../booking/repository';
import { forgetOldBookers } from '../booking/retention';
import { generateOpenSlots } from '../booking/slot-generation';
import { expireOffers } from '../booking/waitlist';
import { remindDueTasks } from '../care/tasks';
import { deleteOldIdempotencyKeys } from '../checkup/repository';
import type { Config } from '../config';
import { publishScheduled } from '../content/publish-scheduled';
import type { Database } from '../db/client';
import { expireEventOffers } from '../events/offers';
import { sendDueEventReminders } from '../events/reminders';
import type { Clock } from '../http/request-context';
import { purgeEndedSessions } from '../identity/sessions';
import { purgeExpiredCases } from '../my-data/purge';
import type { EventBus } from '../realtime/bus';
import { generateMonthlyReports } from '../reports/monthly-job';
import type { SmsSender } from '../sms/sender';

/** What every job handler may use; made once by the composition root. */
export interface JobDeps {
  database: Database;
  /** The configuration (the monthly reports' font and minimum group size); main.ts always gives it. */
  config?: Config;
  clock: Clock;
  cipher: FieldCipher;
  sms: SmsSender;
  events: EventBus;
}

export interface JobContext extends JobDeps {
  data: Record<string, unknown>;
}

export interface JobDefinition {
  name: string;
  /** Cron schedule in Asia/Shanghai, for recurring jobs. */
  cron?: string;
  run(ctx: JobContext): Promise<unknown>;
}

export const jobHandlers: JobDefinition[] = [
  {
    // Every minute: a request nobody took goes to the supervisors, then (crisis) to the duty phone — at most
    // about a minute late (the result reports how late). Rows are locked, so several processes may run it.
    name: 'alerts.escalate',
    cron: '* * * * *',
    run: ({ database, cipher, sms, events, clock }) =>
      escalateOverdueAlerts({ db: database.db, cipher, sms, events }, clock.now()),
  },
  {
    // A retried submission is answered from its key for a day; after that the key (and the sealed code) goes.
    name: 'idempotency.purge',
    cron: '41 * * * *',
    run: async ({ database, clock }) => ({
      purged: await deleteOldIdempotencyKeys(database.db, new Date(clock.now().getTime() - 24 * 3_600_000)),
    }),
  },
  {
    // Every minute: a reminder is at most about a minute late (the result reports the worst lateness).
    name: 'reminders.send',
    cron: '* * * * *',
    run: ({ database, cipher, sms, clock }) =>
      sendDueReminders({ db: database.db, cipher, sms }, clock.now()),
  },
  {
    // An offer to the first in a waitlist lasts the station's offer time; then it goes to the next.
    name: 'waitlist.expire',
    cron: '* * * * *',
    run: ({ database, cipher, sms, clock }) => expireOffers({ db: database.db, cipher, sms }, clock.now()),
  },
  {
    // Every minute: an offered event place that ran out lapses and goes to the next in line (texted).
    name: 'events.offers',
    cron: '* * * * *',
    run: ({ database, cipher, sms, clock }) =>
      expireEventOffers({ db: database.db, cipher, sms }, clock.now()),
  },
  {
    // Every minute: event reminders (the day before, two hours before) go at most about a minute late.
    name: 'events.reminders',
    cron: '* * * * *',
    run: ({ database, cipher, sms, clock }) =>
      sendDueEventReminders({ db: database.db, cipher, sms }, clock.now()),
  },
  {
    // Rosters roll forward: each night the day that came into the booking horizon gets its slots.
    name: 'slots.generate',
    cron: '7 * * * *',
    run: ({ database, clock }) => generateOpenSlots(database.db, {}, clock.now()),
  },
  {
    // The booking consent keeps who booked until a year after the appointment.
    name: 'bookings.forget',
    cron: '37 3 * * *',
    run: ({ database, clock }) => forgetOldBookers(database.db, clock.now()),
  },
  {
    // A phone code is worth nothing after ten minutes; its hash goes after a day.
    name: 'phone-codes.purge',
    cron: '23 * * * *',
    run: async ({ database, clock }) => ({
      purged: await deleteOldVerifications(database.db, new Date(clock.now().getTime() - 24 * 3_600_000)),
    }),
  },
  {
    // A closed case is kept three years (src/core/care/retention.ts), then deleted with its records.
    name: 'cases.purge',
    cron: '53 3 * * *',
    run: ({ database, clock }) => purgeExpiredCases(database.db, clock.now()),
  },
  {
    // Follow-up tasks due within the hour remind their counsellor once (a notification, nothing sealed read).
    name: 'care.tasks-remind',
    cron: '*/5 * * * *',
    run: ({ database, events, clock }) => remindDueTasks({ db: database.db, events }, clock.now()),
  },
  {
    // Every minute: an approved version scheduled for a time goes live at most about a minute late.
    name: 'content.publish-scheduled',
    cron: '* * * * *',
    run: ({ database, clock }) => publishScheduled(database.db, clock.now()),
  },
  {
    // Hourly: from 02:00 on the 1st in each federation's zone, last month's reports (made once, caught up after
    // a stop).
    name: 'reports.monthly',
    cron: '5 * * * *',
    run: ({ database, config, clock }) => {
      if (!config) throw new Error('reports.monthly needs the configuration');
      return generateMonthlyReports({ db: database.db, config }, clock.now());
    },
  },
  {
    name: 'sessions.purge',
    cron: '17 * * * *',
    run: async ({ database, clock }) => ({ purged: await purgeEndedSessions(database.db, clock.now()) }),
  },
];
