import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { officials } from "./officials";
import { tenants } from "./tenants";
import { units } from "./units";

export const roles = [
  "platform_admin",
  "tenant_admin",
  "party_office",
  "inspector",
  "hotline_officer",
  "unit_head",
  "viewer",
] as const;
export type Role = (typeof roles)[number];

/**
 * A staff account. Platform admins have no tenant; everyone else belongs to
 * exactly one. `unitId` binds a unit head (and anyone scoped to a unit) to
 * the subtree they may see. The password hash is never returned or audited.
 */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").references(() => tenants.id),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    officialId: text("official_id").references(() => officials.id),
    unitId: text("unit_id").references(() => units.id),
    roles: text("roles", { mode: "json" }).$type<Role[]>().notNull(),
    status: text("status", { enum: ["active", "disabled"] })
      .notNull()
      .default("active"),
    passwordHash: text("password_hash"),
    lastLoginAt: text("last_login_at"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("users_tenant_email_unique").on(t.tenantId, t.email),
    // SQLite treats NULLs as distinct, so platform admins need their own rule.
    uniqueIndex("users_platform_email_unique").on(t.email).where(sql`${t.tenantId} is null`),
    index("users_tenant_unit_idx").on(t.tenantId, t.unitId),
    check("users_status_check", sql`${t.status} in ('active', 'disabled')`),
  ],
);

export type UserRow = typeof users.$inferSelect;

/**
 * Failed-login counts, one row per hashed key: an account (tenant, email),
 * an account as tried by one client, or one client over every account
 * (packages/domain/src/auth/login-throttle.ts), kept whether or not the
 * account exists, so the throttle never reveals which emails are real.
 * `locked_until` is the end of the wait that key's client has earned; an
 * account's own row only counts. Kept in the database: a wait survives
 * restarts and spans isolates. Rows of the old per-(tenant, email) rule have
 * keys nothing computes any more, so they are never read.
 */
export const loginThrottles = sqliteTable("login_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lockedUntil: text("locked_until"),
  updatedAt: text("updated_at").notNull(),
});

/**
 * Refresh tokens: opaque, stored as SHA-256, single use. Each refresh spends
 * one and issues the next in the same family; presenting a spent one revokes
 * the whole family (a stolen token has been used twice).
 */
export const refreshTokens = sqliteTable(
  "refresh_tokens",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").references(() => tenants.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    familyId: text("family_id").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    revokedAt: text("revoked_at"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("refresh_tokens_tenant_family_idx").on(t.tenantId, t.familyId)],
);
