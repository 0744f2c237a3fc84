DROP INDEX `notifications_status_next_idx`;--> statement-breakpoint
CREATE INDEX `notifications_tenant_status_date_idx` ON `notifications` (`tenant_id`,`status`,`local_date`);