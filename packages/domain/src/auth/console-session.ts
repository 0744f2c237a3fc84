import { staffSessions, tenants, users } from "@kycuong/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { unitSubtree } from "../access/unit-scope";
import { auditEntry } from "../audit/audit-entry";
import { calendarDataColumn, parseCalendarData } from "../calendar/calendar-data";
import type { DomainContext, TenantContext, TenantRef } from "../context";
import { newId } from "../context/ids";
import { ConsoleSettings, parseTenantSettings } from "../tenants/tenant-settings";
import { type Account, toAccount } from "./account";
import { checkPassword } from "./login";
import { newSecretToken, sha256Hex } from "./secret-token";

/** A signed-in console user, as one page request sees them. */
export interface ConsoleSession {
  id: string;
  account: Account;
  tenant: TenantRef;
  /** The token every form of this session carries; derived from the cookie's secret, never stored. */
  csrfToken: string;
  /** The user's unit and every unit under it, read in the session's own batch: see TenantContext. */
  unitSubtree: string[];
}

/**
 * The CSRF token of a session: a hash of the session's own secret under a
 * label, so it is tied to the session, needs no storage, and cannot be
 * computed from what the database holds (the secret's plain SHA-256).
 */
export function csrfTokenFor(sessionToken: string): Promise<string> {
  return sha256Hex(`csrf:${sessionToken}`);
}

/**
 * Signs a staff member in to the console of the page's tenant: the same
 * accounts, throttle and audit as the API's login, then a new session whose
 * secret goes into the cookie and whose hash is stored.
 */
export async function signInToConsole(
  ctx: TenantContext,
  input: { email: string; password: string; client: string | null },
): Promise<{ token: string; account: Account }> {
  const checked = await checkPassword(ctx, { tenant: ctx.tenant.slug, ...input });
  const token = newSecretToken();
  const at = ctx.now.toISOString();
  const hours = ctx.tenant.settings.console.sessionAbsoluteHours;
  const sessionId = newId(ctx.now);
  await ctx.db.batch([
    ctx.db.insert(staffSessions).values({
      id: sessionId,
      tenantId: ctx.tenant.id,
      userId: checked.account.userId,
      tokenHash: await sha256Hex(token),
      createdAt: at,
      lastSeenAt: at,
      expiresAt: new Date(ctx.now.getTime() + hours * 3_600_000).toISOString(),
    }),
    ...checked.signedIn("console"),
  ]);
  return { token, account: checked.account };
}

const DEFAULT_IDLE_MINUTES = ConsoleSettings.parse({}).sessionIdleMinutes;

/**
 * The session behind a cookie on one tenant's pages, or null. One round
 * trip: a batch that first touches the session (only if it is live: not
 * revoked, not past its absolute end, not idle beyond the tenant's idle
 * time, and of this tenant), then reads it with its user and tenant. A
 * session the touch did not reach is not live, whatever the read finds; a
 * disabled user or a suspended tenant ends it too.
 */
export async function loadConsoleSession(
  ctx: DomainContext,
  slug: string,
  token: string,
): Promise<ConsoleSession | null> {
  const tokenHash = await sha256Hex(token);
  const at = ctx.now.toISOString();
  const nowMs = ctx.now.getTime();
  const tenantOfSlug = sql`(select ${tenants.id} from ${tenants} where ${tenants.slug} = ${slug})`;
  const idleMinutes = sql`coalesce((select json_extract(${tenants.settings}, '$.console.sessionIdleMinutes') from ${tenants} where ${tenants.slug} = ${slug}), ${DEFAULT_IDLE_MINUTES})`;
  const idleSince = sql`strftime('%Y-%m-%dT%H:%M:%fZ', (${nowMs} - ${idleMinutes} * 60000) / 1000.0, 'unixepoch')`;
  const [, rows, subtree] = await ctx.db.batch([
    ctx.db
      .update(staffSessions)
      .set({ lastSeenAt: at })
      .where(
        and(
          eq(staffSessions.tokenHash, tokenHash),
          eq(staffSessions.tenantId, tenantOfSlug),
          isNull(staffSessions.revokedAt),
          gt(staffSessions.expiresAt, at),
          gt(staffSessions.lastSeenAt, idleSince),
        ),
      ),
    ctx.db
      .select({
        id: staffSessions.id,
        lastSeenAt: staffSessions.lastSeenAt,
        user: users,
        tenant: tenants,
        calendar: calendarDataColumn(tenants.id),
      })
      .from(staffSessions)
      .innerJoin(tenants, and(eq(tenants.id, staffSessions.tenantId), eq(tenants.slug, slug)))
      .innerJoin(users, and(eq(users.id, staffSessions.userId), eq(users.tenantId, staffSessions.tenantId)))
      .where(eq(staffSessions.tokenHash, tokenHash))
      .limit(1),
    // The user's unit and everything under it, for a unit head's reach (see access/unit-scope.ts).
    ctx.db.all<{ id: string }>(
      unitSubtree(
        sql`(select ${staffSessions.tenantId} from ${staffSessions} where ${staffSessions.tokenHash} = ${tokenHash})`,
        sql`(select ${users.unitId} from ${users} join ${staffSessions} on ${staffSessions.userId} = ${users.id}
             and ${staffSessions.tenantId} = ${users.tenantId} where ${staffSessions.tokenHash} = ${tokenHash})`,
      ),
    ),
  ]);
  const row = rows[0];
  if (!row || row.lastSeenAt !== at) return null;
  if (row.user.status !== "active" || row.tenant.status !== "active") return null;
  return {
    id: row.id,
    account: toAccount(row.user, row.tenant.slug),
    tenant: {
      id: row.tenant.id,
      slug: row.tenant.slug,
      name: row.tenant.name,
      timezone: row.tenant.timezone,
      settings: parseTenantSettings(row.tenant.settings),
      calendar: parseCalendarData(row.calendar),
    },
    csrfToken: await csrfTokenFor(token),
    unitSubtree: subtree.map((unit) => unit.id),
  };
}

/** Signs out: the session behind the cookie ends now. Idempotent; an unknown token changes nothing. */
export async function endConsoleSession(ctx: TenantContext, token: string): Promise<void> {
  const tokenHash = await sha256Hex(token);
  const [ended] = await ctx.db
    .update(staffSessions)
    .set({ revokedAt: ctx.now.toISOString() })
    .where(
      and(
        eq(staffSessions.tokenHash, tokenHash),
        eq(staffSessions.tenantId, ctx.tenant.id),
        isNull(staffSessions.revokedAt),
      ),
    )
    .returning({ userId: staffSessions.userId });
  if (!ended) return;
  await ctx.db.batch([
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "auth.logout",
      entityType: "user",
      entityId: ended.userId,
      after: { via: "console" },
    }),
  ]);
}
