CREATE TABLE `tenants` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`province` text NOT NULL,
	`timezone` text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "tenants_level_check" CHECK("tenants"."level" in ('province', 'district', 'commune')),
	CONSTRAINT "tenants_status_check" CHECK("tenants"."status" in ('active', 'suspended')),
	CONSTRAINT "tenants_slug_check" CHECK("tenants"."slug" glob '[a-z0-9]*' and "tenants"."slug" not glob '*[^a-z0-9-]*')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenants_slug_unique` ON `tenants` (`slug`);