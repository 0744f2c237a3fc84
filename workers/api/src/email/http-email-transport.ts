import { EmailDeliveryError, type EmailTransport } from "@kycuong/domain/alerts";

export interface HttpEmailTransportOptions {
  /** The provider's send endpoint, e.g. `https://api.resend.com/emails`. */
  endpoint: string;
  /** A secret: sent only in the Authorization header, never echoed in errors. */
  apiKey: string;
  /** `Name <address>` or `address`. */
  from: string;
  /** Injectable for tests; defaults to the Worker's global fetch. */
  fetch?: typeof fetch;
  /** How long to wait for the provider's answer (10 s); tests make it short. */
  timeoutMs?: number;
}

const TIMEOUT_MS = 10_000;
const EXCERPT_CHARS = 300;

/**
 * Sends through a JSON email API shaped like the common transactional
 * providers (Resend and alike): one POST per message, bearer key, and an
 * Idempotency-Key so a retry after an unclear failure (timeout, dropped
 * connection) cannot deliver the digest twice.
 */
export function httpEmailTransport(options: HttpEmailTransportOptions): EmailTransport {
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  return {
    name: "http",
    async send(email) {
      let res: Response;
      try {
        res = await send(options.endpoint, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${options.apiKey}`,
            "Content-Type": "application/json",
            "Idempotency-Key": email.idempotencyKey,
          },
          body: JSON.stringify({
            from: options.from,
            to: [email.to],
            subject: email.subject,
            html: email.html,
            text: email.text,
          }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        // No status: the provider may or may not have the message, which is
        // exactly what the idempotency key on the retry is for.
        const timedOut = error instanceof Error && error.name === "TimeoutError";
        throw new EmailDeliveryError(
          timedOut ? `Email API did not answer within ${timeoutMs / 1000} s` : "Email API unreachable",
          null,
        );
      }
      const body = await res.text().catch(() => "");
      if (!res.ok) {
        throw new EmailDeliveryError(
          `Email API answered ${res.status}: ${excerpt(body, options.apiKey)}`.trimEnd(),
          res.status,
        );
      }
      return { messageId: messageIdFrom(body) };
    },
  };
}

/** Enough of the provider's answer to diagnose from the outbox row, and no secret. */
function excerpt(body: string, apiKey: string): string {
  const redacted = apiKey ? body.replaceAll(apiKey, "[redacted]") : body;
  const oneLine = redacted.replace(/\s+/g, " ").trim();
  return oneLine.length > EXCERPT_CHARS ? `${oneLine.slice(0, EXCERPT_CHARS - 1)}…` : oneLine;
}

/** The provider accepted the message; a missing or odd id is no reason to send it again. */
function messageIdFrom(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && "id" in parsed && typeof parsed.id === "string") {
      return parsed.id;
    }
  } catch {
    // Not JSON: accepted all the same.
  }
  return null;
}
