import { type ProblemCode, type ProblemStatus, problemStatus } from "./problem-catalogue";

export interface FieldError {
  path: string;
  message: string;
}

/** Extension members of a problem answer; each is declared on the Problem schema (workers/api/src/http/problem.ts). */
export interface ProblemExtensions {
  allowedDecisions?: string[];
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
    /**
     * For the 429 codes: when the caller may try again. `extensions`: RFC 9457
     * extension members the problem answer carries beside `errors` (e.g. the
     * decisions allowed, for `decision_form_not_allowed`).
     */
    readonly hints: { retryAfterSeconds?: number; extensions?: ProblemExtensions } = {},
  ) {
    super(message);
  }

  /** The HTTP status the catalogue gives this error's code. */
  get status(): ProblemStatus {
    return problemStatus(this.code);
  }
}
