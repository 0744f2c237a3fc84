import { createServer, type Server } from "node:http";

/**
 * A local stand-in for a province SSO: it serves a JWKS over real HTTP, so
 * the Worker's real jose remote-JWKS client fetches and caches it.
 * Counts requests so tests can see the cache working.
 */
export async function startIdentityProviderStandIn(jwks: { keys: unknown[] }): Promise<{
  url: string;
  server: Server;
}> {
  const server = createServer((req, res) => {
    if (req.url === "/.well-known/jwks.json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(jwks));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}
