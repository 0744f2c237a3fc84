import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Task } from "@kycuong/domain/tasks";
import { testClient } from "hono/testing";
import { describe, expect, it } from "vitest";
import { type AppType, createApp } from "../workers/api/src/app";
import { bearer, createStaffTenant } from "./fixtures/staff";
import { aTask } from "./fixtures/tasks";

/**
 * The app's type carries its routes: hono's typed client is built from
 * `AppType` alone, so a path, parameter or body that drifts from the routes
 * stops this file from compiling (`npm run typecheck`), and the answers are
 * checked against the domain's own schema.
 */
const client = testClient<AppType>(createApp(), env, createExecutionContext());

describe("typed client over AppType", () => {
  it("records a task and reads it back under /v1/tenants/{slug}/tasks", async () => {
    const d = await createStaffTenant();
    const headers = bearer(await d.token("party_office"));
    const tasks = client.v1.tenants[":slug"].tasks;

    const json = { ...aTask(d), issuedBy: "party_committee" as const };
    const created = await tasks.$post({ param: { slug: d.tenant.slug }, json }, { headers });
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    const task = Task.parse(await created.json());
    expect(task).toMatchObject({ title: aTask(d).title, status: "open", dueOn: "2027-01-15" });

    const read = await tasks[":id"].$get({ param: { slug: d.tenant.slug, id: task.id } }, { headers });
    expect(read.status).toBe(200);
    if (read.status !== 200) return;
    expect(Task.parse(await read.json())).toEqual(task);
  });

  it("keeps tenant access on the mounted tenant API: no token, 401", async () => {
    const d = await createStaffTenant();
    const res = await client.v1.tenants[":slug"].tasks.$get({ param: { slug: d.tenant.slug }, query: {} });
    expect(res.status).toBe(401);
  });
});
