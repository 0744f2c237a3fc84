import { type Role, users } from "@kycuong/db";
import { newId } from "@kycuong/domain/context";
import { rolePermissions } from "@kycuong/domain/identity";
import { describe, expect, it } from "vitest";
import { createApp } from "../workers/api/src/app";
import { api } from "./fixtures/api";
import { ConsoleBrowser } from "./fixtures/console";
import { testDb } from "./fixtures/db";
import { addStaffAccount, bearer, createStaffTenant, type StaffTenant, tenantRoles, tokenFor } from "./fixtures/staff";

/**
 * (The walks take longer as the route table grows: three or four requests per
 * route, one after another, so they get a minute rather than the default.)
 *
 * Walks the app's own route table, so a route added tomorrow is checked
 * tomorrow: every staff route refuses a missing token (401), another
 * tenant's token (404, the same body as a tenant that does not exist) and a
 * role without its permission (403, before looking at the body), also when
 * a unit head holds a second role (how far each granted permission reaches
 * is test/permission-reach.test.ts); every public route works without a token. A route that fits none of these
 * categories fails the suite.
 */

const publicRoutes = new Set([
  "GET /health",
  "GET /openapi.json",
  "GET /docs",
  "GET /.well-known/jwks.json",
  "GET /.well-known/seal-keys.json",
  "POST /v1/auth/login",
  "POST /v1/auth/refresh",
  "POST /v1/auth/logout",
  "POST /v1/auth/set-password",
  "GET /set-password",
  "POST /set-password",
]);
const signedInRoutes = new Set(["GET /v1/auth/me"]);

interface DocumentedOperation {
  "x-permission"?: string;
}

const app = createApp();
const routes = app.routes
  .filter((route) => route.method !== "ALL")
  .map((route) => ({ method: route.method, path: route.path, key: `${route.method} ${route.path}` }));

/** `/v1/tenants/:slug/units/:id` → a concrete URL for the given tenant. */
function concrete(path: string, slug: string): string {
  // Only segment-initial `:name` is a parameter (`officials:import` is a literal).
  return path.replace(":slug", slug).replace(/\/:[A-Za-z]+/g, () => `/${newId()}`);
}

function requestFor(method: string, token?: string): RequestInit {
  return {
    method,
    headers: { ...(token ? bearer(token) : {}), "content-type": "application/json" },
    ...(method === "GET" || method === "HEAD" ? {} : { body: "{}" }),
  };
}

