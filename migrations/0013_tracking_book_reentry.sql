DROP INDEX `tracking_book_tenant_task_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `tracking_book_tenant_task_in_force_unique` ON `tracking_book_entries` (`tenant_id`,`task_id`) WHERE "tracking_book_entries"."annulled_at" is null;--> statement-breakpoint
ALTER TABLE `task_reminders` ADD `voided_by_entry_id` text REFERENCES tracking_book_entries(id);--> statement-breakpoint
-- Entries annulled before reminders could be voided: their annulment voids the reminder that made them (the
-- default from now on), so the task's next reminder does not re-enter it at once on the reminders already counted.
UPDATE `task_reminders` SET `voided_by_entry_id` = (
	SELECT e.`id` FROM `tracking_book_entries` e
	WHERE e.`tenant_id` = `task_reminders`.`tenant_id` AND e.`triggered_by_reminder_id` = `task_reminders`.`id`
		AND e.`annulled_at` IS NOT NULL
)
WHERE `id` IN (SELECT `triggered_by_reminder_id` FROM `tracking_book_entries` WHERE `annulled_at` IS NOT NULL);
