import { createExecutionContext, createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../workers/api/src/index";
import { expectProblem } from "./fixtures/problem";

describe("a misconfigured deployment", () => {
  it("answers 500 misconfigured naming the missing setting", async () => {
    const { LIBSQL_URL: _dropped, ...withoutUrl } = env;
    const res = await worker.fetch(new Request("http://api.test/health"), withoutUrl, createExecutionContext());
    const body = await expectProblem(res, 500, "misconfigured");
    expect(body.detail).toContain("LIBSQL_URL");
  });

  it("names a malformed setting without echoing its value", async () => {
    const secretLooking = "postgres://admin:hunter2@db.internal/kycuong";
    const res = await worker.fetch(
      new Request("http://api.test/health"),
      { ...env, LIBSQL_URL: secretLooking },
      createExecutionContext(),
    );
    const body = await expectProblem(res, 500, "misconfigured");
    expect(body.detail).toContain("LIBSQL_URL");
    expect(JSON.stringify(body)).not.toContain("hunter2");
  });

  it("refuses to run the scheduled job rather than half-working", async () => {
    const controller = createScheduledController({ scheduledTime: Date.now(), cron: "0 0 * * *" });
    await expect(worker.scheduled(controller, { ...env, LIBSQL_URL: "" })).rejects.toThrow(/LIBSQL_URL/);
  });
});
