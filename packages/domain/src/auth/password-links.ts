import { guardedUpdate, type PasswordLinkPurpose, passwordLinks, users } from "@kycuong/db";
import { and, eq, gt, isNull } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { renderSingleEmail, singleEmailStatement } from "../alerts/single-email";
import { auditEntry } from "../audit/audit-entry";
import type { TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
import { writeGuarded } from "../guarded-write";
import { endUserSessions } from "./end-sessions";
import { hashPassword, verifyPassword } from "./password-hash";
import { passwordProblems } from "./password-policy";
import { newSecretToken, sha256Hex } from "./secret-token";

/** How long an emailed password link works. */
export const PASSWORD_LINK_MINUTES = 30;

/** Where the console lives, for links in emails: `https://kycuong.example` (no trailing slash). */
export interface LinkBase {
  baseUrl: string;
}

function weakPassword(problems: string[]) {
  return new DomainError(
    "validation_failed",
    "Mật khẩu mới chưa đạt yêu cầu · The new password does not meet the rules",
    problems.map((message) => ({ path: "password", message })),
  );
}

/**
 * The signed-in user changes their own password, giving the current one.
 * Their other sessions (console and API) end; the one they are using stays.
 */
export async function changeOwnPassword(
  ctx: TenantContext,
  input: { currentPassword: string; newPassword: string },
  currentSessionId: string,
): Promise<void> {
  const actor = ctx.actor;
  if (actor.type !== "user") throw new DomainError("forbidden", "Cần đăng nhập · Sign in first");
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, actor.userId)))
    .limit(1);
  if (!user) throw new DomainError("unknown_user", "Tài khoản không tồn tại · No such account");
  if (!user.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new DomainError("validation_failed", "Mật khẩu hiện tại không đúng · The current password is wrong", [
      { path: "currentPassword", message: "Mật khẩu hiện tại không đúng · The current password is wrong" },
    ]);
  }
  const problems = passwordProblems(input.newPassword, user.email);
  if (problems.length > 0) throw weakPassword(problems);
  const at = ctx.now.toISOString();
  await ctx.db.batch([
    ctx.db
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword), updatedAt: at })
      .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, user.id))),
    ...endUserSessions(ctx, user.id, currentSessionId),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "user.password_changed",
      entityType: "user",
      entityId: user.id,
    }),
  ]);
}

/** The email carrying a password link; the token appears only here and in the outbox row. */
function passwordLinkEmail(
  tenant: TenantContext["tenant"],
  purpose: PasswordLinkPurpose,
  link: string,
  displayName: string,
) {
  const reset = purpose === "reset";
  return renderSingleEmail({
    subject: reset
      ? `[Kỷ Cương] ${tenant.name}: đặt lại mật khẩu · Reset your password`
      : `[Kỷ Cương] ${tenant.name}: đặt mật khẩu cho tài khoản của bạn · Set your password`,
    heading: reset ? "Đặt lại mật khẩu" : "Đặt mật khẩu cho tài khoản của bạn",
    paragraphs: [
      `Kính gửi ${displayName},`,
      reset
        ? `Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn tại ${tenant.name}. Nếu không phải bạn yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.`
        : `Quản trị viên của ${tenant.name} đã mở tài khoản Kỷ Cương cho bạn (hoặc yêu cầu bạn đặt lại mật khẩu). Hãy chọn mật khẩu của bạn bằng liên kết dưới đây.`,
      `Liên kết dùng được một lần, trong ${PASSWORD_LINK_MINUTES} phút.`,
      reset
        ? `Someone asked to reset your password at ${tenant.name}. The link works once, for ${PASSWORD_LINK_MINUTES} minutes; if it was not you, ignore this email.`
        : `An administrator of ${tenant.name} asks you to choose your password. The link works once, for ${PASSWORD_LINK_MINUTES} minutes.`,
    ],
    action: { label: reset ? "Đặt lại mật khẩu · Reset password" : "Đặt mật khẩu · Set password", href: link },
  });
}

