-- Records issued before this migration keep no number and no key signature: verify answers
-- sealedWithKey: false for them (docs/inspections-and-violations.md, "Records sealed before keys").
CREATE TABLE `violation_record_events` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`record_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`kind` text NOT NULL,
	`detail` text NOT NULL,
	`state_hash` text NOT NULL,
	`previous_hash` text,
	`event_hash` text NOT NULL,
	`seal_signature` text NOT NULL,
	`seal_kid` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`record_id`) REFERENCES `violation_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `violation_record_events_sequence_unique` ON `violation_record_events` (`tenant_id`,`record_id`,`sequence`);--> statement-breakpoint
ALTER TABLE `inspection_teams` ADD `record_symbol` text;--> statement-breakpoint
ALTER TABLE `violation_record_versions` ADD `seal_signature` text;--> statement-breakpoint
ALTER TABLE `violation_record_versions` ADD `seal_kid` text;--> statement-breakpoint
ALTER TABLE `violation_records` ADD `record_number` integer;--> statement-breakpoint
ALTER TABLE `violation_records` ADD `record_year` integer;--> statement-breakpoint
ALTER TABLE `violation_records` ADD `record_symbol` text;--> statement-breakpoint
ALTER TABLE `violation_records` ADD `issuing_team_id` text REFERENCES inspection_teams(id);--> statement-breakpoint
CREATE UNIQUE INDEX `violation_records_number_unique` ON `violation_records` (`tenant_id`,`record_year`,ifnull(`issuing_team_id`, ''),`record_number`);
