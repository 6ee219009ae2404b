CREATE TABLE "monthly_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid,
	"month" text NOT NULL,
	"generated_at" timestamp (3) with time zone NOT NULL,
	"generated_by" uuid,
	"pdf" "bytea",
	"xlsx" "bytea" NOT NULL,
	"figures" jsonb NOT NULL,
	CONSTRAINT "monthly_reports_scope_month_uniq" UNIQUE NULLS NOT DISTINCT("tenant_id","organisation_id","month"),
	CONSTRAINT "monthly_reports_month_check" CHECK ("monthly_reports"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monthly_reports_tenant_month_idx" ON "monthly_reports" USING btree ("tenant_id","month");