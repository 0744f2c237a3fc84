import type { TenantRef } from "@kycuong/domain/context";
import { DomainError } from "@kycuong/domain/errors";
import { resolveTenant } from "@kycuong/domain/tenants";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app-env";

const ALLOW_METHODS = "GET, HEAD, POST, OPTIONS";
const ALLOW_HEADERS = "Content-Type, Idempotency-Key, X-Receipt, X-Request-Id, If-None-Match";
const EXPOSE_HEADERS = "Retry-After, X-Request-Id, Idempotency-Replayed, ETag";

/** Origins a handler checked against the tenant it loaded itself (no second query for them). */
const admitted = new WeakMap<Request, readonly string[]>();
/**
 * Origins per slug for decorating answers whose handler loaded no tenant
 * (errors, 429s, other public routes). Only decoration uses it; refusals
 * always use the tenant as just read. A minute of staleness is the price.
 */
const recent = new Map<string, { origins: readonly string[]; until: number }>();
const RECENT_MS = 60_000;

function remember(slug: string, origins: readonly string[]): void {
  if (recent.size > 1000) recent.clear();
  recent.set(slug, { origins, until: Date.now() + RECENT_MS });
}

function allows(c: Context<AppEnv>, origin: string, origins: readonly string[]): boolean {
  // The API's own pages (the hotline form) are always allowed.
  return origin === new URL(c.req.url).origin || origins.includes(origin);
}

function originNotAllowed(): DomainError {
  return new DomainError(
    "origin_not_allowed",
    "Trang web này không được phép gửi phản ánh tới đơn vị · This website may not send reports to this tenant",
  );
}

/**
 * For handlers, once they know the tenant: refuses a POST from an origin the
 * tenant has not allowed (a form on someone else's site), and lets the
 * middleware answer with CORS headers without looking the tenant up again.
 */
export function admitOrigin(c: Context<AppEnv>, tenant: TenantRef): void {
  const origins = tenant.settings.hotline.allowedOrigins;
  admitted.set(c.req.raw, origins);
  remember(tenant.slug, origins);
  const origin = c.req.header("Origin");
  const safe = c.req.method === "GET" || c.req.method === "HEAD";
  if (origin && !safe && !allows(c, origin, origins)) throw originNotAllowed();
}

async function originsOf(c: Context<AppEnv>, slug: string): Promise<readonly string[]> {
  const known = admitted.get(c.req.raw);
  if (known) return known;
  const cached = recent.get(slug);
  if (cached && cached.until > Date.now()) return cached.origins;
  const ctx = { db: c.var.db, now: new Date(), actor: { type: "public" as const }, requestId: c.var.requestId };
  const tenant = await resolveTenant(ctx, slug).catch(() => null);
  const origins = tenant?.settings.hotline.allowedOrigins ?? [];
  if (tenant) remember(slug, origins);
  return origins;
}

/**
 * CORS for `/v1/public/tenants/{slug}/…`: a browser may call it only from
 * the tenant's own websites (settings.hotline.allowedOrigins) and the API's
 * own origin. Preflights are answered here (the 404/405 handler never sees
 * them); other answers get `Access-Control-Allow-Origin` only for an
 * allowed origin, errors included, so a district's page can show them.
 */
export function publicCors() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const origin = c.req.header("Origin");
    const slug = c.req.param("slug") ?? "";
    if (c.req.method === "OPTIONS" && origin && c.req.header("Access-Control-Request-Method")) {
      c.set("tenantSlug", slug);
      const ctx = { db: c.var.db, now: new Date(), actor: { type: "public" as const }, requestId: c.var.requestId };
      const tenant = await resolveTenant(ctx, slug);
      remember(tenant.slug, tenant.settings.hotline.allowedOrigins);
      if (!allows(c, origin, tenant.settings.hotline.allowedOrigins)) throw originNotAllowed();
      return c.body(null, 204, {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": ALLOW_METHODS,
        "Access-Control-Allow-Headers": ALLOW_HEADERS,
        "Access-Control-Max-Age": "600",
        Vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
      });
    }
    await next();
    // Answers differ by Origin, so shared caches must key on it.
    c.res.headers.append("Vary", "Origin");
    if (!origin) return;
    const own = origin === new URL(c.req.url).origin;
    if (!own && !(await originsOf(c, slug)).includes(origin)) return;
    c.res.headers.set("Access-Control-Allow-Origin", origin);
    c.res.headers.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
  });
}
