import { env } from "cloudflare:test";
import { devMailbox } from "@kycuong/db";
import { EmailDeliveryError, type OutgoingEmail } from "@kycuong/domain/alerts";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it, vi } from "vitest";
import { devMailboxTransport } from "../workers/api/src/email/dev-mailbox-transport";
import { emailTransportFor } from "../workers/api/src/email/email-transport-for";
import { httpEmailTransport } from "../workers/api/src/email/http-email-transport";
import { mimeMessage } from "../workers/api/src/email/mime-message";
import { sendEmailBindingTransport } from "../workers/api/src/email/send-email-transport";
import { MisconfiguredError, parseWorkerEnv, type WorkerEnv } from "../workers/api/src/env";
import { testDb, uniqueSlug } from "./fixtures/db";

const standIn = inject("emailApiUrl");

/** Tests share one stand-in, so each uses its own recipient and reads only that. */
function uniqueRecipient(): string {
  return `${uniqueSlug("truong-phong")}@xa-thu.test`;
}

function digest(to: string, overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    to,
    subject: "Cảnh báo: 3 việc quá hạn tại Phòng Tài nguyên và Môi trường",
    html: "<p>Kính gửi đồng chí Trưởng phòng,</p><p>Có <strong>3</strong> việc đã quá hạn.</p>",
    text: "Kính gửi đồng chí Trưởng phòng,\n\nCó 3 việc đã quá hạn.",
    idempotencyKey: `notification-${crypto.randomUUID()}`,
    ...overrides,
  };
}

async function receivedBy(to: string) {
  const res = await fetch(`${standIn}/received?to=${encodeURIComponent(to)}`);
  return res.json<
    {
      id: string;
      from: string;
      to: string[];
      subject: string;
      html: string;
      text: string;
      headers: Record<string, string | null>;
    }[]
  >();
}

async function rejection(promise: Promise<unknown>): Promise<EmailDeliveryError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(EmailDeliveryError);
  return error as EmailDeliveryError;
}

const config = (): WorkerEnv => parseWorkerEnv(env);

