CREATE TABLE `password_links` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "password_links_purpose_check" CHECK("password_links"."purpose" in ('reset', 'set'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `password_links_token_hash_unique` ON `password_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `password_links_tenant_user_idx` ON `password_links` (`tenant_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_sessions_token_hash_unique` ON `staff_sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `staff_sessions_tenant_user_idx` ON `staff_sessions` (`tenant_id`,`user_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notifications` (
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
	`send_key` text,
	`ref` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "notifications_kind_check" CHECK("__new_notifications"."kind" in ('unit_digest', 'leadership_digest', 'password_link', 'report_answer')),
	CONSTRAINT "notifications_status_check" CHECK("__new_notifications"."status" in ('pending', 'sent', 'dead', 'superseded'))
);
--> statement-breakpoint
INSERT INTO `__new_notifications`("id", "tenant_id", "kind", "recipient", "local_date", "unit_ids", "subject", "body_html", "body_text", "item_count", "overdue_count", "status", "attempts", "next_attempt_at", "last_attempt_at", "last_error", "sent_at", "provider_message_id", "send_key", "created_at", "updated_at") SELECT "id", "tenant_id", "kind", "recipient", "local_date", "unit_ids", "subject", "body_html", "body_text", "item_count", "overdue_count", "status", "attempts", "next_attempt_at", "last_attempt_at", "last_error", "sent_at", "provider_message_id", "send_key", "created_at", "updated_at" FROM `notifications`;--> statement-breakpoint
DROP TABLE `notifications`;--> statement-breakpoint
ALTER TABLE `__new_notifications` RENAME TO `notifications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_tenant_recipient_kind_date_ref_unique` ON `notifications` (`tenant_id`,`recipient`,`kind`,`local_date`,`ref`);--> statement-breakpoint
CREATE INDEX `notifications_tenant_status_next_idx` ON `notifications` (`tenant_id`,`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notifications_tenant_status_date_idx` ON `notifications` (`tenant_id`,`status`,`local_date`);--> statement-breakpoint
CREATE INDEX `notifications_tenant_date_idx` ON `notifications` (`tenant_id`,`local_date`);