import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../workers/api/src/http/app-env";
import { handleError } from "../workers/api/src/http/error-handler";
import { requestId } from "../workers/api/src/middleware/request-id";
import { api } from "./fixtures/api";
import { expectProblem } from "./fixtures/problem";

describe("error answers are problem documents", () => {
  it("404 for an unknown path", async () => {
    await expectProblem(await api("/no/such/thing"), 404, "not_found");
  });

  it("405 with Allow for a known path and the wrong method", async () => {
    const res = await api("/health", { method: "DELETE" });
    await expectProblem(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe("GET, HEAD");
  });

  it("405 also for parameterised paths", async () => {
    const res = await api("/v1/public/tenants/binh-son", { method: "POST", body: "{}" });
    await expectProblem(res, 405, "method_not_allowed");
  });

  it("413 for a body over the limit, before anything reads it", async () => {
    const res = await api("/v1/public/tenants/binh-son", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "x".repeat(300 * 1024) }),
    });
    await expectProblem(res, 413, "payload_too_large");
  });

  it("400 with field errors written for people, not the validator's raw output", async () => {
    const res = await api("/v1/public/tenants/Not_A_Slug!");
    const body = await expectProblem(res, 400, "validation_failed");
    expect(body.errors).toEqual([
      {
        path: "path.slug",
        message: "Mã đơn vị chỉ gồm chữ thường, số và dấu gạch ngang",
      },
    ]);
  });

  it("answers in Vietnamese by default, one language per answer", async () => {
    const res = await api("/nowhere");
    const body = await expectProblem(res, 404, "not_found");
    expect(body.title).toBe("Không tìm thấy");
    expect(body.detail).toBe("Không có tài nguyên nào ở địa chỉ này");
    expect(res.headers.get("content-language")).toBe("vi");
    expect(res.headers.get("vary")).toContain("Accept-Language");
  });

  it("answers problem details in the request's language (Accept-Language)", async () => {
    const res = await api("/v1/public/tenants/Not_A_Slug!", { headers: { "accept-language": "en-GB,en;q=0.9" } });
    const body = await expectProblem(res, 400, "validation_failed");
    expect(res.headers.get("content-language")).toBe("en");
    expect(body.title).toBe("Bad request");
    expect(body.detail).toBe("The request did not pass validation");
    expect(body.errors).toEqual([{ path: "path.slug", message: "Lowercase letters, digits and hyphens only" }]);
  });

  it("keeps Vietnamese when the client ranks it above English or names neither", async () => {
    for (const header of ["vi-VN,vi;q=0.9,en;q=0.8", "fr-FR", "*", "en;q=0", "en;q=abc"]) {
      const res = await api("/nowhere", { headers: { "accept-language": header } });
      const body = await expectProblem(res, 404, "not_found");
      expect(body.title, header).toBe("Không tìm thấy");
    }
  });
});

describe("a database that stays busy", () => {
  it("answers 503 database_busy with Retry-After, not 500, once the busy retry has spent its time", async () => {
    // What the client throws when every try within its budget was refused as
    // SQLITE_BUSY (busy-retry.ts): drizzle's wrapper around libSQL's error.
    const busy = Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" });
    const app = new Hono<AppEnv>()
      .use("*", requestId())
      .post("/write", () => {
        throw new Error("Failed query: insert into task_reminders …", { cause: busy });
      })
      .onError(handleError);
    const res = await app.request("/write", { method: "POST" });
    await expectProblem(res, 503, "database_busy", "http://localhost");
    expect(res.headers.get("retry-after")).toBe("1");
  });
});
