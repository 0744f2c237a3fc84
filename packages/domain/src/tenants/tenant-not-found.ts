import { DomainError } from "../errors";

/**
 * The one answer for "no such tenant" and "not your tenant": identical, and
 * without echoing the slug, so another district cannot be probed by
 * comparing answers.
 */
export function tenantNotFound(): DomainError {
  return new DomainError("tenant_not_found", "Không tìm thấy đơn vị hành chính · Tenant not found");
}
