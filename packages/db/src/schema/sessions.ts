import { sql } from "drizzle-orm";
import { check, index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * A staff member signed in to the web console. The cookie holds a random
 * token; only its SHA-256 is stored. A session belongs to one tenant: the
 * same cookie presented under another tenant's pages is not a session there.
 * It ends on sign-out (`revokedAt`), after the tenant's idle time
 * (`lastSeenAt`), at `expiresAt` (absolute), when the user is disabled (the
 * load joins the user) and when their password changes (all revoked).
 */
export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("staff_sessions_tenant_user_idx").on(t.tenantId, t.userId)],
);

export type StaffSessionRow = typeof staffSessions.$inferSelect;

export const passwordLinkPurposes = ["reset", "set"] as const;
export type PasswordLinkPurpose = (typeof passwordLinkPurposes)[number];

/**
 * A single-use link that lets a user choose a new password: asked for on the
 * "forgotten password" page (`reset`) or sent by a tenant admin, e.g. to a
 * new account (`set`). Only the token's SHA-256 is stored; it expires after
 * 30 minutes and is spent by its first use. `tenantId` is the account's
 * tenant, null for a platform admin's link (`npm run platform:admin` prints
 * it: platform admins belong to no tenant, and no outbox mails it).
 */
export const passwordLinks = sqliteTable(
  "password_links",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").references(() => tenants.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    purpose: text("purpose", { enum: passwordLinkPurposes }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("password_links_tenant_user_idx").on(t.tenantId, t.userId),
    check("password_links_purpose_check", sql`${t.purpose} in ('reset', 'set')`),
  ],
);
