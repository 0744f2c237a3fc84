import { createServer, type Server } from "node:http";

/** What crossed the proxy while `counting`: each HTTP request to sqld is one database round trip. */
export interface Traffic {
  counting: boolean;
  roundTrips: number;
  /** Pipelines carrying a `batch` (a transaction of writes). */
  writes: number;
  /** Pipelines carrying only `execute` (a query). */
  reads: number;
  /** Answers in which sqld refused a statement with SQLITE_BUSY. */
  busy: number;
}

/**
 * A counting HTTP proxy in front of sqld, so a benchmark counts database
 * round trips instead of assuming them. The libSQL HTTP client speaks Hrana
 * over JSON pipelines, which tell reads from writes.
 */
export async function startCountingProxy(
  target: string,
  traffic: Traffic,
  timeoutMs: number,
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (traffic.counting) {
      traffic.roundTrips++;
      const text = body.toString("utf8");
      if (/"type"\s*:\s*"batch"/.test(text)) traffic.writes++;
      else if (/"type"\s*:\s*"execute"/.test(text)) traffic.reads++;
    }
    try {
      const upstream = await fetch(`${target}${req.url}`, {
        method: req.method ?? "GET",
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        ...(body.length > 0 ? { body } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      if (traffic.counting && answer.includes("SQLITE_BUSY")) traffic.busy++;
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
      res.end(answer);
    } catch (error) {
      console.error(`proxy: ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : error}`);
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server };
}
