import type { TenantContext } from "../context";
import { updateUser } from "./update-user";
import type { User } from "./user-view";

/** Accounts are never deleted (the audit log names them); they are disabled, which also ends their sessions. */
export function deactivateUser(ctx: TenantContext, id: string): Promise<User> {
  return updateUser(ctx, id, { status: "disabled" }, "user.deactivated");
}
