export { type Permission, rolePermissions, rolesGrant } from "../access/permissions";
export type { Account } from "../auth/account";
export {
  type ConsoleSession,
  endConsoleSession,
  loadConsoleSession,
  signInToConsole,
} from "../auth/console-session";
export { loadAccount } from "../auth/load-account";
export { login } from "../auth/login";
export { logout } from "../auth/logout";
export { hashPassword } from "../auth/password-hash";
export {
  changeOwnPassword,
  type LinkBase,
  PASSWORD_LINK_MINUTES,
  requestPasswordReset,
  sendPasswordLink,
} from "../auth/password-links";
export { passwordProblems } from "../auth/password-policy";
export { refreshSession } from "../auth/refresh-session";
export { constantTimeEqual, newSecretToken, sha256Hex } from "../auth/secret-token";
export {
  anyPasswordLinkIsUsable,
  passwordLinkIsUsable,
  resetPassword,
  setPasswordWithLink,
} from "../auth/spend-password-link";
export { type SignInSweep, sweepExpiredSignIns } from "../auth/sweep-expired-sign-ins";
export {
  type StartedPlatformAdmin,
  StartPlatformAdmin,
  startPlatformAdmin,
} from "../platform/start-platform-admin";
export { CreateUser, type TenantRole, tenantRoles, UpdateUser, UserListQuery } from "../users/user-input";
export { User } from "../users/user-view";
export { createUser, deactivateUser, getUser, listUsers, updateUser } from "../users/users";
