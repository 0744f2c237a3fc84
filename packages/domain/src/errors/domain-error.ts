import { type ProblemCode, type ProblemStatus, problemStatus } from "./problem-catalogue";

export interface FieldError {
  path: string;
  message: string;
}

/**
 * A failure the caller can act on. `code` is one of the catalogue's
 * (clients switch on it) and decides the HTTP status; `message` is for people.
 * The domain never speaks HTTP itself: the status comes with the code.
 */
export class DomainError extends Error {
  override readonly name = "DomainError";

  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** For the 429 codes: when the caller may try again. */
    readonly hints: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }

  /** The HTTP status the catalogue gives this error's code. */
  get status(): ProblemStatus {
    return problemStatus(this.code);
  }
}
