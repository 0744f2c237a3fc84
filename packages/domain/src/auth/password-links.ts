import { type PasswordLinkPurpose, passwordLinks, users } from "@kycuong/db";
import { and, eq } from "drizzle-orm";
import { assertCan } from "../access/assert-can";
import { renderSingleEmail, singleEmailStatement } from "../alerts/single-email";
import { auditEntry } from "../audit/audit-entry";
import type { DomainContext, TenantContext } from "../context";
import { newId } from "../context/ids";
import { DomainError } from "../errors";
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

/** The password policy's refusal: `validation_failed`, one error per broken rule, on the field at `path`. */
export function weakPassword(problems: string[], path = "password") {
  return new DomainError(
    "validation_failed",
    "Mật khẩu mới chưa đạt yêu cầu · The new password does not meet the rules",
    problems.map((message) => ({ path, message })),
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

/** Where a link opens: the tenant's console page, or the platform's own page for a platform admin. */
export function passwordLinkUrl(base: LinkBase, tenantSlug: string | null, token: string): string {
  const origin = base.baseUrl.replace(/\/+$/, "");
  return tenantSlug === null
    ? `${origin}/set-password?token=${token}`
    : `${origin}/t/${tenantSlug}/reset-password?token=${token}`;
}

/** A new link's row (the token only as its hash) and the token itself, which the caller hands on once. */
export async function passwordLinkRow(
  ctx: DomainContext,
  account: { tenantId: string | null; userId: string },
  purpose: PasswordLinkPurpose,
) {
  const token = newSecretToken();
  const id = newId(ctx.now);
  const expiresAt = new Date(ctx.now.getTime() + PASSWORD_LINK_MINUTES * 60_000).toISOString();
  const insert = ctx.db.insert(passwordLinks).values({
    id,
    tenantId: account.tenantId,
    userId: account.userId,
    purpose,
    tokenHash: await sha256Hex(token),
    expiresAt,
    createdAt: ctx.now.toISOString(),
  });
  return { id, token, expiresAt, insert };
}

/** The link row and its email, for one batch (the account's creation writes them with the account). */
export async function passwordLinkStatements(
  ctx: TenantContext,
  user: { id: string; email: string; displayName: string },
  purpose: PasswordLinkPurpose,
  base: LinkBase,
) {
  const row = await passwordLinkRow(ctx, { tenantId: ctx.tenant.id, userId: user.id }, purpose);
  const link = passwordLinkUrl(base, ctx.tenant.slug, row.token);
  return [
    row.insert,
    singleEmailStatement(ctx, ctx.tenant, {
      kind: "password_link",
      recipient: user.email,
      ref: row.id,
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
