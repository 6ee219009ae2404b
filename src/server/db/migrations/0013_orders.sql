CREATE TABLE "service_menu_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"duration_minutes" integer NOT NULL,
	"max_headcount" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_menu_items_duration_check" CHECK ("service_menu_items"."duration_minutes" between 15 and 1440),
	CONSTRAINT "service_menu_items_headcount_check" CHECK ("service_menu_items"."max_headcount" between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "service_order_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"tenant_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"step" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"side" text NOT NULL,
	"actor_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "service_order_events_side_check" CHECK ("service_order_events"."side" in ('enterprise', 'federation'))
);
--> statement-breakpoint
CREATE TABLE "service_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"menu_item_id" uuid NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"preferred_dates" jsonb NOT NULL,
	"headcount" integer NOT NULL,
	"site_name" text NOT NULL,
	"site_address" text NOT NULL,
	"site_latitude" double precision,
	"site_longitude" double precision,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"placed_by" uuid,
	"proposed_dates" jsonb,
	"proposal_message" text,
	"decline_reason" text,
	"cancel_reason" text,
	"scheduled_starts_at" timestamp (3) with time zone,
	"scheduled_ends_at" timestamp (3) with time zone,
	"campaign_id" uuid,
	"attendance" integer,
	"delivery_summary" text,
	"rating" smallint,
	"rating_comment" text,
	"submitted_at" timestamp (3) with time zone NOT NULL,
	"accepted_at" timestamp (3) with time zone,
	"proposed_at" timestamp (3) with time zone,
	"declined_at" timestamp (3) with time zone,
	"scheduled_at" timestamp (3) with time zone,
	"confirmed_at" timestamp (3) with time zone,
	"delivered_at" timestamp (3) with time zone,
	"rated_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"cancelled_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_orders_state_check" CHECK ("service_orders"."state" in ('submitted', 'proposed', 'accepted', 'declined', 'scheduled', 'confirmed', 'delivered', 'rated', 'closed', 'cancelled')),
	CONSTRAINT "service_orders_headcount_check" CHECK ("service_orders"."headcount" between 1 and 5000),
	CONSTRAINT "service_orders_rating_check" CHECK ("service_orders"."rating" is null or "service_orders"."rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "staff_notifications" DROP CONSTRAINT "staff_notifications_kind_check";--> statement-breakpoint
ALTER TABLE "service_menu_items" ADD CONSTRAINT "service_menu_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_menu_items" ADD CONSTRAINT "service_menu_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_events" ADD CONSTRAINT "service_order_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_events" ADD CONSTRAINT "service_order_events_order_id_service_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."service_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_order_events" ADD CONSTRAINT "service_order_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_menu_item_id_service_menu_items_id_fk" FOREIGN KEY ("menu_item_id") REFERENCES "public"."service_menu_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_placed_by_users_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_orders" ADD CONSTRAINT "service_orders_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_menu_items_tenant_idx" ON "service_menu_items" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "service_order_events_order_idx" ON "service_order_events" USING btree ("order_id","at");--> statement-breakpoint
CREATE INDEX "service_orders_tenant_state_idx" ON "service_orders" USING btree ("tenant_id","state","submitted_at");--> statement-breakpoint
CREATE INDEX "service_orders_org_idx" ON "service_orders" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "staff_notifications" ADD CONSTRAINT "staff_notifications_kind_check" CHECK ("staff_notifications"."kind" in ('alert_new', 'alert_escalated', 'case_assigned', 'case_escalated', 'case_break_glass', 'task_due', 'measure_completed', 'referral_received', 'referral_answered', 'order_update'));