describe("the HTTP email transport, against the email API stand-in", () => {
  it("posts the message as JSON with the bearer key and idempotency key, and returns the provider's id", async () => {
    const to = uniqueRecipient();
    const email = digest(to);
    const transport = emailTransportFor(config(), testDb());
    expect(transport.name).toBe("http");

    const { messageId } = await transport.send(email);

    const [stored, ...more] = await receivedBy(to);
    expect(more).toHaveLength(0);
    expect(stored).toMatchObject({
      id: messageId,
      from: "Kỷ Cương <canhbao@kycuong.test>",
      to: [to],
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: {
        authorization: `Bearer ${inject("emailApiKey")}`,
        idempotencyKey: email.idempotencyKey,
        contentType: expect.stringMatching(/^application\/json/),
      },
    });
    expect(messageId).toEqual(expect.any(String));
  });

  it("stores one message when a send is retried with the same idempotency key", async () => {
    const to = uniqueRecipient();
    const email = digest(to);
    const transport = emailTransportFor(config(), testDb());

    const first = await transport.send(email);
    const retried = await transport.send(email);

    expect(retried.messageId).toBe(first.messageId);
    expect(await receivedBy(to)).toHaveLength(1);
  });

  it("throws EmailDeliveryError with the status during an outage, and nothing is stored", async () => {
    const to = uniqueRecipient();
    await fetch(`${standIn}/outage`, { method: "POST", body: JSON.stringify({ status: 503, count: 1, to }) });
    const transport = emailTransportFor(config(), testDb());
    const email = digest(to);

    const error = await rejection(transport.send(email));
    expect(error.status).toBe(503);
    expect(error.message).toContain("503");
    expect(await receivedBy(to)).toHaveLength(0);

    // The outage was one send long: the outbox's retry goes through.
    await transport.send(email);
    expect(await receivedBy(to)).toHaveLength(1);
  });

  it("a provider too slow to answer: a timeout with no status; the message it kept late is not sent twice by the retry", async () => {
    const to = uniqueRecipient();
    await fetch(`${standIn}/slow`, { method: "POST", body: JSON.stringify({ delayMs: 1_000, to }) });
    const { EMAIL_API_URL, EMAIL_API_KEY, EMAIL_FROM } = config();
    const transport = httpEmailTransport({
      endpoint: EMAIL_API_URL ?? "",
      apiKey: EMAIL_API_KEY ?? "",
      from: EMAIL_FROM ?? "",
      timeoutMs: 200,
    });
    const email = digest(to);

    const error = await rejection(transport.send(email));
    expect(error.status).toBeNull();
    expect(error.message).toBe("Email API did not answer within 0.2 s");
    // The provider took the message after the Worker stopped waiting: the outbox cannot know, so it retries.
    await vi.waitFor(async () => expect(await receivedBy(to)).toHaveLength(1), { timeout: 5_000 });
    await fetch(`${standIn}/slow?to=${encodeURIComponent(to)}`, { method: "DELETE" });
    const retried = await transport.send(email);
    const [kept] = await receivedBy(to);
    expect(retried.messageId).toBe(kept?.id);
    expect(await receivedBy(to)).toHaveLength(1);
  });

  it("reports a refused key as 401 without repeating the key", async () => {
    const to = uniqueRecipient();
    const wrongKey = "re_wrong_key_that_must_not_leak_123";
    const transport = httpEmailTransport({
      endpoint: `${standIn}/emails`,
      apiKey: wrongKey,
      from: "canhbao@kycuong.test",
    });

    const error = await rejection(transport.send(digest(to)));
    expect(error.status).toBe(401);
    expect(error.message).not.toContain(wrongKey);
    expect(await receivedBy(to)).toHaveLength(0);
  });

  it("keeps only a short excerpt of the provider's error, with the key taken out", async () => {
    const apiKey = "re_secret_echoed_by_a_careless_provider";
    const transport = httpEmailTransport({
      endpoint: "https://email.invalid/emails",
      apiKey,
      from: "canhbao@kycuong.test",
      // Stands in for a provider whose 500 page echoes the request and goes on for pages.
      fetch: async () => new Response(`{"error":"bad request from ${apiKey}"} ${"x".repeat(5000)}`, { status: 500 }),
    });

    const error = await rejection(transport.send(digest(uniqueRecipient())));
    expect(error.status).toBe(500);
    expect(error.message).not.toContain(apiKey);
    expect(error.message).toContain("bad request from [redacted]");
    expect(error.message.length).toBeLessThan(340);
  });

  it("reports an unreachable provider with no status", async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    const transport = httpEmailTransport({ endpoint: "http://127.0.0.1:9/emails", apiKey: "k", from: "a@b.test" });
    const error = await rejection(transport.send(digest(uniqueRecipient())));
    expect(error.status).toBeNull();
  });
});

