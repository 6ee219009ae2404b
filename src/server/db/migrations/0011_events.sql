CREATE TABLE "event_care_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"audience_group" text NOT NULL,
	"count" integer NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_care_packages_count_check" CHECK ("event_care_packages"."count" between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "event_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"registration_id" uuid,
	"rating" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_feedback_rating_check" CHECK ("event_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "event_hosts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"booker_id" uuid,
	"source" text NOT NULL,
	"organisation_id" uuid,
	"registered_by" uuid,
	"member_name_sealed" text,
	"member_phone_sealed" text,
	"status" text NOT NULL,
	"queued_at" timestamp (3) with time zone,
	"offer_expires_at" timestamp (3) with time zone,
	"lang" text DEFAULT 'zh-CN' NOT NULL,
	"consent_version" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp (3) with time zone,
	"cancelled_by" text,
	"checked_in_at" timestamp (3) with time zone,
	"checked_in_by" uuid,
	"check_in_method" text,
	"feedback_at" timestamp (3) with time zone,
	CONSTRAINT "event_registrations_status_check" CHECK ("event_registrations"."status" in ('registered', 'waitlisted', 'offered', 'cancelled', 'expired')),
	CONSTRAINT "event_registrations_source_check" CHECK ("event_registrations"."source" in ('worker', 'officer')),
	CONSTRAINT "event_registrations_method_check" CHECK ("event_registrations"."check_in_method" is null or "event_registrations"."check_in_method" in ('door_code', 'ticket_scan', 'staff_list'))
);
--> statement-breakpoint
CREATE TABLE "event_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"sent_at" timestamp (3) with time zone,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "event_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"rule" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_walk_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"count" integer NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_walk_ins_count_check" CHECK ("event_walk_ins"."count" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "group_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"series_id" uuid,
	"order_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"place_kind" text NOT NULL,
	"service_point_id" uuid,
	"room_id" uuid,
	"site_name" text,
	"site_address" text,
	"site_latitude" double precision,
	"site_longitude" double precision,
	"online_url" text,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"held" integer DEFAULT 0 NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"visibility" text DEFAULT 'open' NOT NULL,
	"invited_organisation_id" uuid,
	"invite_token_hash" text,
	"registration_opens_at" timestamp (3) with time zone,
	"registration_closes_at" timestamp (3) with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"cancel_reason" text,
	"door_code_hash" text,
	"replay_url" text,
	"summary" text,
	"summary_en" text,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	CONSTRAINT "group_events_held_check" CHECK ("group_events"."held" >= 0 and "group_events"."held" <= "group_events"."capacity"),
	CONSTRAINT "group_events_capacity_check" CHECK ("group_events"."capacity" between 1 and 5000),
	CONSTRAINT "group_events_time_check" CHECK ("group_events"."ends_at" > "group_events"."starts_at"),
	CONSTRAINT "group_events_status_check" CHECK ("group_events"."status" in ('draft', 'published', 'cancelled')),
	CONSTRAINT "group_events_visibility_check" CHECK ("group_events"."visibility" in ('open', 'invitation')),
	CONSTRAINT "group_events_place_check" CHECK ("group_events"."place_kind" in ('service_point', 'site', 'online')),
	CONSTRAINT "group_events_place_fields_check" CHECK (("group_events"."place_kind" <> 'service_point' or "group_events"."service_point_id" is not null) and ("group_events"."place_kind" <> 'online' or "group_events"."online_url" is not null) and ("group_events"."place_kind" <> 'site' or "group_events"."site_address" is not null)),
	CONSTRAINT "group_events_invitation_check" CHECK ("group_events"."visibility" <> 'invitation' or "group_events"."invited_organisation_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "event_care_packages" ADD CONSTRAINT "event_care_packages_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_care_packages" ADD CONSTRAINT "event_care_packages_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_hosts" ADD CONSTRAINT "event_hosts_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_hosts" ADD CONSTRAINT "event_hosts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_booker_id_bookers_id_fk" FOREIGN KEY ("booker_id") REFERENCES "public"."bookers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_reminders" ADD CONSTRAINT "event_reminders_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_series" ADD CONSTRAINT "event_series_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_series" ADD CONSTRAINT "event_series_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_walk_ins" ADD CONSTRAINT "event_walk_ins_event_id_group_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."group_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_walk_ins" ADD CONSTRAINT "event_walk_ins_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_series_id_event_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."event_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_room_id_service_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."service_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_invited_organisation_id_organisations_id_fk" FOREIGN KEY ("invited_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_events" ADD CONSTRAINT "group_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_care_packages_event_idx" ON "event_care_packages" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_feedback_event_idx" ON "event_feedback" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_hosts_event_idx" ON "event_hosts" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_hosts_user_idx" ON "event_hosts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_hosts_user_uniq" ON "event_hosts" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "event_registrations_booker_idx" ON "event_registrations" USING btree ("booker_id");--> statement-breakpoint
CREATE INDEX "event_registrations_queue_idx" ON "event_registrations" USING btree ("event_id","queued_at","id") WHERE "event_registrations"."status" = 'waitlisted';--> statement-breakpoint
CREATE INDEX "event_registrations_offer_idx" ON "event_registrations" USING btree ("offer_expires_at") WHERE "event_registrations"."status" = 'offered';--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_one_per_booker_uniq" ON "event_registrations" USING btree ("event_id","booker_id") WHERE "event_registrations"."status" in ('registered', 'waitlisted', 'offered');--> statement-breakpoint
CREATE UNIQUE INDEX "event_reminders_uniq" ON "event_reminders" USING btree ("registration_id","kind");--> statement-breakpoint
CREATE INDEX "event_reminders_due_idx" ON "event_reminders" USING btree ("due_at") WHERE "event_reminders"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "event_walk_ins_event_idx" ON "event_walk_ins" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "group_events_tenant_start_idx" ON "group_events" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_events_org_idx" ON "group_events" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "group_events_series_idx" ON "group_events" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "group_events_order_idx" ON "group_events" USING btree ("order_id");