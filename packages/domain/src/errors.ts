/**
 * What kind of failure a domain error is. The HTTP layer maps each kind to a
 * status in one place; the domain never speaks HTTP.
 */
export type DomainErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "unavailable";

export interface FieldError {
  path: string;
  message: string;
}

/**
 * A failure the caller can act on. `code` is stable snake_case, part of the
 * public contract (clients switch on it); `message` is for people.
 */
export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** For `rate_limited`: when the caller may try again. */
    readonly hints: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export function notFound(code: string, message: string): DomainError {
  return new DomainError("not_found", code, message);
}

export function forbidden(code: string, message: string): DomainError {
  return new DomainError("forbidden", code, message);
}
