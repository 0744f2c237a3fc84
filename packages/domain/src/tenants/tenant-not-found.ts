import { type DomainError, notFound } from "../errors";

/**
 * The one answer for "no such tenant" and "not your tenant": identical, and
 * without echoing the slug, so another district cannot be probed by
 * comparing answers.
 */
export function tenantNotFound(): DomainError {
  return notFound("tenant_not_found", "Không tìm thấy đơn vị hành chính · Tenant not found");
}
