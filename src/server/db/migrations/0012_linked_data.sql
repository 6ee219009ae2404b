CREATE TABLE "linked_diaries" (
	"identity_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"entries_sealed" text NOT NULL,
	"entry_count" integer NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "linked_groups" (
	"identity_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"groups_sealed" text NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "linked_diaries" ADD CONSTRAINT "linked_diaries_identity_id_retrieval_identities_id_fk" FOREIGN KEY ("identity_id") REFERENCES "public"."retrieval_identities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linked_diaries" ADD CONSTRAINT "linked_diaries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linked_groups" ADD CONSTRAINT "linked_groups_identity_id_retrieval_identities_id_fk" FOREIGN KEY ("identity_id") REFERENCES "public"."retrieval_identities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "linked_groups" ADD CONSTRAINT "linked_groups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;