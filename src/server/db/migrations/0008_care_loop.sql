CREATE TABLE "break_glass_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason_sealed" text NOT NULL,
	"granted_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_duty" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"since" timestamp (3) with time zone NOT NULL,
	"until" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"crisis_ack_minutes" integer DEFAULT 15 NOT NULL,
	"duty_phone_after_minutes" integer DEFAULT 15 NOT NULL,
	"high_due_minutes" integer DEFAULT 240 NOT NULL,
	"normal_due_minutes" integer DEFAULT 2880 NOT NULL,
	"duty_phone_sealed" text,
	"duty_phone_label" text,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_settings_minutes_check" CHECK ("care_settings"."crisis_ack_minutes" between 1 and 240 and "care_settings"."duty_phone_after_minutes" between 1 and 240 and "care_settings"."high_due_minutes" between 5 and 10080 and "care_settings"."normal_due_minutes" between 5 and 20160)
);
--> statement-breakpoint
CREATE TABLE "case_counters" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp (3) with time zone NOT NULL,
	"detail_sealed" text
);
--> statement-breakpoint
CREATE TABLE "case_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"via" text NOT NULL,
	"status" text NOT NULL,
	"lang" text DEFAULT 'zh-CN' NOT NULL,
	"token_hash" text,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"answers_sealed" text,
	"score" double precision,
	"band_code" text,
	"band_level" integer,
	"flags" jsonb,
	"crisis_level" text,
	CONSTRAINT "case_measures_via_check" CHECK ("case_measures"."via" in ('in_room', 'link')),
	CONSTRAINT "case_measures_status_check" CHECK ("case_measures"."status" in ('requested', 'completed', 'expired', 'cancelled')),
	CONSTRAINT "case_measures_completed_check" CHECK ("case_measures"."status" <> 'completed' or ("case_measures"."completed_at" is not null and "case_measures"."score" is not null and "case_measures"."answers_sealed" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"happened_at" timestamp (3) with time zone NOT NULL,
	"booking_id" uuid,
	"amends_id" uuid,
	"body_sealed" text NOT NULL,
	"risk_level" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "case_notes_kind_check" CHECK ("case_notes"."kind" in ('session', 'phone', 'contact_attempt', 'supervision', 'addendum')),
	CONSTRAINT "case_notes_risk_check" CHECK ("case_notes"."risk_level" in ('none', 'low', 'moderate', 'high', 'imminent'))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"priority" text NOT NULL,
	"origin" text NOT NULL,
	"alert_id" uuid,
	"booking_id" uuid,
	"counsellor_id" uuid NOT NULL,
	"escalated_to" uuid,
	"escalated_at" timestamp (3) with time zone,
	"organisation_id" uuid,
	"subject_phone_hash" text,
	"subject_identity_id" uuid,
	"contact_sealed" text,
	"contact_consent_version" text,
	"contact_erased_at" timestamp (3) with time zone,
	"opened_by" uuid,
	"opened_at" timestamp (3) with time zone NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"closed_by" uuid,
	"closure_reason" text,
	"final_measure_id" uuid,
	"retain_until" timestamp (3) with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_status_check" CHECK ("cases"."status" in ('open', 'closed')),
	CONSTRAINT "cases_priority_check" CHECK ("cases"."priority" in ('crisis', 'high', 'normal')),
	CONSTRAINT "cases_origin_check" CHECK ("cases"."origin" in ('alert', 'booking', 'walk_in')),
	CONSTRAINT "cases_closure_check" CHECK (("cases"."status" = 'open' and "cases"."closed_at" is null) or ("cases"."status" = 'closed' and "cases"."closed_at" is not null and "cases"."closure_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "follow_up_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"assignee_id" uuid NOT NULL,
	"detail_sealed" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"measure_id" uuid,
	"reminded_at" timestamp (3) with time zone,
	"completed_at" timestamp (3) with time zone,
	"completed_by" uuid,
	"outcome_sealed" text,
	"followed" boolean,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "follow_up_tasks_kind_check" CHECK ("follow_up_tasks"."kind" in ('call_back', 'recheck', 'appointment', 'group_activity', 'content', 'referral', 'other')),
	CONSTRAINT "follow_up_tasks_status_check" CHECK ("follow_up_tasks"."status" in ('open', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"consent_items" text[] NOT NULL,
	"consent_version" text NOT NULL,
	"shared_sealed" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp (3) with time zone,
	"response_sealed" text,
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('sent', 'acknowledged', 'declined', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "staff_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" uuid NOT NULL,
	"label" text,
	"priority" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"read_at" timestamp (3) with time zone,
	CONSTRAINT "staff_notifications_kind_check" CHECK ("staff_notifications"."kind" in ('alert_new', 'alert_escalated', 'case_assigned', 'case_escalated', 'case_break_glass', 'task_due', 'measure_completed', 'referral_received', 'referral_answered'))
);
--> statement-breakpoint
ALTER TABLE "alerts" DROP CONSTRAINT "alerts_source_check";--> statement-breakpoint
ALTER TABLE "role_assignments" DROP CONSTRAINT "role_assignments_role_check";--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "contact_sealed" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "contact_erased_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "due_at" timestamp (3) with time zone;--> statement-breakpoint
-- Requests made before due times existed: due by the default triage settings (crisis 15 min, high 4 h, normal 48 h).
UPDATE "alerts" SET "due_at" = "created_at" + CASE "priority" WHEN 'crisis' THEN interval '15 minutes' WHEN 'high' THEN interval '4 hours' ELSE interval '48 hours' END;--> statement-breakpoint
ALTER TABLE "alerts" ALTER COLUMN "due_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "escalation_level" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "escalated_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "subject_phone_hash" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "subject_identity_id" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "booking_id" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "from_case_id" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "entered_by" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_duty" ADD CONSTRAINT "care_duty_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_duty" ADD CONSTRAINT "care_duty_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_settings" ADD CONSTRAINT "care_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_settings" ADD CONSTRAINT "care_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_measures" ADD CONSTRAINT "case_measures_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_amends_id_case_notes_id_fk" FOREIGN KEY ("amends_id") REFERENCES "public"."case_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_counsellor_id_users_id_fk" FOREIGN KEY ("counsellor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_escalated_to_users_id_fk" FOREIGN KEY ("escalated_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_subject_identity_id_retrieval_identities_id_fk" FOREIGN KEY ("subject_identity_id") REFERENCES "public"."retrieval_identities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_measure_id_case_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."case_measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_tasks" ADD CONSTRAINT "follow_up_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_institution_id_organisations_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_case_idx" ON "break_glass_grants" USING btree ("case_id","user_id","expires_at");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_measures_case_idx" ON "case_measures" USING btree ("case_id","instrument_id","completed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_measures_token_uniq" ON "case_measures" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id","happened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_number_uniq" ON "cases" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE INDEX "cases_counsellor_idx" ON "cases" USING btree ("counsellor_id","status");--> statement-breakpoint
CREATE INDEX "cases_tenant_status_idx" ON "cases" USING btree ("tenant_id","status","opened_at");--> statement-breakpoint
CREATE INDEX "cases_subject_phone_idx" ON "cases" USING btree ("tenant_id","subject_phone_hash");--> statement-breakpoint
CREATE INDEX "cases_subject_identity_idx" ON "cases" USING btree ("subject_identity_id");--> statement-breakpoint
CREATE INDEX "cases_retain_idx" ON "cases" USING btree ("retain_until");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_assignee_idx" ON "follow_up_tasks" USING btree ("assignee_id","status","due_at");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_case_idx" ON "follow_up_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_institution_idx" ON "referrals" USING btree ("institution_id","status");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "staff_notifications_user_idx" ON "staff_notifications" USING btree ("user_id","read_at","created_at");--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_subject_identity_id_retrieval_identities_id_fk" FOREIGN KEY ("subject_identity_id") REFERENCES "public"."retrieval_identities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_from_case_id_cases_id_fk" FOREIGN KEY ("from_case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_due_idx" ON "alerts" USING btree ("due_at") WHERE "alerts"."status" = 'new';--> statement-breakpoint
CREATE INDEX "alerts_subject_phone_idx" ON "alerts" USING btree ("tenant_id","subject_phone_hash");--> statement-breakpoint
CREATE INDEX "alerts_subject_identity_idx" ON "alerts" USING btree ("subject_identity_id");--> statement-breakpoint
CREATE INDEX "audit_events_object_idx" ON "audit_events" USING btree ("tenant_id","object_id");--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_escalation_check" CHECK ("alerts"."escalation_level" between 0 and 2);--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_closed_reason_check" CHECK ("alerts"."closed_reason" is null or "alerts"."closed_reason" in ('case_opened', 'handled', 'no_case_needed', 'duplicate', 'unreachable', 'consent_withdrawn'));--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_source_check" CHECK ("alerts"."source" in ('checkup_contact_request', 'shared_result', 'hotline', 'walk_in', 'enterprise_referral', 'case_measure'));--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_role_check" CHECK ("role_assignments"."role" in ('counsellor', 'supervisor', 'station_manager', 'enterprise_officer', 'federation_admin', 'auditor', 'platform_operator', 'partner_staff'));