import type { Db } from "@kycuong/db";

/** Who is acting. Staff users arrive with the identity work; until then only these. */
export type Actor = { type: "public" } | { type: "system"; job: string };

/**
 * Everything a verb needs from the outside world. `now` comes from here, never
 * from `new Date()` inside a verb, so tests and cron replays can freeze time.
 */
export interface DomainContext {
  db: Db;
  now: Date;
  actor: Actor;
  requestId: string;
}
