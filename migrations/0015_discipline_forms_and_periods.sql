ALTER TABLE `officials` ADD `holds_leadership_post` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `violation_record_officials` ADD `period_days` integer;--> statement-breakpoint
ALTER TABLE `violation_record_officials` ADD `period_extension_reason` text;--> statement-breakpoint
ALTER TABLE `violation_record_officials` ADD `period_extended_at` text;--> statement-breakpoint
ALTER TABLE `violation_record_officials` ADD `period_extended_by` text;