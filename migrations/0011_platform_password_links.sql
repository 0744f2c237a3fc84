PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_password_links` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "password_links_purpose_check" CHECK("__new_password_links"."purpose" in ('reset', 'set'))
);
--> statement-breakpoint
INSERT INTO `__new_password_links`("id", "tenant_id", "user_id", "purpose", "token_hash", "expires_at", "used_at", "created_at") SELECT "id", "tenant_id", "user_id", "purpose", "token_hash", "expires_at", "used_at", "created_at" FROM `password_links`;--> statement-breakpoint
DROP TABLE `password_links`;--> statement-breakpoint
ALTER TABLE `__new_password_links` RENAME TO `password_links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `password_links_token_hash_unique` ON `password_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `password_links_tenant_user_idx` ON `password_links` (`tenant_id`,`user_id`);