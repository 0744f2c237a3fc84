import type { DomainContext } from "../context";
import { DomainError } from "../errors";
import { type Permission, rolesGrant } from "./permissions";

/** Throws 403 `forbidden` unless the acting user holds a role granting `permission`. */
export function assertCan(ctx: DomainContext, permission: Permission): void {
  if (ctx.actor.type === "user" && rolesGrant(ctx.actor.roles, permission)) return;
  throw new DomainError("forbidden", `Bạn không có quyền ${permission} · You lack the ${permission} permission`);
}
