import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** The key the Worker under test is given; the stand-in refuses any other. */
export const EMAIL_API_TEST_KEY = "test-email-api-key-0123456789";

export interface ReceivedEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers: { authorization: string | null; idempotencyKey: string | null; contentType: string | null };
  receivedAt: string;
}

interface Outage {
  status: number;
  /** Sends left to fail; null fails until `DELETE /outage`. */
  remaining: number | null;
  /** Lower-cased recipient it is scoped to; null fails every send. */
  to: string | null;
}

/**
 * A local stand-in for a Resend-like email API, spoken to over real HTTP by
 * the Worker's real transport. `POST /emails` wants a bearer key and a JSON
 * body with from, to, subject, html and text; a repeated Idempotency-Key
 * answers the first id and stores nothing new.
 *
 * Controls for tests (test files run in parallel against this one server,
 * so filter and scope by recipient):
 * - `GET /received[?to=addr]`: stored messages, oldest first.
 * - `DELETE /received[?to=addr]`: forget them.
 * - `POST /outage` `{ status, count?, to? }`: the next `count` sends (to `to`)
 *   fail with `status`; without `count`, until `DELETE /outage[?to=addr]`.
 */
export async function startEmailApiStandIn(): Promise<{ url: string; server: Server }> {
  const received: ReceivedEmail[] = [];
  const byIdempotencyKey = new Map<string, { id: string; payload: string }>();
  let outages: Outage[] = [];
  const delays = new Map<string, number>();
  let counter = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://stand-in");
    const to = url.searchParams.get("to")?.toLowerCase() ?? null;
    const route = `${req.method} ${url.pathname}`;

    if (route === "GET /received") {
      return json(
        200,
        received.filter((email) => !to || sentTo(email, to)),
      );
    }
    if (route === "DELETE /received") {
      for (let i = received.length - 1; i >= 0; i--) {
        const email = received[i];
        if (email && (!to || sentTo(email, to))) received.splice(i, 1);
      }
      return json(200, { ok: true });
    }
    if (route === "POST /outage") {
      const body = parseJson(await readBody(req));
      const status = Number(body?.status ?? 503);
      const count = body?.count === undefined ? null : Number(body.count);
      const scope = typeof body?.to === "string" ? body.to.toLowerCase() : null;
      if (!Number.isInteger(status) || status < 400 || status > 599 || (count !== null && !(count >= 1))) {
        return json(400, { message: "expected { status: 400-599, count?: ≥ 1, to?: address }" });
      }
      outages = outages.filter((outage) => outage.to !== scope);
      outages.push({ status, remaining: count, to: scope });
      return json(200, { ok: true });
    }
    if (route === "DELETE /outage") {
      outages = to ? outages.filter((outage) => outage.to !== to) : [];
      return json(200, { ok: true });
    }
    if (route === "POST /slow") {
      const body = parseJson(await readBody(req));
      const delayMs = Number(body?.delayMs);
      if (typeof body?.to !== "string" || !(delayMs > 0 && delayMs <= 30_000)) {
        return json(400, { message: "expected { delayMs: 1-30000, to: address }" });
      }
      delays.set(body.to.toLowerCase(), delayMs);
      return json(200, { ok: true });
    }
    if (route === "DELETE /slow") {
      if (to) delays.delete(to);
      return json(200, { ok: true });
    }
    if (route !== "POST /emails") return json(404, { name: "not_found", message: "Not found" });

    const raw = await readBody(req);
    const authorization = header(req, "authorization");
    if (authorization !== `Bearer ${EMAIL_API_TEST_KEY}`) {
      return json(401, { statusCode: 401, name: "invalid_api_key", message: "API key is invalid" });
    }
    const body = parseJson(raw);
    const recipients = (Array.isArray(body?.to) ? body.to : [body?.to]).filter(
      (r): r is string => typeof r === "string" && r !== "",
    );
    const field = (name: string) => (typeof body?.[name] === "string" ? (body[name] as string) : "");
    const message = { from: field("from"), subject: field("subject"), html: field("html"), text: field("text") };
    const absent = ["from", "to", "subject", "html", "text"].filter((name) =>
      name === "to" ? recipients.length === 0 : field(name) === "",
    );
    if (absent.length > 0) {
      return json(422, { statusCode: 422, name: "validation_error", message: `Missing ${absent.join(", ")}` });
    }

    const delayMs = Math.max(0, ...recipients.map((r) => delays.get(r.toLowerCase()) ?? 0));
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));

    const outage = outages.find(
      (candidate) => !candidate.to || recipients.some((r) => r.toLowerCase() === candidate.to),
    );
    if (outage) {
      if (outage.remaining !== null && --outage.remaining <= 0) outages = outages.filter((o) => o !== outage);
      return json(outage.status, {
        statusCode: outage.status,
        name: "outage",
        message: "The stand-in is simulating an outage",
      });
    }

    const idempotencyKey = header(req, "idempotency-key");
    const payload = JSON.stringify([message, recipients]);
    const earlier = idempotencyKey ? byIdempotencyKey.get(idempotencyKey) : undefined;
    if (earlier) {
      // As Resend does: the same key with a different message is a caller's bug, not a retry.
      if (earlier.payload !== payload) {
        return json(409, { statusCode: 409, name: "invalid_idempotent_request", message: "Key reused" });
      }
      return json(200, { id: earlier.id });
    }
    counter += 1;
    const id = `stand-in-${Date.now().toString(36)}-${counter}`;
    if (idempotencyKey) byIdempotencyKey.set(idempotencyKey, { id, payload });
    received.push({
      id,
      ...message,
      to: recipients,
      headers: { authorization, idempotencyKey, contentType: header(req, "content-type") },
      receivedAt: new Date().toISOString(),
    });
    return json(200, { id });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ name: "internal_error", message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

function sentTo(email: ReceivedEmail, address: string): boolean {
  return email.to.some((recipient) => recipient.toLowerCase() === address);
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let raw = "";
  req.setEncoding("utf8");
  for await (const chunk of req) raw += chunk;
  return raw;
}

/** A request body is whatever the client sent: fields are checked one by one. */
function parseJson(raw: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
