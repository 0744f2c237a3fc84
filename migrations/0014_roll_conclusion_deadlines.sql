-- Data only (issue 15): Civil Code 2015 art. 148(5). A dialogue conclusion's deadline (session + the tenant's N
-- calendar months, clamped to the month's last day) that fell on a weekend or a day off of the tenant's calendar now
-- ends at the end of the next working day, as conclusionDeadline() computes it from now on. Conclusions whose stored
-- deadline is that computed date are moved; a date the chair set explicitly (any other date) is kept. Resolutions are
-- re-judged by themselves: "resolved within the deadline" is resolved_at <= due_at, read from the corrected deadline.
-- Each moved conclusion gets an audit entry (system actor) with the dates before and after.
--
-- A working day, for a tenant: its own day wins ('worked' or 'holiday'); else the national day ('working_day' works,
-- 'holiday' and 'day_off_in_lieu' do not); else Monday to Friday. The same rule as calendar/working-calendar.ts.
CREATE TABLE `_conclusion_deadline_rolls` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`due_on` text NOT NULL,
	`due_at` text NOT NULL,
	`rolled_on` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `_conclusion_deadline_rolls` (`id`, `tenant_id`, `due_on`, `due_at`, `rolled_on`)
WITH RECURSIVE
	`computed` AS (
		SELECT i.`id`, i.`tenant_id`, i.`due_on`, i.`due_at`
		FROM `dialogue_issues` i
		JOIN `dialogue_sessions` s ON s.`id` = i.`session_id` AND s.`tenant_id` = i.`tenant_id`
		JOIN `tenants` t ON t.`id` = i.`tenant_id`
		WHERE i.`outcome` = 'assigned' AND i.`due_on` IS NOT NULL AND i.`due_at` IS NOT NULL
			-- the stored date is the computed one: held_on + N months, or the target month's last day when shorter
			AND i.`due_on` = min(
				date(s.`held_on`, '+' || coalesce(json_extract(t.`settings`, '$.dialogueConclusionDeadlineMonths'), 2) || ' months'),
				date(s.`held_on`, 'start of month', '+' || (coalesce(json_extract(t.`settings`, '$.dialogueConclusionDeadlineMonths'), 2) + 1) || ' months', '-1 day')
			)
	),
	`walk` (`id`, `tenant_id`, `day`) AS (
		SELECT `id`, `tenant_id`, `due_on` FROM `computed`
		UNION ALL
		SELECT w.`id`, w.`tenant_id`, date(w.`day`, '+1 day')
		FROM `walk` w
		WHERE NOT coalesce(
			(SELECT o.`kind` = 'worked' FROM `tenant_calendar_days` o WHERE o.`tenant_id` = w.`tenant_id` AND o.`date` = w.`day`),
			(SELECT n.`kind` = 'working_day' FROM `national_calendar_days` n WHERE n.`date` = w.`day`),
			strftime('%w', w.`day`) NOT IN ('0', '6')
		)
	)
SELECT c.`id`, c.`tenant_id`, c.`due_on`, c.`due_at`, max(w.`day`)
FROM `computed` c JOIN `walk` w ON w.`id` = c.`id`
GROUP BY c.`id`
HAVING max(w.`day`) <> c.`due_on`;
--> statement-breakpoint
-- Below, the new due_at is the old one moved by whole days: the end of the new local day (the product's zones keep
-- no daylight saving; Asia/Ho_Chi_Minh is UTC+7 all year).
INSERT INTO `audit_log` (`id`, `tenant_id`, `actor_type`, `actor_id`, `action`, `entity_type`, `entity_id`, `changes`, `request_id`, `at`)
SELECT
	-- a UUIDv7 like newId(): 48 bits of Unix milliseconds, version 7, the RFC variant, random bits
	substr(m.`hex`, 1, 8) || '-' || substr(m.`hex`, 9, 4) || '-7' || substr(lower(hex(randomblob(2))), 1, 3) || '-'
		|| substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 1, 3) || '-' || lower(hex(randomblob(6))),
	r.`tenant_id`, 'system', 'migration:roll_conclusion_deadlines', 'dialogue_issue.deadline_recomputed',
	'dialogue_issue', r.`id`,
	json_object(
		'dueOn', json_array(r.`due_on`, r.`rolled_on`),
		'dueAt', json_array(r.`due_at`, strftime('%Y-%m-%dT%H:%M:%fZ', r.`due_at`, '+' || cast(julianday(r.`rolled_on`) - julianday(r.`due_on`) AS integer) || ' days'))
	),
	'migration:roll_conclusion_deadlines', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `_conclusion_deadline_rolls` r,
	(SELECT printf('%012x', cast((julianday('now') - 2440587.5) * 86400000 AS integer)) AS `hex`) m;
--> statement-breakpoint
UPDATE `dialogue_issues` SET
	`due_on` = (SELECT r.`rolled_on` FROM `_conclusion_deadline_rolls` r WHERE r.`id` = `dialogue_issues`.`id`),
	`due_at` = (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', r.`due_at`, '+' || cast(julianday(r.`rolled_on`) - julianday(r.`due_on`) AS integer) || ' days') FROM `_conclusion_deadline_rolls` r WHERE r.`id` = `dialogue_issues`.`id`),
	`updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `id` IN (SELECT `id` FROM `_conclusion_deadline_rolls`);
--> statement-breakpoint
DROP TABLE `_conclusion_deadline_rolls`;
