import { DomainError } from "@kycuong/domain/errors";

export interface TurnstileCheck {
  /** Turnstile's siteverify endpoint (a local stand-in in tests). */
  url: string;
  secret: string;
  /** The token the widget gave the browser; single use, valid for 300 s. */
  token: string | undefined;
  remoteIp: string | null;
}

/** What a failed or missing check answers; nothing has been stored by then. */
export function turnstileFailed(): DomainError {
  return new DomainError(
    "turnstile_failed",
    "Không xác minh được bạn là người thật; hãy tải lại biểu mẫu và thử lại · The human check failed; reload the form and try again",
    [{ path: "body.turnstileToken", message: "Xác minh không thành công · Verification failed" }],
  );
}

/**
 * Server-side Turnstile verification, exactly as Cloudflare documents it: a
 * form-encoded POST of secret, response and remoteip. A failing siteverify
 * (network, 5xx) refuses the report with 503 rather than letting it through.
 */
export async function verifyTurnstile(check: TurnstileCheck): Promise<void> {
  if (!check.token) throw turnstileFailed();
  const form = new URLSearchParams({ secret: check.secret, response: check.token });
  if (check.remoteIp) form.set("remoteip", check.remoteIp);
  let outcome: { success?: unknown };
  try {
    const res = await fetch(check.url, { method: "POST", body: form, signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`siteverify answered ${res.status}`);
    outcome = await res.json<{ success?: unknown }>();
  } catch {
    throw new DomainError(
      "turnstile_unavailable",
      "Chưa xác minh được lúc này; hãy thử lại sau ít phút · The human check is unavailable; try again in a few minutes",
    );
  }
  if (outcome.success !== true) throw turnstileFailed();
}
