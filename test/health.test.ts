import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../workers/api/src/index";
import { api } from "./fixtures/api";

describe("GET /health", () => {
  it("reports ok after a real query against the database", async () => {
    const res = await api("/health");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = await res.json<{ status: string; db: string; version: string }>();
    expect(body).toEqual({ status: "ok", db: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("answers 503 with db down, in the same shape, when the database is unreachable", async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused.
    const brokenEnv = { ...env, LIBSQL_URL: "http://127.0.0.1:1" };
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request("http://api.test/health"), brokenEnv, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(503);
    const body = await res.json<Record<string, unknown>>();
    expect(body).toEqual({ status: "unavailable", db: "down", version: expect.any(String) });
  });
});
