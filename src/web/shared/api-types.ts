/**
 * The shapes the web apps read from the API, inferred from the very zod schemas the server validates and
 * documents its responses with. Type-only imports: nothing of the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type { alertItemSchema, alertSchema, alertSummarySchema } from '../../server/alerts/schemas';
import type { auditEventSchema, chainReportSchema } from '../../server/audit/schemas';
import type {
  bookingSchema,
  counsellorSchema,
  districtSchema,
  servicePointDetailSchema,
  servicePointSchema,
  slotSchema,
  waitlistSchema,
} from '../../server/booking/schemas';
import type {
  appointmentSummarySchema,
  calendarEntrySchema,
  checkInPosterSchema,
  counsellorEntrySchema,
  counsellorProfileSchema,
  exceptionSchema,
  feedSchema,
  managedPointSchema,
  rosterChangeSchema,
  rosterSchema,
} from '../../server/booking/staff-schemas';
import type { campaignSchema, posterSchema } from '../../server/campaigns/schemas';
import type { definitionSchema, licenceSchema, textSchema } from '../../server/checkup/governance-schemas';
import type { instrumentFormSchema } from '../../server/checkup/schemas';
import type {
  sessionViewSchema,
  userViewSchema,
  userWithPasswordSchema,
} from '../../server/identity/schemas';
import type { organisationSchema } from '../../server/organisations/schemas';
import type { notificationSchema } from '../../server/realtime/notification-routes';
import type { tenantSchema } from '../../server/tenancy/schemas';

export type Session = z.infer<typeof sessionViewSchema>;
export type RoleAssignment = Session['roles'][number];
export type User = z.infer<typeof userViewSchema>;
export type UserWithPassword = z.infer<typeof userWithPasswordSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditOutcome = AuditEvent['outcome'];
export type ChainReport = z.infer<typeof chainReportSchema>;
export type Tenant = z.infer<typeof tenantSchema>;

// The check-up's staff side.

export type InstrumentText = z.infer<typeof textSchema>;
export type InstrumentLang = InstrumentText['lang'];
export type Verification = InstrumentText['verification'];
export type NotShownReason = NonNullable<InstrumentText['notShownBecause']>;
export type InstrumentForm = z.infer<typeof instrumentFormSchema>;
export type LicenceList = z.infer<typeof licenceSchema>;
export type InstrumentLicence = LicenceList['instruments'][number];
export type CheckupDefinitionView = z.infer<typeof definitionSchema>;
export type CampaignPoster = z.infer<typeof posterSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Alert = z.infer<typeof alertSchema>;
export type AlertItem = z.infer<typeof alertItemSchema>;
export type AlertSource = AlertItem['source'];
export type ClosedReason = NonNullable<AlertItem['closedReason']>;
export type StaffNotification = z.infer<typeof notificationSchema>;
export type AlertPriority = Alert['priority'];
export type AlertStatus = Alert['status'];
export type AlertSummary = z.infer<typeof alertSummarySchema>;

// Counselling at service points, the staff side.

export type ManagedServicePoint = z.infer<typeof managedPointSchema>;
export type ServicePointKind = ManagedServicePoint['kind'];
export type ManagedRoom = ManagedServicePoint['rooms'][number];
export type RoomKind = ManagedRoom['kind'];
export type OpeningHours = ManagedServicePoint['openingHours'][number];
export type CounsellorEntry = z.infer<typeof counsellorEntrySchema>;
export type CounsellorProfile = z.infer<typeof counsellorProfileSchema>;
export type DutyRoster = z.infer<typeof rosterSchema>;
export type RosterRule = DutyRoster['rule'];
export type ConsultMode = DutyRoster['modes'][number];
export type RosterChange = z.infer<typeof rosterChangeSchema>;
export type RosterException = z.infer<typeof exceptionSchema>;
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;
export type AppointmentSummary = z.infer<typeof appointmentSummarySchema>;
export type CheckInPoster = z.infer<typeof checkInPosterSchema>;
export type CalendarBooking = NonNullable<CalendarEntry['booking']>;
export type BookingStatus = CalendarBooking['status'];
export type SharedResult = NonNullable<CalendarBooking['sharedResults']>['results'][number];
export type Topic = NonNullable<CalendarBooking['topic']>;
export type CalendarFeedStatus = z.infer<typeof feedSchema>;

// Counselling at service points: finding, slots and the worker's own bookings.

export type ServicePointView = z.infer<typeof servicePointSchema>;
export type ServicePointDetail = z.infer<typeof servicePointDetailSchema>;
export type PointKind = ServicePointView['kind'];
export type Slot = z.infer<typeof slotSchema>;
export type SlotCounsellor = Slot['counsellor'];
export type PublicCounsellor = z.infer<typeof counsellorSchema>;
export type Booking = z.infer<typeof bookingSchema>;
export type BookingTopic = Booking['topic'];
export type District = z.infer<typeof districtSchema>;
export type WaitlistEntry = z.infer<typeof waitlistSchema>;
