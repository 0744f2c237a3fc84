CREATE TABLE `hotline_channels` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`unit_id` text,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`label` text NOT NULL,
	`hours` text,
	`posted_at` text DEFAULT '[]' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "hotline_channels_kind_check" CHECK("hotline_channels"."kind" in ('phone', 'email'))
);
--> statement-breakpoint
CREATE INDEX `hotline_channels_tenant_idx` ON `hotline_channels` (`tenant_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `report_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`deadline_working_days` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_categories_tenant_code_unique` ON `report_categories` (`tenant_id`,`code`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`tenant_id` text NOT NULL,
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`response_status` integer NOT NULL,
	`response_body` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `scope`, `key`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`report_id` text NOT NULL,
	`r2_key` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_attachments_tenant_report_idx` ON `report_attachments` (`tenant_id`,`report_id`);--> statement-breakpoint
CREATE TABLE `report_events` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`report_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`public` integer NOT NULL,
	`body` text,
	`actor_type` text NOT NULL,
	`actor_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_events_tenant_report_idx` ON `report_events` (`tenant_id`,`report_id`,`at`);--> statement-breakpoint
CREATE TABLE `report_officials` (
	`tenant_id` text NOT NULL,
	`report_id` text NOT NULL,
	`official_id` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `report_id`, `official_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`tracking_code` text NOT NULL,
	`receipt_hash` text NOT NULL,
	`channel` text NOT NULL,
	`category_code` text NOT NULL,
	`description` text NOT NULL,
	`unit_id` text,
	`unit_text` text,
	`official_text` text,
	`occurred_at` text,
	`location` text,
	`reporter_name` text,
	`reporter_phone` text,
	`reporter_email` text,
	`consent_to_contact` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	`assigned_unit_id` text,
	`duplicate_of_id` text,
	`rejection_reason` text,
	`finding` text,
	`answer` text,
	`due_at` text NOT NULL,
	`resolved_at` text,
	`client_hash` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "reports_status_check" CHECK("reports"."status" in ('received', 'accepted', 'rejected', 'duplicate', 'assigned', 'in_progress', 'resolved', 'closed', 'reopened'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_tracking_code_unique` ON `reports` (`tracking_code`);--> statement-breakpoint
CREATE INDEX `reports_tenant_status_idx` ON `reports` (`tenant_id`,`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `reports_tenant_unit_idx` ON `reports` (`tenant_id`,`assigned_unit_id`);--> statement-breakpoint
CREATE INDEX `reports_tenant_created_idx` ON `reports` (`tenant_id`,`created_at`);