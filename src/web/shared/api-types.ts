/**
 * The shapes the web apps read from the API, inferred from the very zod schemas the server validates and
 * documents its responses with. Type-only imports: nothing of the server reaches the browser bundle.
 */
import type { z } from 'zod';
import type { alertSchema, alertSummarySchema } from '../../server/alerts/schemas';
import type { auditEventSchema, chainReportSchema } from '../../server/audit/schemas';
import type {
  bookingSchema,
  districtSchema,
  servicePointDetailSchema,
  servicePointSchema,
  slotSchema,
} from '../../server/booking/schemas';
import type { campaignSchema, posterSchema } from '../../server/campaigns/schemas';
import type { definitionSchema, licenceSchema, textSchema } from '../../server/checkup/governance-schemas';
import type { instrumentFormSchema } from '../../server/checkup/schemas';
import type {
  sessionViewSchema,
  userViewSchema,
  userWithPasswordSchema,
} from '../../server/identity/schemas';
import type { organisationSchema } from '../../server/organisations/schemas';
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
export type AlertPriority = Alert['priority'];
export type AlertStatus = Alert['status'];
export type AlertSummary = z.infer<typeof alertSummarySchema>;

// Counselling at service points: finding, slots and the worker's own bookings.

export type ServicePointView = z.infer<typeof servicePointSchema>;
export type ServicePointDetail = z.infer<typeof servicePointDetailSchema>;
export type PointKind = ServicePointView['kind'];
export type ConsultMode = ServicePointView['modes'][number];
export type Slot = z.infer<typeof slotSchema>;
export type PublicCounsellor = Slot['counsellor'];
export type Booking = z.infer<typeof bookingSchema>;
export type BookingTopic = Booking['topic'];
export type District = z.infer<typeof districtSchema>;