describe("the MIME message for the send_email binding", () => {
  const input = {
    from: "Kỷ Cương <canhbao@kycuong.test>",
    to: "truong.phong@xa-thu.test",
    subject: "Cảnh báo: 3 việc quá hạn tại Phòng Tài nguyên và Môi trường huyện Sơn Tịnh, tỉnh Quảng Ngãi",
    html: `<p>Kính gửi đồng chí Trưởng phòng,</p>${"<p>Phản ánh PA-2026-000123 đã quá hạn 4 ngày làm việc.</p>".repeat(20)}`,
    text: `Kính gửi đồng chí Trưởng phòng,\n\n${"Phản ánh PA-2026-000123 đã quá hạn 4 ngày làm việc.\n".repeat(20)}`,
    messageId: "notification-123@kycuong.test",
    date: new Date(Date.UTC(2026, 10, 30, 0, 15, 0)),
  };

  it("carries the headers, an encoded Vietnamese subject and both parts", () => {
    const raw = mimeMessage(input);
    const { headers, lines, body } = parse(raw);

    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(lines.every((line) => line.length <= 78)).toBe(true);
    expect(headers.get("to")).toBe(input.to);
    expect(headers.get("date")).toBe("Mon, 30 Nov 2026 00:15:00 +0000");
    expect(headers.get("message-id")).toBe("<notification-123@kycuong.test>");
    expect(headers.get("mime-version")).toBe("1.0");
    expect(decodeWords(headers.get("from") ?? "")).toBe("Kỷ Cương <canhbao@kycuong.test>");
    expect(headers.get("subject")).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(headers.get("subject") ?? "")).toBe(input.subject);

    const boundary = /^multipart\/alternative; boundary="([^"]+)"$/.exec(headers.get("content-type") ?? "")?.[1];
    expect(boundary).toBeDefined();
    const parts = body.split(`--${boundary}`).slice(1, -1);
    expect(body.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
    const [plain, html] = parts.map((part) => {
      const [partHeaders = "", encoded = ""] = part.replace(/^\r\n/, "").split("\r\n\r\n");
      expect(encoded.split("\r\n").every((line) => line.length <= 76)).toBe(true);
      return { partHeaders, decoded: decodeBase64(encoded.replace(/\r\n/g, "")) };
    });
    expect(parts).toHaveLength(2);
    expect(plain?.partHeaders).toContain("Content-Type: text/plain; charset=UTF-8");
    expect(plain?.partHeaders).toContain("Content-Transfer-Encoding: base64");
    expect(plain?.decoded).toBe(input.text);
    expect(html?.partHeaders).toContain("Content-Type: text/html; charset=UTF-8");
    expect(html?.decoded).toBe(input.html);
  });

  it("keeps CR and LF in header values from starting new headers", () => {
    const raw = mimeMessage({
      ...input,
      to: "truong.phong@xa-thu.test\r\nBcc: everyone@evil.test",
      subject: "Báo cáo\r\nBcc: attacker@evil.test",
    });
    const ascii = mimeMessage({ ...input, subject: "Report\nBcc: attacker@evil.test" });

    for (const message of [raw, ascii]) {
      const { lines } = parse(message);
      expect(lines.some((line) => /^bcc:/i.test(line))).toBe(false);
    }
    expect(decodeWords(parse(raw).headers.get("subject") ?? "")).toBe("Báo cáo Bcc: attacker@evil.test");
    expect(parse(ascii).headers.get("subject")).toBe("Report Bcc: attacker@evil.test");
  });
});

describe("the send_email binding transport (miniflare's local binding)", () => {
  it("hands the binding a message it accepts", async () => {
    const transport = emailTransportFor({ ...config(), EMAIL_TRANSPORT: "send_email" }, testDb());
    expect(transport.name).toBe("send_email");
    const { messageId } = await transport.send(digest("da-xac-minh@kycuong.test"));
    expect(messageId).toEqual(expect.any(String));
  });

  it("turns a refused destination into EmailDeliveryError", async () => {
    const binding = config().SEND_EMAIL;
    if (!binding) throw new Error("vitest.config.ts gives the tests a SEND_EMAIL binding");
    const transport = sendEmailBindingTransport({ binding, from: "Kỷ Cương <canhbao@kycuong.test>" });
    const error = await rejection(transport.send(digest("chua-xac-minh@kycuong.test")));
    expect(error.message).toContain("not allowed");
  });
});

