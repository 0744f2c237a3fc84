import { DomainError } from "@kycuong/domain/errors";
import { type Permission, rolesGrant } from "@kycuong/domain/identity";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app-env";

/**
 * 403 unless the signed-in actor holds `permission`. Runs before the body is
 * validated: a caller without the role learns nothing from what it sent.
 */
export function requirePermission(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!rolesGrant(c.var.actor.roles, permission)) {
      throw new DomainError("forbidden", `Bạn không có quyền ${permission} · You lack the ${permission} permission`);
    }
    await next();
  });
}
