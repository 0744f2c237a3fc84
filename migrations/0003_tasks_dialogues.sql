CREATE TABLE `dialogue_issues` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`session_id` text NOT NULL,
	`content` text NOT NULL,
	`raised_by` text,
	`pressing` integer NOT NULL,
	`conclusion` text,
	`outcome` text NOT NULL,
	`not_in_scope_reason` text,
	`assigned_unit_id` text,
	`due_on` text,
	`due_at` text,
	`conclusion_status` text,
	`resolution_result` text,
	`resolved_on` text,
	`resolved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `dialogue_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dialogue_issues_assigned_check" CHECK(("dialogue_issues"."outcome" = 'assigned') = ("dialogue_issues"."assigned_unit_id" is not null and "dialogue_issues"."due_at" is not null and "dialogue_issues"."conclusion_status" is not null))
);
--> statement-breakpoint
CREATE INDEX `dialogue_issues_tenant_session_idx` ON `dialogue_issues` (`tenant_id`,`session_id`);--> statement-breakpoint
CREATE INDEX `dialogue_issues_tenant_unit_idx` ON `dialogue_issues` (`tenant_id`,`assigned_unit_id`,`due_at`);--> statement-breakpoint
CREATE TABLE `dialogue_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`level` text NOT NULL,
	`host_unit_id` text NOT NULL,
	`held_on` text NOT NULL,
	`place` text NOT NULL,
	`chair_official_id` text,
	`chair_name` text NOT NULL,
	`participants_count` integer,
	`minutes_ref` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chair_official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dialogue_sessions_tenant_held_idx` ON `dialogue_sessions` (`tenant_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `task_reminders` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`task_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`doc_number` text NOT NULL,
	`doc_date` text NOT NULL,
	`issuer` text NOT NULL,
	`content` text NOT NULL,
	`recipient_unit_id` text,
	`recipient_organisation` text,
	`recipient_official_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_reminders_tenant_task_sequence_unique` ON `task_reminders` (`tenant_id`,`task_id`,`sequence`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`source_doc_number` text,
	`source_doc_date` text,
	`issued_by` text NOT NULL,
	`unit_id` text NOT NULL,
	`party_organisation` text,
	`official_id` text,
	`due_on` text NOT NULL,
	`due_at` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`completed_on` text,
	`completed_at` text,
	`completion_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "tasks_status_check" CHECK("tasks"."status" in ('open', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `tasks_tenant_status_idx` ON `tasks` (`tenant_id`,`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `tasks_tenant_unit_idx` ON `tasks` (`tenant_id`,`unit_id`);--> statement-breakpoint
CREATE TABLE `tracking_book_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`task_id` text NOT NULL,
	`year` integer NOT NULL,
	`unit_id` text NOT NULL,
	`party_organisation` text,
	`official_id` text,
	`triggered_by_reminder_id` text NOT NULL,
	`created_at` text NOT NULL,
	`annulled_at` text,
	`annulled_by` text,
	`annul_reason` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`official_id`) REFERENCES `officials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tracking_book_tenant_task_unique` ON `tracking_book_entries` (`tenant_id`,`task_id`);--> statement-breakpoint
CREATE INDEX `tracking_book_tenant_year_idx` ON `tracking_book_entries` (`tenant_id`,`year`);