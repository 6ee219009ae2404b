CREATE INDEX "slots_tenant_start_idx" ON "slots" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "cases_tenant_opened_idx" ON "cases" USING btree ("tenant_id","opened_at");--> statement-breakpoint
CREATE INDEX "follow_up_tasks_tenant_due_idx" ON "follow_up_tasks" USING btree ("tenant_id","due_at");--> statement-breakpoint
CREATE INDEX "service_orders_tenant_submitted_idx" ON "service_orders" USING btree ("tenant_id","submitted_at");