import type { Role, UserRow } from "@kycuong/db";

/** What a token is minted from: the account as the database has it now. */
export interface Account {
  userId: string;
  email: string;
  displayName: string;
  tenantId: string | null;
  tenantSlug: string | null;
  roles: Role[];
  unitId: string | null;
}

export function toAccount(user: UserRow, tenantSlug: string | null): Account {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    tenantId: user.tenantId,
    tenantSlug,
    roles: user.roles,
    unitId: user.unitId,
  };
}
