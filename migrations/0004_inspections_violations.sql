CREATE TABLE `checklist_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`items` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_templates_tenant_idx` ON `checklist_templates` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `inspection_checklist_results` (
	`tenant_id` text NOT NULL,
	`inspection_id` text NOT NULL,
	`item_code` text NOT NULL,
	`result` text NOT NULL,
	`note` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `inspection_id`, `item_code`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspection_targets` (
	`tenant_id` text NOT NULL,
	`inspection_id` text NOT NULL,
	`unit_id` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `inspection_id`, `unit_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspection_team_members` (
	`tenant_id` text NOT NULL,
	`team_id` text NOT NULL,
	`official_id` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `team_id`, `official_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `inspection_teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `inspection_teams` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`name` text NOT NULL,
	`decision_doc_number` text NOT NULL,
	`decision_doc_date` text NOT NULL,
	`leader_official_id` text NOT NULL,
	`active_from` text NOT NULL,
	`active_to` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_teams_tenant_idx` ON `inspection_teams` (`tenant_id`,`active_from`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`team_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`scheduled_at` text,
	`started_at` text,
	`ended_at` text,
	`checklist_template_id` text,
	`findings` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `inspection_teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checklist_template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "inspections_status_check" CHECK("inspections"."status" in ('scheduled', 'in_progress', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `inspections_tenant_status_idx` ON `inspections` (`tenant_id`,`status`);--> statement-breakpoint
CREATE TABLE `violation_types` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`code` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `violation_types_tenant_code_unique` ON `violation_types` (`tenant_id`,`code`);--> statement-breakpoint
CREATE TABLE `corrective_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`record_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`body` text NOT NULL,
	`submitted_by` text NOT NULL,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`record_id`) REFERENCES `violation_records`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `corrective_reports_tenant_record_unit_unique` ON `corrective_reports` (`tenant_id`,`record_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `violation_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`record_id` text NOT NULL,
	`official_id` text,
	`r2_key` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`record_id`) REFERENCES `violation_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violation_evidence_tenant_record_idx` ON `violation_evidence` (`tenant_id`,`record_id`);--> statement-breakpoint
CREATE TABLE `violation_record_officials` (
	`tenant_id` text NOT NULL,
	`record_id` text NOT NULL,
	`official_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`signature` text DEFAULT 'pending' NOT NULL,
	`refusal_witnessed_by` text,
	`status` text,
	`explanation_due_at` text,
	`explanation_text` text,
	`explanation_received_at` text,
	`decision` text,
	`decision_doc_number` text,
	`decision_doc_date` text,
	`decided_by` text,
	`decided_at` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `record_id`, `official_id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`record_id`) REFERENCES `violation_records`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `violation_record_officials_tenant_official_idx` ON `violation_record_officials` (`tenant_id`,`official_id`);--> statement-breakpoint
CREATE TABLE `violation_record_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`record_id` text NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`content_hash` text NOT NULL,
	`reason` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`record_id`) REFERENCES `violation_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `violation_record_versions_unique` ON `violation_record_versions` (`tenant_id`,`record_id`,`version`);--> statement-breakpoint
CREATE TABLE `violation_records` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`inspection_id` text,
	`report_id` text,
	`type_code` text NOT NULL,
	`occurred_at` text NOT NULL,
	`place` text NOT NULL,
	`description` text NOT NULL,
	`witnesses` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`content_hash` text,
	`issued_at` text,
	`issued_by` text,
	`corrective_due_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "violation_records_status_check" CHECK("violation_records"."status" in ('draft', 'issued', 'closed'))
);
--> statement-breakpoint
CREATE INDEX `violation_records_tenant_status_idx` ON `violation_records` (`tenant_id`,`status`);