describe("the dev mailbox transport", () => {
  it("stores the message once however often it is sent", async () => {
    const db = testDb();
    const at = new Date(Date.UTC(2026, 10, 30, 0, 15, 0));
    const transport = devMailboxTransport({ db, from: "Kỷ Cương (dev) <canhbao@kycuong.local>", now: () => at });
    const email = digest(uniqueRecipient());

    const first = await transport.send(email);
    const retried = await transport.send(email);

    const rows = await db.select().from(devMailbox).where(eq(devMailbox.idempotencyKey, email.idempotencyKey));
    expect(rows).toEqual([
      {
        id: first.messageId,
        idempotencyKey: email.idempotencyKey,
        sender: "Kỷ Cương (dev) <canhbao@kycuong.local>",
        recipient: email.to,
        subject: email.subject,
        bodyHtml: email.html,
        bodyText: email.text,
        createdAt: at.toISOString(),
      },
    ]);
    expect(retried.messageId).toBe(first.messageId);
  });
});

describe("choosing the transport", () => {
  const misconfiguration = (settings: Partial<WorkerEnv>): MisconfiguredError => {
    try {
      emailTransportFor({ ...config(), ...settings }, testDb());
    } catch (error) {
      expect(error).toBeInstanceOf(MisconfiguredError);
      return error as MisconfiguredError;
    }
    throw new Error("expected MisconfiguredError");
  };

  it("treats an unset EMAIL_TRANSPORT as http and names every missing setting", () => {
    const error = misconfiguration({
      EMAIL_TRANSPORT: undefined,
      EMAIL_API_URL: undefined,
      EMAIL_API_KEY: undefined,
      EMAIL_FROM: undefined,
    });
    expect(error.settings).toEqual(["EMAIL_API_URL", "EMAIL_API_KEY", "EMAIL_FROM"]);
    expect(error.message).toContain("EMAIL_API_URL, EMAIL_API_KEY, EMAIL_FROM");
  });

  it("names the missing setting, never the values of those present", () => {
    const error = misconfiguration({ EMAIL_FROM: undefined });
    expect(error.settings).toEqual(["EMAIL_FROM"]);
    expect(error.message).not.toContain(inject("emailApiKey"));
  });

  it("names what send_email needs", () => {
    const error = misconfiguration({ EMAIL_TRANSPORT: "send_email", SEND_EMAIL: undefined, EMAIL_FROM: undefined });
    expect(error.settings).toEqual(["SEND_EMAIL", "EMAIL_FROM"]);
  });

  it("refuses the dev mailbox outside ENVIRONMENT=dev and allows it there", () => {
    const error = misconfiguration({ EMAIL_TRANSPORT: "dev", ENVIRONMENT: "production" });
    expect(error.settings).toContain("EMAIL_TRANSPORT");
    const transport = emailTransportFor({ ...config(), EMAIL_TRANSPORT: "dev", ENVIRONMENT: "dev" }, testDb());
    expect(transport.name).toBe("dev");
  });

  it("lets the Worker start without any email settings, and checks a malformed sender at the door", () => {
    const { EMAIL_TRANSPORT, EMAIL_API_URL, EMAIL_API_KEY, EMAIL_FROM, ...withoutEmail } = env as unknown as Record<
      string,
      unknown
    >;
    expect(() => parseWorkerEnv(withoutEmail)).not.toThrow();
    expect(() => parseWorkerEnv({ ...env, EMAIL_FROM: "Kỷ Cương canhbao@" })).toThrow(/EMAIL_FROM/);
  });
});

/** Unfolds the header block (RFC 5322 §2.2.3) into a lower-cased name → value map. */
function parse(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const headerBlock = raw.slice(0, split);
  const headers = new Map<string, string>();
  for (const line of headerBlock.replace(/\r\n[ \t]/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, lines: headerBlock.split("\r\n"), body: raw.slice(split + 4) };
}

/** RFC 2047: adjacent encoded words join without the whitespace between them. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/(?:=\?UTF-8\?B\?[^?]*\?=)+/g, (run) =>
      new TextDecoder().decode(
        new Uint8Array([...run.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)].flatMap((m) => [...bytesOf(m[1] ?? "")])),
      ),
    );
}

function decodeBase64(value: string): string {
  return new TextDecoder().decode(bytesOf(value));
}

function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}