async function documentedPermissions(): Promise<Map<string, string | undefined>> {
  const doc = await (await api("/openapi.json")).json<{ paths: Record<string, Record<string, DocumentedOperation>> }>();
  const permissions = new Map<string, string | undefined>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      permissions.set(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ":$1")}`, operation["x-permission"]);
    }
  }
  return permissions;
}

/** An account whose roles lack `permission`: a tenant role if one does, else an account with no role at all. */
async function tooSmallToken(d: StaffTenant, permission: string): Promise<{ token: string; who: string }> {
  const role = tenantRoles.find((r) => !rolePermissions[r].includes(permission as never));
  if (role) return { token: await d.token(role), who: role };
  const account = {
    id: newId(),
    email: `no-role-${newId().slice(-8)}@test.example`,
    roles: [] as Role[],
    unitId: null,
  };
  const at = new Date().toISOString();
  await testDb()
    .insert(users)
    .values({ ...account, tenantId: d.tenant.id, displayName: "No role", createdAt: at, updatedAt: at });
  return { token: await tokenFor(account, d.tenant), who: "no role" };
}

describe("route guards, generated from the route table", () => {
  it("knows every route: each is public, signed-in, platform or tenant staff, and documented", async () => {
    const permissions = await documentedPermissions();
    for (const route of routes) {
      expect(permissions.has(route.key), `${route.key} is missing from /openapi.json`).toBe(true);
      const category =
        publicRoutes.has(route.key) ||
        signedInRoutes.has(route.key) ||
        route.path.startsWith("/v1/public/") ||
        route.path.startsWith("/t/:slug/") ||
        route.path.startsWith("/open311/") ||
        route.path.startsWith("/v1/platform/") ||
        route.path.startsWith("/v1/tenants/:slug/") ||
        route.path.startsWith("/dev/");
      expect(category, `${route.key} fits no access category`).toBe(true);
      if (route.path.startsWith("/v1/tenants/") || route.path.startsWith("/v1/platform/")) {
        expect(permissions.get(route.key), `${route.key} declares no x-permission`).toBeTruthy();
      }
    }
    expect(routes.length).toBeGreaterThan(10);
  });

  it("tenant staff routes: 401 without a token, 404 for another tenant, 403 for too small a role", async () => {
    const permissions = await documentedPermissions();
    const mine = await createStaffTenant();
    const other = await createStaffTenant();
    const otherAdmin = await other.token("tenant_admin");
    const staffRoutes = routes.filter((route) => route.path.startsWith("/v1/tenants/:slug/"));
    expect(staffRoutes.length).toBeGreaterThan(0);

    const missingTenant = await api(
      concrete("/v1/tenants/:slug/units", "khong-co-huyen-nay"),
      requestFor("GET", otherAdmin),
    );
    const missingBody = { ...(await missingTenant.json<Record<string, unknown>>()), requestId: "" };

    for (const route of staffRoutes) {
      const url = concrete(route.path, mine.tenant.slug);
      const anonymous = await api(url, requestFor(route.method));
      expect(anonymous.status, `${route.key} without a token`).toBe(401);

      const crossTenant = await api(url, requestFor(route.method, otherAdmin));
      expect(crossTenant.status, `${route.key} with another tenant's token`).toBe(404);
      expect({ ...(await crossTenant.json<Record<string, unknown>>()), requestId: "" }, route.key).toEqual(missingBody);

      const permission = permissions.get(route.key) as string;
      const { token, who } = await tooSmallToken(mine, permission);
      const small = await api(url, requestFor(route.method, token));
      expect(small.status, `${route.key} as ${who} (lacks ${permission})`).toBe(403);
      expect((await small.json<{ code: string }>()).code).toBe("forbidden");
    }
  }, 60_000);

  it("console pages: sign-in without a session, none with another tenant's, the 403 page for too small a role", async () => {
    const permissions = await documentedPermissions();
    const mine = await createStaffTenant();
    const other = await createStaffTenant();
    const otherAdmin = new ConsoleBrowser(other.tenant.slug);
    expect((await otherAdmin.signIn(other.users.tenant_admin.email)).status).toBe(303);
    const consoleRoutes = routes.filter((route) => route.path.startsWith("/t/:slug/app"));
    expect(consoleRoutes.length).toBeGreaterThan(1);

    for (const route of consoleRoutes) {
      const url = concrete(route.path, mine.tenant.slug);
      const anonymous = new ConsoleBrowser(mine.tenant.slug);
      const answer = route.method === "GET" ? await anonymous.get(url) : await anonymous.post(url, { _csrf: null });
      expect(answer.status, `${route.key} without a session`).toBe(303);
      expect(answer.location, route.key).toMatch(new RegExp(`^/t/${mine.tenant.slug}/login\\?next=`));

      // Another tenant's session cookie, sent here: not a session.
      const foreign = new ConsoleBrowser(mine.tenant.slug);
      foreign.cookies.set("kc_session", otherAdmin.cookies.get("kc_session") ?? "");
      const crossTenant = route.method === "GET" ? await foreign.get(url) : await foreign.post(url, { _csrf: null });
      expect(crossTenant.status, `${route.key} with another tenant's session`).toBe(303);

      const permission = permissions.get(route.key);
      if (!permission) continue;
      const role = tenantRoles.find((r) => !rolePermissions[r].includes(permission as never));
      if (!role) continue;
      const small = new ConsoleBrowser(mine.tenant.slug);
      await small.signIn(mine.users[role].email);
      await small.get(`/t/${mine.tenant.slug}/app`);
      const refused = route.method === "GET" ? await small.get(url) : await small.post(url);
      expect(refused.status, `${route.key} as ${role} (lacks ${permission})`).toBe(403);
      expect(refused.headers.get("content-type"), route.key).toContain("text/html");
    }
  }, 60_000);

  it("role combinations: a unit head with any second role is refused (403) every route neither role grants", async () => {
    const permissions = await documentedPermissions();
    const mine = await createStaffTenant();
    const staffRoutes = routes.filter((route) => route.path.startsWith("/v1/tenants/:slug/"));
    for (const second of tenantRoles.filter((role) => role !== "unit_head")) {
      const roles: Role[] = ["unit_head", second];
      const account = await addStaffAccount(mine, roles, mine.communeUnitId);
      const token = await tokenFor(account, mine.tenant);
      for (const route of staffRoutes) {
        const permission = permissions.get(route.key) as string;
        if (roles.some((role) => rolePermissions[role].includes(permission as never))) continue;
        const res = await api(concrete(route.path, mine.tenant.slug), requestFor(route.method, token));
        expect(res.status, `${route.key} as ${roles.join("+")} (lacks ${permission})`).toBe(403);
      }
    }
  }, 60_000);

  it("platform routes: 401 without a token, 403 for a tenant admin", async () => {
    const d = await createStaffTenant();
    const admin = await d.token("tenant_admin");
    for (const route of routes.filter((r) => r.path.startsWith("/v1/platform/"))) {
      const url = concrete(route.path, d.tenant.slug);
      expect((await api(url, requestFor(route.method))).status, `${route.key} without a token`).toBe(401);
      expect((await api(url, requestFor(route.method, admin))).status, `${route.key} as tenant admin`).toBe(403);
    }
  });

  it("public routes work without a token; signed-in routes do not", async () => {
    for (const route of routes) {
      const url = concrete(route.path, "binh-son");
      const res = await api(url, requestFor(route.method));
      const open = ["/v1/public/", "/t/", "/open311/"].some((prefix) => route.path.startsWith(prefix));
      if (publicRoutes.has(route.key) || open) {
        expect(res.status, `${route.key} is public`).not.toBe(401);
        expect(res.status, `${route.key} is public`).toBeLessThan(500);
      } else if (signedInRoutes.has(route.key)) {
        expect(res.status, `${route.key} needs a token`).toBe(401);
      }
    }
  });

  it("developer routes (/dev/…) do not exist outside ENVIRONMENT=dev: 404 like an unknown path", async () => {
    const devRoutes = routes.filter((route) => route.path.startsWith("/dev/"));
    expect(devRoutes.length).toBeGreaterThan(0);
    for (const route of devRoutes) {
      const res = await api(concrete(route.path, "binh-son"), requestFor(route.method));
      expect(res.status, `${route.key} outside dev`).toBe(404);
    }
  });
});

// Roles are data: make sure the matrix covers every role the schema knows.
it("every role has a permission row", () => {
  const roles: Role[] = ["platform_admin", ...tenantRoles];
  for (const role of roles) expect(rolePermissions[role]).toBeDefined();
});
