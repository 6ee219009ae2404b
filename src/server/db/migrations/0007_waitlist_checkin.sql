CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_point_id" uuid NOT NULL,
	"date" date NOT NULL,
	"booker_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"mode" text,
	"lang" text DEFAULT 'zh-CN' NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"offered_slot_id" uuid,
	"offer_expires_at" timestamp (3) with time zone,
	"booking_id" uuid,
	"consent_version" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_status_check" CHECK ("waitlist_entries"."status" in ('waiting', 'offered', 'booked', 'expired', 'left'))
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "checked_in_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "held_for" uuid;--> statement-breakpoint
ALTER TABLE "slots" ADD COLUMN "held_until" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "service_points" ADD COLUMN "waitlist_offer_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_points" ADD COLUMN "checkin_code_hash" text;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_booker_id_bookers_id_fk" FOREIGN KEY ("booker_id") REFERENCES "public"."bookers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_offered_slot_id_slots_id_fk" FOREIGN KEY ("offered_slot_id") REFERENCES "public"."slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "waitlist_point_date_idx" ON "waitlist_entries" USING btree ("service_point_id","date","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_one_per_day_uniq" ON "waitlist_entries" USING btree ("booker_id","service_point_id","date") WHERE "waitlist_entries"."status" in ('waiting', 'offered');