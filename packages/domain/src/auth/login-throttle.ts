import { loginThrottles } from "@kycuong/db";
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { sha256Hex } from "./secret-token";

// Nothing here ever locks an account: a lock anyone can trigger is a way to keep its
// owner out. Failures slow down the client that makes them, and only that client.

/** Failures one client may make on one account before each further one earns a doubling wait (1 s, 2 s, 4 s …). */
export const FREE_FAILURES_PER_ACCOUNT = 5;
/** Failures one client may make over all accounts (every tenant) before each further one earns a doubling wait. */
export const FREE_FAILURES_PER_CLIENT = 20;
/**
 * Failures on one account, from all clients together, from which it is under
 * attack: then every failure on it earns its client a wait at once (instead of
 * a lock for everyone): one second per UNDER_ATTACK_AFTER failures of the
 * attack, times that client's own failures there.
 */
export const UNDER_ATTACK_AFTER = 10;
/** The longest wait one failure earns. */
export const MAX_WAIT_SECONDS = 15 * 60;
/** A count with no new failure for this long starts again from zero. */
export const FORGET_AFTER_HOURS = 24;

/**
 * The counters one attempt touches, computed from the tenant and email whether
 * or not the account exists, so a refusal cannot tell which emails are real.
 */
export interface ThrottleKeys {
  /** The account, counting every client's failures: tells when it is under attack; never refuses anyone. */
  account: string;
  /** The account as tried by this client: its own wait on this account. */
  accountClient: string;
  /** This client over every account: a client spraying guesses waits everywhere. Null without a known client. */
  client: string | null;
}

/**
 * `client` is what the request's rate limits key on (a keyed hash of its
 * address), or null outside Cloudflare: then every caller is one client on each
 * account, and no per-client count is kept, which would make every such caller
 * (a whole test suite, the dev stack) wait for each other's failures.
 */
export async function throttleKeys(tenantSlug: string | null, email: string, client: string | null) {
  const account = `${tenantSlug ?? "(platform)"}:${email.trim().toLowerCase()}`;
  const [accountKey, accountClientKey, clientKey] = await Promise.all([
    sha256Hex(`account:${account}`),
    sha256Hex(`account:${account}:client:${client ?? "(unknown)"}`),
    client ? sha256Hex(`client:${client}`) : null,
  ]);
  return { account: accountKey, accountClient: accountClientKey, client: clientKey } satisfies ThrottleKeys;
}

/**
 * Throws 429 `login_throttled` (with retry seconds) while this client waits on
 * this account or everywhere. A client that has not failed never waits, so the
 * right password from it is always checked.
 */
export async function assertNotThrottled(ctx: DomainContext, keys: ThrottleKeys): Promise<void> {
  const own = keys.client ? [keys.accountClient, keys.client] : [keys.accountClient];
  const rows = await ctx.db
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, own));
  const until = Math.max(0, ...rows.map((r) => (r.lockedUntil ? Date.parse(r.lockedUntil) : 0)));
  const waitMs = until - ctx.now.getTime();
  if (waitMs <= 0) return;
  const retryAfterSeconds = Math.ceil(waitMs / 1000);
  throw new DomainError(
    "login_throttled",
    `Đăng nhập sai quá nhiều lần; thử lại sau ${retryAfterSeconds} giây · Too many failed logins; try again in ${retryAfterSeconds} s`,
    [],
    { retryAfterSeconds },
  );
}

/** 2^(count − free) seconds once `count` exceeds `free` − 1, else 0 (the exponent is capped: a shift past 63 is 0). */
const doubling = (count: SQL, free: number) =>
  sql`(case when ${count} >= ${free} then 1 << min(${count} - ${free}, 10) else 0 end)`;

/**
 * The statements recording one failure, with the waits it earns, for the
 * failure's batch. Each wait depends on the count it follows, so it is
 * computed in SQL from the row being written; the account's count is written
 * first, so the client's wait sees this failure in it.
 */
export function recordFailure(ctx: DomainContext, keys: ThrottleKeys): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  const at = ctx.now.toISOString();
  const forgetBefore = new Date(ctx.now.getTime() - FORGET_AFTER_HOURS * 3_600_000).toISOString();
  // The count after this failure, on an existing row (a stale count starts again).
  const counted = sql`(case when updated_at < ${forgetBefore} then 1 else failures + 1 end)`;
  const first = sql`1`;
  // The end of a wait of `seconds` from now, or null for none (strftime of null is null).
  const until = (seconds: SQL) =>
    sql`strftime('%Y-%m-%dT%H:%M:%fZ', (${ctx.now.getTime()} + 1000 * nullif(min(${MAX_WAIT_SECONDS}, ${seconds}), 0)) / 1000.0, 'unixepoch')`;
  const accountFailures = sql`(select coalesce(max(a.failures), 0) from login_throttles a where a.key = ${keys.account})`;
  const accountClientWait = (count: SQL) =>
    sql`max(${doubling(count, FREE_FAILURES_PER_ACCOUNT)}, case when ${accountFailures} >= ${UNDER_ATTACK_AFTER} then ${count} * cast(${accountFailures} / ${UNDER_ATTACK_AFTER} as integer) else 0 end)`;
  const clientWait = (count: SQL) => doubling(count, FREE_FAILURES_PER_CLIENT);

  const count = (key: string, wait?: (count: SQL) => SQL) =>
    ctx.db
      .insert(loginThrottles)
      .values({ key, failures: 1, lockedUntil: wait ? until(wait(first)) : null, updatedAt: at })
      .onConflictDoUpdate({
        target: loginThrottles.key,
        set: { failures: counted, lockedUntil: wait ? until(wait(counted)) : null, updatedAt: at },
      });
  const statements: [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] = [
    count(keys.account),
    count(keys.accountClient, accountClientWait),
  ];
  if (keys.client) statements.push(count(keys.client, clientWait));
  return statements;
}

/**
 * After a right password: this client's count on this account starts again.
 * Its count over all accounts does not (one account of its own must not let a
 * client wipe its guesses at others), nor does the account's (only time ends an attack).
 */
export function clearFailures(ctx: DomainContext, keys: ThrottleKeys) {
  return ctx.db.delete(loginThrottles).where(eq(loginThrottles.key, keys.accountClient));
}
