import { guardedUpdate, inTenantOrPlatform, passwordLinks, tenants, users } from "@kycuong/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext, TenantContext } from "../context";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import { endAccountSessions } from "./end-sessions";
import { hashPassword } from "./password-hash";
import { weakPassword } from "./password-links";
import { passwordProblems } from "./password-policy";
import { sha256Hex } from "./secret-token";

/**
 * Which links a page or route accepts: a tenant's console page only that
 * tenant's; `POST /v1/auth/set-password` and the platform's `/set-password`
 * page any link, in the scope the link itself names (its tenant, or the
 * platform for a platform admin). The token is a 256-bit secret stored
 * only as a hash: holding it is what picks the row, and every write that
 * follows is filtered on the link's own tenant.
 */
type LinkScope = { tenantId: string } | "any";

async function findUsableLink(ctx: DomainContext, token: string, scope: LinkScope) {
  const [found] = await ctx.db
    .select({
      link: passwordLinks,
      email: users.email,
      status: users.status,
      tenantSlug: tenants.slug,
      tenantStatus: tenants.status,
    })
    .from(passwordLinks)
    // The account in the link's own scope: `is` matches a platform admin's null tenant too.
    .innerJoin(users, and(eq(users.id, passwordLinks.userId), sql`${users.tenantId} is ${passwordLinks.tenantId}`))
    .leftJoin(tenants, eq(tenants.id, passwordLinks.tenantId))
    .where(
      and(
        scope === "any" ? undefined : eq(passwordLinks.tenantId, scope.tenantId),
        eq(passwordLinks.tokenHash, await sha256Hex(token)),
        isNull(passwordLinks.usedAt),
        gt(passwordLinks.expiresAt, ctx.now.toISOString()),
      ),
    )
    .limit(1);
  return found?.status === "active" ? found : undefined;
}

/** Whether a link can still be used: for the reset page, which shows the form or says the link is spent. */
export async function passwordLinkIsUsable(ctx: TenantContext, token: string): Promise<boolean> {
  return Boolean(await findUsableLink(ctx, token, { tenantId: ctx.tenant.id }));
}

/** The same for the platform's `/set-password` page, which takes any link. */
export async function anyPasswordLinkIsUsable(ctx: DomainContext, token: string): Promise<boolean> {
  return Boolean(await findUsableLink(ctx, token, "any"));
}

/**
 * Spends a password link of this tenant (its console's reset page): the
 * user's new password is set, the link is used up, and every session and
 * refresh token of the user ends. A spent, expired or unknown link answers
 * 400 `password_link_invalid`.
 */
export async function resetPassword(ctx: TenantContext, token: string, newPassword: string): Promise<void> {
  await spendLink(ctx, await findUsableLink(ctx, token, { tenantId: ctx.tenant.id }), newPassword);
}

/**
 * Spends any password link, a tenant's or a platform admin's, as
 * `resetPassword` does: `POST /v1/auth/set-password` and the platform's
 * `/set-password` page. Answers where the account signs in (its tenant's
 * slug, null for a platform admin).
 */
export async function setPasswordWithLink(
  ctx: DomainContext,
  token: string,
  newPassword: string,
): Promise<{ tenantSlug: string | null }> {
  const found = await findUsableLink(ctx, token, "any");
  if (found?.tenantStatus === "suspended") {
    throw new DomainError("tenant_suspended", "Đơn vị đang bị tạm ngưng · The tenant is suspended");
  }
  await spendLink(ctx, found, newPassword);
  return { tenantSlug: found?.tenantSlug ?? null };
}

async function spendLink(
  ctx: DomainContext,
  found: Awaited<ReturnType<typeof findUsableLink>>,
  newPassword: string,
): Promise<void> {
  if (!found) throw linkInvalid();
  const problems = passwordProblems(newPassword, found.email);
  // Named as `POST /v1/auth/set-password`'s body names it; the pages show the message beside their own field.
  if (problems.length > 0) throw weakPassword(problems, "body.password");
  const at = ctx.now.toISOString();
  const { tenantId, userId } = found.link;
  // Spending the link is guarded: of two uses at once, the second finds it used and writes nothing.
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: passwordLinks,
        row: { tenantId, id: found.link.id },
        read: { usedAt: null },
        set: { usedAt: at },
      }),
      ctx.db
        .update(users)
        .set({ passwordHash: await hashPassword(newPassword), updatedAt: at })
        .where(inTenantOrPlatform(users, tenantId, eq(users.id, userId))),
      ...endAccountSessions(ctx, tenantId, userId),
      auditEntry(ctx, {
        tenantId,
        action: "user.password_reset",
        entityType: "user",
        entityId: userId,
        after: { purpose: found.link.purpose },
      }),
    ],
    linkInvalid,
  );
}

const linkInvalid = () =>
  new DomainError(
    "password_link_invalid",
    "Liên kết đã hết hạn hoặc đã được dùng · The link has expired or was already used",
  );
