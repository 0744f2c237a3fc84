import { beforeAll, describe, expect, it } from "vitest";
import { api } from "./fixtures/api";
import { createHotlineTenant, freshIp } from "./fixtures/intake";
import { bearer, createStaffTenant, type StaffTenant } from "./fixtures/staff";

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  "x-permission"?: string;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface Document {
  info: { contact?: { name?: string }; license?: { name: string; identifier?: string; url?: string } };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const methods = ["get", "post", "put", "patch", "delete"];
/** Routes anyone may call: the hotline, its pages, Open311, logging in, the docs, liveness. */
const publicPath =
  /^\/(v1\/public\/|t\/|open311\/|health$|docs$|openapi\.json$|\.well-known\/|dev\/|v1\/auth\/(login|refresh|logout|set-password)$|set-password$)/;

let doc: Document;
let operations: { method: string; path: string; op: Operation }[];

beforeAll(async () => {
  doc = await (await api("/openapi.json")).json<Document>();
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, op]) => ({ method, path, op })),
  );
});

function operation(method: string, path: string): Operation {
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`${method} ${path} is not in the document`);
  return op;
}

describe("OpenAPI for client generators", () => {
  it("gives every operation a unique camelCase operationId", () => {
    expect(operations.length).toBeGreaterThan(100);
    const ids = operations.map(({ method, path, op }) => op.operationId ?? `(none on ${method} ${path})`);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
    expect(operation("post", "/v1/tenants/{slug}/tasks/{id}/reminders").operationId).toBe("recordReminder");
  });

  it("gives every operation one tag that the document declares with a description", () => {
    const declared = new Map((doc.tags ?? []).map((t) => [t.name, t.description]));
    for (const { method, path, op } of operations) {
      expect(op.tags, `${method} ${path}`).toHaveLength(1);
      const tag = op.tags?.[0] ?? "";
      expect(declared.has(tag), `${method} ${path}: tag "${tag}" is not declared`).toBe(true);
      expect(declared.get(tag)).toBeTruthy();
    }
    // Every declared tag is used: no stale entries.
    const used = new Set(operations.map(({ op }) => op.tags?.[0]));
    expect([...declared.keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it("states that public routes need no credentials, console pages the session cookie, and every other route a bearer token", () => {
    const consolePath = /^\/t\/\{slug\}\/app(\/|$)/;
    for (const { method, path, op } of operations) {
      if (consolePath.test(path)) expect(op.security, `${method} ${path}`).toEqual([{ session: [] }]);
      else if (publicPath.test(path)) expect(op.security, `${method} ${path}`).toEqual([]);
      else expect(op.security, `${method} ${path}`).toEqual([{ bearer: [] }]);
    }
  });

  it("names the shared schemas as components, so generated clients get one Task type, not one per route", () => {
    const schemaOf = (method: string, path: string, status: string) =>
      operation(method, path).responses[status]?.content?.["application/json"]?.schema;
    expect(schemaOf("get", "/v1/tenants/{slug}/tasks/{id}", "200")).toEqual({ $ref: "#/components/schemas/Task" });
    expect(schemaOf("post", "/v1/tenants/{slug}/tasks/{id}/cancel", "200")).toEqual({
      $ref: "#/components/schemas/Task",
    });
    for (const name of [
      "Task",
      "Reminder",
      "Unit",
      "Official",
      "User",
      "StaffReport",
      "PublicReport",
      "ViolationRecord",
    ]) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
  });

  it("names its license and contact", () => {
    expect(doc.info.license).toEqual({ name: "Proprietary", identifier: "LicenseRef-Proprietary" });
    expect(doc.info.contact?.name).toBeTruthy();
  });
});

describe("statuses the app's machinery answers are documented where they happen", () => {
  let d: StaffTenant;
  beforeAll(async () => {
    d = await createStaffTenant();
  });

  it("400 for a malformed id in the path", async () => {
    const res = await api(`/v1/tenants/${d.tenant.slug}/tasks/not-a-uuid`, {
      headers: bearer(await d.token("tenant_admin")),
    });
    expect(res.status).toBe(400);
    expect((await res.json<{ code: string }>()).code).toBe("validation_failed");
    expect(Object.keys(operation("get", "/v1/tenants/{slug}/tasks/{id}").responses)).toContain("400");
  });

  it("415 for a JSON route sent another content type", async () => {
    const res = await api(`/v1/tenants/${d.tenant.slug}/tasks`, {
      method: "POST",
      headers: { ...bearer(await d.token("party_office")), "content-type": "text/plain" },
      body: "a task",
    });
    expect(res.status).toBe(415);
    expect(Object.keys(operation("post", "/v1/tenants/{slug}/tasks").responses)).toContain("415");
  });

  it("413 for a body over the cap", async () => {
    const res = await api(`/v1/tenants/${d.tenant.slug}/tasks`, {
      method: "POST",
      headers: { ...bearer(await d.token("party_office")), "content-type": "application/json" },
      body: JSON.stringify({ title: "x".repeat(300 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(Object.keys(operation("post", "/v1/tenants/{slug}/tasks").responses)).toContain("413");
  });

  it("400 for a malformed slug on a public route, and 429 on every rate-limited one", async () => {
    await createHotlineTenant();
    const res = await api("/v1/public/tenants/NOT_A_SLUG/hotline", { headers: { "cf-connecting-ip": freshIp() } });
    expect(res.status).toBe(400);
    expect(Object.keys(operation("get", "/v1/public/tenants/{slug}/hotline").responses)).toContain("400");
    for (const [method, path] of [
      ["post", "/v1/public/tenants/{slug}/reports"],
      ["post", "/t/{slug}/hotline"],
      ["post", "/t/{slug}/hotline/status"],
      ["post", "/open311/v2/requests.json"],
    ] as const) {
      expect(Object.keys(operation(method, path).responses), `${method} ${path}`).toContain("429");
    }
  });
});
