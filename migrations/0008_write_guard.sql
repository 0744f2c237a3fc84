CREATE TABLE `write_guard` (
	`stale` integer,
	CONSTRAINT "stale_write" CHECK(0)
);
