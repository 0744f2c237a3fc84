import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/**
 * What a faulty proxy does to the Hrana pipeline requests (`POST /v2/pipeline`,
 * `/v3/pipeline`, the libSQL client's one way to run statements over HTTP):
 * - `pass`: forwards everything;
 * - `down`: stops listening, so connections are refused (as from a stopped sqld);
 * - `drop`: forwards `after` more pipeline requests, then drops the connection of
 *   every later one, either before sqld sees it (`lose: "request"`) or after sqld
 *   ran it and answered (`lose: "response"`: the write happened, the Worker never hears).
 */
export type DatabaseFault =
  | { mode: "pass" }
  | { mode: "down" }
  | { mode: "drop"; after: number; lose: "request" | "response" };

interface FaultyProxy {
  id: string;
  port: number;
  server: Server;
  sockets: Set<Socket>;
  fault: DatabaseFault;
  /** Pipeline requests forwarded since the proxy started (what a test counts round trips with). */
  forwarded: number;
  /** Pipeline requests forwarded since the current `drop` began. */
  forwardedInFault: number;
}

/**
 * A local stand-in for a database that fails: HTTP proxies in front of the
 * real sqld, one per test that asks (test files run in parallel), each told
 * by its controller what to break. The Worker under test is pointed at a
 * proxy with `LIBSQL_URL` (test/fixtures/database-faults.ts).
 *
 * Controller:
 * - `POST /proxies`: a new proxy in `pass`; answers `{ id, url }`.
 * - `PUT /proxies/:id` with a `DatabaseFault`: what it does from now on.
 * - `GET /proxies/:id`: `{ forwarded }`, the pipeline requests it forwarded.
 * - `DELETE /proxies/:id`: closes it.
 */
export async function startDatabaseProxyStandIn(sqldUrl: string): Promise<{ url: string; server: Server }> {
  const target = new URL(sqldUrl);
  const proxies = new Map<string, FaultyProxy>();
  let counter = 0;

  const pipe = (proxy: FaultyProxy, req: IncomingMessage, res: ServerResponse) => {
    const isPipeline = req.method === "POST" && /\/pipeline$/.test(new URL(req.url ?? "/", "http://p").pathname);
    const fault = proxy.fault;
    const failing = isPipeline && fault.mode === "drop" && proxy.forwardedInFault >= fault.after;
    if (failing && fault.lose === "request") {
      req.socket.destroy();
      return;
    }
    const loseResponse = failing && fault.mode === "drop" && fault.lose === "response";
    if (isPipeline) {
      proxy.forwarded += 1;
      proxy.forwardedInFault += 1;
    }
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        if (loseResponse) {
          // sqld has run the statements; read its answer through, then hang up instead of passing it on.
          answer.resume();
          answer.on("end", () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => req.socket.destroy());
    req.pipe(upstream);
  };

  const listen = (proxy: FaultyProxy) =>
    new Promise<void>((resolve, reject) => {
      proxy.server.once("error", reject);
      proxy.server.listen(proxy.port, "127.0.0.1", () => {
        proxy.server.off("error", reject);
        const address = proxy.server.address();
        proxy.port = typeof address === "object" && address ? address.port : proxy.port;
        resolve();
      });
    });

  const stopListening = (proxy: FaultyProxy) =>
    new Promise<void>((resolve) => {
      for (const socket of proxy.sockets) socket.destroy();
      if (!proxy.server.listening) return resolve();
      proxy.server.close(() => resolve());
    });

  const newProxy = async (): Promise<FaultyProxy> => {
    counter += 1;
    const proxy: FaultyProxy = {
      id: String(counter),
      port: 0,
      server: createServer((req, res) => pipe(proxy, req, res)),
      sockets: new Set(),
      fault: { mode: "pass" },
      forwarded: 0,
      forwardedInFault: 0,
    };
    proxy.server.on("connection", (socket) => {
      proxy.sockets.add(socket);
      socket.on("close", () => proxy.sockets.delete(socket));
    });
    await listen(proxy);
    proxies.set(proxy.id, proxy);
    return proxy;
  };

  const control = async (req: IncomingMessage, res: ServerResponse) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? "/", "http://control").pathname;
    if (req.method === "POST" && path === "/proxies") {
      const proxy = await newProxy();
      return json(200, { id: proxy.id, url: `http://127.0.0.1:${proxy.port}` });
    }
    const proxy = proxies.get(/^\/proxies\/(\w+)$/.exec(path)?.[1] ?? "");
    if (!proxy) return json(404, { message: "no such proxy" });
    if (req.method === "GET") return json(200, { forwarded: proxy.forwarded });
    if (req.method === "DELETE") {
      await stopListening(proxy);
      proxies.delete(proxy.id);
      return json(200, { ok: true });
    }
    if (req.method !== "PUT") return json(405, { message: "GET, PUT or DELETE" });
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const fault = JSON.parse(raw) as DatabaseFault;
    if (fault.mode === "down") await stopListening(proxy);
    else if (!proxy.server.listening) await listen(proxy);
    proxy.fault = fault;
    proxy.forwardedInFault = 0;
    return json(200, { ok: true });
  };

  const server = createServer((req, res) => {
    control(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });
  server.on("close", () => {
    for (const proxy of proxies.values()) void stopListening(proxy);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}
