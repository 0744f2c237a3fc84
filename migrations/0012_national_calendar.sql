CREATE TABLE `national_calendar_days` (
	`date` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `national_calendar_years`(`year`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "national_calendar_days_kind_check" CHECK("national_calendar_days"."kind" in ('holiday', 'day_off_in_lieu', 'working_day')),
	CONSTRAINT "national_calendar_days_year_check" CHECK(substr("national_calendar_days"."date", 1, 4) = cast("national_calendar_days"."year" as text))
);
--> statement-breakpoint
CREATE INDEX `national_calendar_days_year_idx` ON `national_calendar_days` (`year`);--> statement-breakpoint
CREATE TABLE `national_calendar_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "national_calendar_years_status_check" CHECK("national_calendar_years"."status" in ('announced', 'projected')),
	CONSTRAINT "national_calendar_years_year_check" CHECK("national_calendar_years"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE `tenant_calendar_days` (
	`tenant_id` text NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`source` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`tenant_id`, `date`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "tenant_calendar_days_kind_check" CHECK("tenant_calendar_days"."kind" in ('holiday', 'worked'))
);
--> statement-breakpoint
-- Data: Vietnam's calendar for officials, platform data seeded in every environment (issue 14).
-- 2026 as announced; 2027 projected until the Prime Minister's notice (replace it through PUT /v1/platform/calendar/2027).
INSERT INTO `national_calendar_years` (`year`, `status`, `source`, `updated_at`) VALUES
	(2026, 'announced', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (Tết Bính Ngọ 16–20/02; nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01); Bộ luật Lao động 2019, điều 112 · Government Office notice 12729/VPCP-KGVX of 25 Dec 2025; Labour Code 2019, art. 112', '2026-12-02T00:00:00.000Z'),
	(2027, 'projected', 'Dự kiến theo Bộ luật Lao động 2019 (điều 112) và âm lịch năm Đinh Mùi; chưa có thông báo của Thủ tướng · Projected from the Labour Code 2019 (art. 112) and the 2027 lunar calendar; not yet announced: replace with the Prime Minister''s notice', '2026-12-02T00:00:00.000Z');
--> statement-breakpoint
INSERT INTO `national_calendar_days` (`date`, `year`, `kind`, `name_vi`, `name_en`) VALUES
	('2026-01-01', 2026, 'holiday', 'Tết Dương lịch', 'New Year''s Day'),
	('2026-01-02', 2026, 'day_off_in_lieu', 'Nghỉ hoán đổi, làm bù thứ Bảy 10/01', 'Day off, worked on Saturday 10 Jan instead'),
	('2026-01-10', 2026, 'working_day', 'Làm bù cho thứ Sáu 02/01', 'Working Saturday in place of Friday 2 Jan'),
	('2026-02-16', 2026, 'holiday', 'Tết Nguyên Đán Bính Ngọ', 'Lunar New Year (Tết)'),
	('2026-02-17', 2026, 'holiday', 'Tết Nguyên Đán Bính Ngọ', 'Lunar New Year (Tết)'),
	('2026-02-18', 2026, 'holiday', 'Tết Nguyên Đán Bính Ngọ', 'Lunar New Year (Tết)'),
	('2026-02-19', 2026, 'holiday', 'Tết Nguyên Đán Bính Ngọ', 'Lunar New Year (Tết)'),
	('2026-02-20', 2026, 'holiday', 'Tết Nguyên Đán Bính Ngọ', 'Lunar New Year (Tết)'),
	('2026-04-27', 2026, 'day_off_in_lieu', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)', 'Day off in lieu of Hùng Kings'' Commemoration (Sunday 26 Apr)'),
	('2026-04-30', 2026, 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
	('2026-05-01', 2026, 'holiday', 'Ngày Quốc tế Lao động', 'International Labour Day'),
	('2026-09-01', 2026, 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
	('2026-09-02', 2026, 'holiday', 'Quốc khánh', 'National Day'),
	('2027-01-01', 2027, 'holiday', 'Tết Dương lịch', 'New Year''s Day'),
	('2027-02-04', 2027, 'holiday', 'Tết Nguyên Đán Đinh Mùi', 'Lunar New Year (Tết)'),
	('2027-02-05', 2027, 'holiday', 'Tết Nguyên Đán Đinh Mùi', 'Lunar New Year (Tết)'),
	('2027-02-08', 2027, 'holiday', 'Tết Nguyên Đán Đinh Mùi', 'Lunar New Year (Tết)'),
	('2027-02-09', 2027, 'holiday', 'Tết Nguyên Đán Đinh Mùi', 'Lunar New Year (Tết)'),
	('2027-02-10', 2027, 'holiday', 'Tết Nguyên Đán Đinh Mùi', 'Lunar New Year (Tết)'),
	('2027-04-16', 2027, 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration'),
	('2027-04-30', 2027, 'holiday', 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
	('2027-05-03', 2027, 'day_off_in_lieu', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là thứ Bảy)', 'Day off in lieu of International Labour Day (Saturday 1 May)'),
	('2027-09-02', 2027, 'holiday', 'Quốc khánh', 'National Day'),
	('2027-09-03', 2027, 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)');
--> statement-breakpoint
-- Existing tenants move to the inherited calendar: the days of their old `workingCalendar` setting that the
-- national calendar does not already give become their own days. A swapped working day is written first,
-- so a date a tenant listed both ways stays worked, as the old calendar counted it.
INSERT OR IGNORE INTO `tenant_calendar_days` (`tenant_id`, `date`, `kind`, `name`, `source`, `created_at`, `updated_at`)
SELECT t.`id`, d.value, 'worked', 'Ngày làm việc của đơn vị · The tenant''s own working day',
	coalesce(json_extract(y.value, '$.source'), 'settings.workingCalendar'),
	strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `tenants` t, json_each(t.`settings`, '$.workingCalendar') y, json_each(y.value, '$.workingDays') d
WHERE json_type(t.`settings`, '$.workingCalendar') = 'object'
	AND NOT EXISTS (SELECT 1 FROM `national_calendar_days` n WHERE n.`date` = d.value AND n.`kind` = 'working_day');
--> statement-breakpoint
INSERT OR IGNORE INTO `tenant_calendar_days` (`tenant_id`, `date`, `kind`, `name`, `source`, `created_at`, `updated_at`)
SELECT t.`id`, d.value, 'holiday', 'Ngày nghỉ riêng của đơn vị · The tenant''s own day off',
	coalesce(json_extract(y.value, '$.source'), 'settings.workingCalendar'),
	strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `tenants` t, json_each(t.`settings`, '$.workingCalendar') y, json_each(y.value, '$.holidays') d
WHERE json_type(t.`settings`, '$.workingCalendar') = 'object'
	AND NOT EXISTS (SELECT 1 FROM `national_calendar_days` n WHERE n.`date` = d.value AND n.`kind` IN ('holiday', 'day_off_in_lieu'));
--> statement-breakpoint
UPDATE `tenants` SET `settings` = json_remove(`settings`, '$.workingCalendar') WHERE json_type(`settings`, '$.workingCalendar') IS NOT NULL;
