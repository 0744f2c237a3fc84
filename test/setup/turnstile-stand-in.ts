import { createServer, type Server } from "node:http";

/** The secret the Worker under test is given; the stand-in refuses any other. */
export const TURNSTILE_TEST_SECRET = "test-turnstile-secret-key";

/**
 * A local stand-in for Cloudflare's Turnstile siteverify, spoken to over
 * real HTTP by the Worker's real client code. Like the real one it wants a
 * form-encoded POST with `secret`, `response` and optionally `remoteip`, and
 * a token passes once: tokens starting with `pass-` succeed on first use,
 * anything else (or a second use) fails. `GET /seen/<token>` tells a test
 * what the Worker sent for that token.
 */
export async function startTurnstileStandIn(): Promise<{ url: string; server: Server }> {
  const seen = new Map<string, { remoteip: string | null; contentType: string | null }>();
  const server = createServer((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && req.url?.startsWith("/seen/")) {
      const token = decodeURIComponent(req.url.slice("/seen/".length));
      json(200, seen.get(token) ?? null);
      return;
    }
    if (req.method !== "POST" || req.url !== "/siteverify") {
      json(404, { error: "not found" });
      return;
    }
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      raw += chunk;
    });
    req.on("end", () => {
      const contentType = req.headers["content-type"] ?? null;
      const form = new URLSearchParams(raw);
      const token = form.get("response") ?? "";
      const firstUse = !seen.has(token);
      if (token) seen.set(token, { remoteip: form.get("remoteip"), contentType });
      const formEncoded = contentType?.startsWith("application/x-www-form-urlencoded") ?? false;
      if (!formEncoded || form.get("secret") !== TURNSTILE_TEST_SECRET) {
        json(200, { success: false, "error-codes": ["invalid-input-secret"] });
      } else if (!token.startsWith("pass-")) {
        json(200, { success: false, "error-codes": ["invalid-input-response"] });
      } else if (!firstUse) {
        json(200, { success: false, "error-codes": ["timeout-or-duplicate"] });
      } else {
        json(200, { success: true, challenge_ts: new Date().toISOString(), hostname: "localhost", "error-codes": [] });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}
