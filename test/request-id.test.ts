import { describe, expect, it, vi } from "vitest";
import { api } from "./fixtures/api";

describe("X-Request-Id", () => {
  it("echoes a well-formed id from the client", async () => {
    const res = await api("/health", { headers: { "X-Request-Id": "district-portal-4f2a9c" } });
    expect(res.headers.get("x-request-id")).toBe("district-portal-4f2a9c");
  });

  it("replaces a malformed id instead of echoing it", async () => {
    const res = await api("/health", { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
    const id = res.headers.get("x-request-id");
    expect(id).not.toContain("<");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("generates one when none is sent, and puts it on error answers too", async () => {
    const res = await api("/missing");
    const id = res.headers.get("x-request-id");
    expect(id).toBeTruthy();
    expect((await res.json<{ requestId: string }>()).requestId).toBe(id);
  });

  it("writes one JSON log line per request with the id, route and status", async () => {
    const log = vi.spyOn(console, "log");
    try {
      await api("/v1/public/tenants/no-such-district", { headers: { "X-Request-Id": "trace-me-0001" } });
      const lines = log.mock.calls
        .map(([line]) => (typeof line === "string" && line.startsWith("{") ? JSON.parse(line) : null))
        .filter((entry) => entry?.requestId === "trace-me-0001");
      expect(lines).toEqual([
        expect.objectContaining({
          msg: "request",
          method: "GET",
          route: "/v1/public/tenants/:slug",
          status: 404,
          tenant: "no-such-district",
          durationMs: expect.any(Number),
        }),
      ]);
    } finally {
      log.mockRestore();
    }
  });
});
