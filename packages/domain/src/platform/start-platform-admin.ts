import { inTenantOrPlatform, isUniqueViolation, passwordLinks, type UserRow, users } from "@kycuong/db";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { auditEntry } from "../audit/audit-entry";
import { type LinkBase, passwordLinkRow, passwordLinkUrl } from "../auth/password-links";
import type { DomainContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { text } from "../input/text";
import { normalizeEmail } from "../users/user-rules";

export const StartPlatformAdmin = z.strictObject({
  email: z.email().max(254),
  displayName: text({ min: 2, max: 200 }).default("Quản trị nền tảng"),
});
export type StartPlatformAdmin = z.infer<typeof StartPlatformAdmin>;

export interface StartedPlatformAdmin {
  userId: string;
  /** Whether this call made the account (false: it existed, and gets a new password). */
  created: boolean;
  /** The link to print: the only place its token ever appears. */
  link: string;
  token: string;
  expiresAt: string;
}

/**
 * The way in before anyone can sign in: makes a platform admin with this
 * email unless one exists, and starts a new password for them (a "set your
 * password" link, single use, 30 minutes, stored as a hash). Any earlier
 * unused link of theirs is spent, so only the newest works. No permission
 * is checked: whoever runs it holds the database's credentials
 * (`npm run platform:admin`). Nothing is emailed: the link is returned to be
 * printed, since platform admins belong to no tenant and so to no outbox.
 */
export async function startPlatformAdmin(
  ctx: DomainContext,
  input: StartPlatformAdmin,
  base: LinkBase,
): Promise<StartedPlatformAdmin> {
  const email = normalizeEmail(input.email);
  const [existing] = await ctx.db
    .select()
    .from(users)
    .where(and(isNull(users.tenantId), eq(users.email, email)))
    .limit(1);
  if (existing && existing.status !== "active") {
    throw new DomainError("user_disabled", "Tài khoản đã bị khóa · The account is disabled");
  }
  const at = ctx.now.toISOString();
  const user: UserRow = existing ?? {
    id: newId(ctx.now),
    tenantId: null,
    email,
    displayName: input.displayName,
    officialId: null,
    unitId: null,
    roles: ["platform_admin"],
    status: "active",
    passwordHash: null,
    lastLoginAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const link = await passwordLinkRow(ctx, { tenantId: null, userId: user.id }, existing ? "reset" : "set");
  try {
    await ctx.db.batch([
      // Earlier unused links end: only the link printed now works.
      ctx.db
        .update(passwordLinks)
        .set({ usedAt: at })
        .where(
          inTenantOrPlatform(passwordLinks, null, eq(passwordLinks.userId, user.id), isNull(passwordLinks.usedAt)),
        ),
      ...(existing
        ? []
        : [
            ctx.db.insert(users).values(user),
            auditEntry(ctx, {
              tenantId: null,
              action: "user.created",
              entityType: "user",
              entityId: user.id,
              after: user,
            }),
          ]),
      link.insert,
      auditEntry(ctx, { tenantId: null, action: "user.password_link_sent", entityType: "user", entityId: user.id }),
    ]);
  } catch (error) {
    // Two runs for a new email at once: the other one made the account; this run starts its password.
    if (!existing && isUniqueViolation(error)) return startPlatformAdmin(ctx, input, base);
    throw error;
  }
  return {
    userId: user.id,
    created: !existing,
    link: passwordLinkUrl(base, null, link.token),
    token: link.token,
    expiresAt: link.expiresAt,
  };
}
