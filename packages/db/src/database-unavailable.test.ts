import { describe, expect, it } from "vitest";
import { DatabaseUnavailableError, failingAsUnavailable, isDatabaseUnavailable } from "./database-unavailable";

const request = () => new Request("http://db.test/v3/pipeline", { method: "POST", body: "{}" });

describe("failingAsUnavailable (the database client's fetch)", () => {
  it("turns a refused or dropped connection into DatabaseUnavailableError, keeping the cause", async () => {
    const lost = new TypeError("Network connection lost.");
    const error = await failingAsUnavailable(() => Promise.reject(lost))(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).cause).toBe(lost);
  });

  it("turns a 5xx answer (the server or a proxy before it failing) into DatabaseUnavailableError", async () => {
    for (const status of [500, 502, 503, 504]) {
      const send = failingAsUnavailable(async () => new Response("upstream gone", { status }));
      await expect(send(request())).rejects.toThrow(`answered ${status}`);
    }
  });

  it("passes other answers through: a refused statement comes back as 200 with the error inside", async () => {
    const body = JSON.stringify({
      results: [{ type: "error", error: { message: "SQLITE_BUSY", code: "SQLITE_BUSY" } }],
    });
    const res = await failingAsUnavailable(async () => new Response(body, { status: 200 }))(request());
    expect(await res.text()).toBe(body);
    const refused = await failingAsUnavailable(async () => new Response("bad request", { status: 400 }))(request());
    expect(refused.status).toBe(400);
  });

  it("is recognised through the wrappers drizzle and libSQL put around it, and nothing else is", () => {
    const wrapped = new Error("Failed query: select 1", {
      cause: new Error("Client was closed", { cause: new DatabaseUnavailableError("unreachable") }),
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable("unreachable")).toBe(false);
  });
});
