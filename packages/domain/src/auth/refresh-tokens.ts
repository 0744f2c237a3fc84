import { refreshTokens } from "@kycuong/db";
import type { DomainContext } from "../context";
import { newId } from "../context/ids";
import { newSecretToken, sha256Hex } from "./secret-token";

/** Refresh tokens live 30 days; each use replaces it. */
export const REFRESH_TOKEN_DAYS = 30;

/** A new refresh token (returned once, in clear) and the statement storing its hash. */
export async function newRefreshToken(
  ctx: DomainContext,
  account: { userId: string; tenantId: string | null },
  familyId: string,
) {
  const token = newSecretToken();
  const insert = ctx.db.insert(refreshTokens).values({
    id: newId(ctx.now),
    tenantId: account.tenantId,
    userId: account.userId,
    familyId,
    tokenHash: await sha256Hex(token),
    expiresAt: new Date(ctx.now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000).toISOString(),
    createdAt: ctx.now.toISOString(),
  });
  return { token, insert };
}