/** The link row and its email, for one batch (the account's creation writes them with the account). */
export async function passwordLinkStatements(
  ctx: TenantContext,
  user: { id: string; email: string; displayName: string },
  purpose: PasswordLinkPurpose,
  base: LinkBase,
) {
  const token = newSecretToken();
  const id = newId(ctx.now);
  const link = `${base.baseUrl.replace(/\/+$/, "")}/t/${ctx.tenant.slug}/reset-password?token=${token}`;
  return [
    ctx.db.insert(passwordLinks).values({
      id,
      tenantId: ctx.tenant.id,
      userId: user.id,
      purpose,
      tokenHash: await sha256Hex(token),
      expiresAt: new Date(ctx.now.getTime() + PASSWORD_LINK_MINUTES * 60_000).toISOString(),
      createdAt: ctx.now.toISOString(),
    }),
    singleEmailStatement(ctx, ctx.tenant, {
      kind: "password_link",
      recipient: user.email,
      ref: id,
      rendered: passwordLinkEmail(ctx.tenant, purpose, link, user.displayName),
    }),
  ] as const;
}

/**
 * "Forgot password": when the email is an active account of this tenant,
 * writes a reset link and its email to the outbox. Says nothing either way,
 * so the page's answer never tells whether the email exists.
 */
export async function requestPasswordReset(ctx: TenantContext, email: string, base: LinkBase): Promise<void> {
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(
      and(eq(users.tenantId, ctx.tenant.id), eq(users.email, email.trim().toLowerCase()), eq(users.status, "active")),
    )
    .limit(1);
  if (!user) return;
  await ctx.db.batch([
    ...(await passwordLinkStatements(ctx, user, "reset", base)),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "user.password_reset_requested",
      entityType: "user",
      entityId: user.id,
    }),
  ]);
}

/** A tenant admin sends a user a "set your password" link instead of choosing their password. */
export async function sendPasswordLink(ctx: TenantContext, userId: string, base: LinkBase): Promise<void> {
  assertCan(ctx, "users:write");
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, displayName: users.displayName, status: users.status })
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, userId)))
    .limit(1);
  if (!user) throw new DomainError("user_not_found", "Không tìm thấy người dùng · No such user");
  if (user.status !== "active") {
    throw new DomainError("user_disabled", "Tài khoản đã bị khóa · The account is disabled");
  }
  await ctx.db.batch([
    ...(await passwordLinkStatements(ctx, user, "set", base)),
    auditEntry(ctx, {
      tenantId: ctx.tenant.id,
      action: "user.password_link_sent",
      entityType: "user",
      entityId: user.id,
    }),
  ]);
}

/** Whether a link can still be used: for the reset page, which shows the form or says the link is spent. */
export async function passwordLinkIsUsable(ctx: TenantContext, token: string): Promise<boolean> {
  const [link] = await ctx.db
    .select({ id: passwordLinks.id })
    .from(passwordLinks)
    .where(usableLink(ctx, await sha256Hex(token)))
    .limit(1);
  return Boolean(link);
}

function usableLink(ctx: TenantContext, tokenHash: string) {
  return and(
    eq(passwordLinks.tenantId, ctx.tenant.id),
    eq(passwordLinks.tokenHash, tokenHash),
    isNull(passwordLinks.usedAt),
    gt(passwordLinks.expiresAt, ctx.now.toISOString()),
  );
}

/**
 * Spends a password link: the user's new password is set, the link is used
 * up, and every session and refresh token of the user ends. A spent,
 * expired or unknown link answers 400 `password_link_invalid`.
 */
export async function resetPassword(ctx: TenantContext, token: string, newPassword: string): Promise<void> {
  const tokenHash = await sha256Hex(token);
  const [found] = await ctx.db
    .select({ link: passwordLinks, email: users.email, status: users.status })
    .from(passwordLinks)
    .innerJoin(users, and(eq(users.id, passwordLinks.userId), eq(users.tenantId, ctx.tenant.id)))
    .where(usableLink(ctx, tokenHash))
    .limit(1);
  if (found?.status !== "active") throw linkInvalid();
  const problems = passwordProblems(newPassword, found.email);
  if (problems.length > 0) throw weakPassword(problems);
  const at = ctx.now.toISOString();
  const userId = found.link.userId;
  // Spending the link is guarded: of two uses at once, the second finds it used and writes nothing.
  await writeGuarded(
    ctx,
    [
      ...guardedUpdate(ctx.db, {
        table: passwordLinks,
        row: { tenantId: ctx.tenant.id, id: found.link.id },
        read: { usedAt: null },
        set: { usedAt: at },
      }),
      ctx.db
        .update(users)
        .set({ passwordHash: await hashPassword(newPassword), updatedAt: at })
        .where(and(eq(users.tenantId, ctx.tenant.id), eq(users.id, userId))),
      ...endUserSessions(ctx, userId),
      auditEntry(ctx, {
        tenantId: ctx.tenant.id,
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
