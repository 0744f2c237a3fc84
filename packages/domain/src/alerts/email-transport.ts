/** One email as the outbox hands it to a transport. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /**
   * Stable per outbox row. Providers that honour it (and the dev mailbox)
   * keep one message when a send is retried after an unclear failure.
   */
  idempotencyKey: string;
}

/**
 * How email leaves the system: an HTTP email API in production, the
 * `send_email` binding as an alternative, the dev mailbox locally. A
 * transport throws `EmailDeliveryError` (or anything) when the message was
 * not accepted; the outbox records the error and retries later.
 */
export interface EmailTransport {
  readonly name: string;
  send(email: OutgoingEmail): Promise<{ messageId: string | null }>;
}

export class EmailDeliveryError extends Error {
  override readonly name = "EmailDeliveryError";

  constructor(
    message: string,
    /** The provider's HTTP status, when there was one. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}
