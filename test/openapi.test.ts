import { describe, expect, it } from "vitest";
import { api } from "./fixtures/api";

describe("API documentation", () => {
  it("serves an OpenAPI 3.1 document listing the routes", async () => {
    const res = await api("/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/health", "/v1/public/tenants/{slug}", "/openapi.json", "/docs"]),
    );
    expect(doc.paths["/v1/public/tenants/{slug}"]).toHaveProperty("get");
  });

  it("renders a reference page that works without any script or CDN", async () => {
    const res = await api("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("/v1/public/tenants/{slug}");
    expect(html).toContain('id="problem-validation_failed"');
    expect(html).not.toMatch(/<script\b/);
  });
});
