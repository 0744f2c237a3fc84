CREATE TABLE `alert_runs` (
	`tenant_id` text NOT NULL,
	`local_date` text NOT NULL,
	`scheduled_at` text NOT NULL,
	`item_count` integer NOT NULL,
	`notification_count` integer NOT NULL,
	`units_without_head` integer NOT NULL,
	`planned_at` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `local_date`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dev_mailbox` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`sender` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`body_html` text NOT NULL,
	`body_text` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dev_mailbox_idempotency_key_unique` ON `dev_mailbox` (`idempotency_key`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`kind` text NOT NULL,
	`recipient` text NOT NULL,
	`local_date` text NOT NULL,
	`unit_ids` text DEFAULT '[]' NOT NULL,
	`subject` text NOT NULL,
	`body_html` text NOT NULL,
	`body_text` text NOT NULL,
	`item_count` integer NOT NULL,
	`overdue_count` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_attempt_at` text,
	`last_error` text,
	`sent_at` text,
	`provider_message_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "notifications_kind_check" CHECK("notifications"."kind" in ('unit_digest', 'leadership_digest')),
	CONSTRAINT "notifications_status_check" CHECK("notifications"."status" in ('pending', 'sent', 'dead', 'superseded'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_tenant_recipient_kind_date_unique` ON `notifications` (`tenant_id`,`recipient`,`kind`,`local_date`);--> statement-breakpoint
CREATE INDEX `notifications_tenant_status_next_idx` ON `notifications` (`tenant_id`,`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notifications_status_next_idx` ON `notifications` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notifications_tenant_date_idx` ON `notifications` (`tenant_id`,`local_date`);--> statement-breakpoint
DROP INDEX `violation_records_tenant_status_idx`;--> statement-breakpoint
CREATE INDEX `violation_records_tenant_status_corrective_idx` ON `violation_records` (`tenant_id`,`status`,`corrective_due_at`);--> statement-breakpoint
CREATE INDEX `dialogue_issues_tenant_conclusion_due_idx` ON `dialogue_issues` (`tenant_id`,`conclusion_status`,`due_at`);--> statement-breakpoint
CREATE INDEX `violation_record_officials_tenant_status_explanation_idx` ON `violation_record_officials` (`tenant_id`,`status`,`explanation_due_at`);