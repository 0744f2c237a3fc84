import { z } from "@hono/zod-openapi";
import { devMailbox } from "@kycuong/db";
import { DomainError } from "@kycuong/domain/errors";
import { desc, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../http/app-env";
import { publicRoute } from "../../http/documented-route";
import { problemContent } from "../../http/problem";
import { createRouter } from "../../http/router";
import { DevOutboxPage } from "../../pages/dev-outbox-page";

const tag = "Development";
const devOnly = "Only when the Worker runs with `ENVIRONMENT=dev` (`npm run dev`); 404 everywhere else.";
/** The newest messages only: the dev mailbox is for reading, not an archive. */
const LIMIT = 200;

/** Outside dev these routes do not exist, as far as anyone can tell: the same 404 as any unknown path. */
function requireDev(c: Context<AppEnv>): void {
  if (c.var.config.ENVIRONMENT !== "dev") throw notThere();
}

function notThere() {
  return new DomainError("not_found", "Không có tài nguyên nào ở địa chỉ này · Nothing exists at this address");
}

async function newest(c: Context<AppEnv>) {
  return c.var.db.select().from(devMailbox).orderBy(desc(devMailbox.id)).limit(LIMIT);
}

/** One message in the dev mailbox; a function too, so that the schema leaves with the routes. */
export function devMail() {
  return z
    .object({
      id: z.string(),
      idempotencyKey: z.string(),
      sender: z.string(),
      recipient: z.string(),
      subject: z.string(),
      bodyHtml: z.string(),
      bodyText: z.string(),
      createdAt: z.string(),
    })
    .openapi("DevMail");
}

/**
 * The dev mailbox's routes. A function, not a module-level router, so that a
 * build with KYCUONG_DEV_TOOLS=false (wrangler.toml) drops this file whole.
 */
export function devOutboxRoutes() {
  const notInDev = { 404: problemContent("Not running in dev (`not_found`), or no such message") };
  const DevMail = devMail();

  const listJson = publicRoute({
    operationId: "listDevOutbox",
    method: "get",
    path: "/dev/outbox.json",
    tag,
    summary: "What the dev email transport has sent, newest first (dev only)",
    description: devOnly,
    responses: {
      200: {
        description: "The messages",
        content: { "application/json": { schema: z.object({ items: z.array(DevMail) }) } },
      },
      ...notInDev,
    },
  });
  const listPage = publicRoute({
    operationId: "getDevOutboxPage",
    method: "get",
    path: "/dev/outbox",
    tag,
    summary: "The dev mailbox as an HTML page (dev only)",
    description: devOnly,
    responses: { 200: { description: "The page", content: { "text/html": { schema: z.string() } } }, ...notInDev },
  });
  const showHtml = publicRoute({
    operationId: "getDevOutboxMessage",
    method: "get",
    path: "/dev/outbox/{id}",
    tag,
    summary: "One message's HTML part, as a mail client would show it (dev only)",
    description: devOnly,
    request: { params: z.object({ id: z.string().max(64) }) },
    responses: {
      200: { description: "The HTML email", content: { "text/html": { schema: z.string() } } },
      ...notInDev,
    },
  });

  return createRouter()
    .openapi(listJson, async (c) => {
      requireDev(c);
      return c.json({ items: await newest(c) }, 200);
    })
    .openapi(listPage, async (c) => {
      requireDev(c);
      return c.html(`<!DOCTYPE html>${<DevOutboxPage mails={await newest(c)} />}`, 200);
    })
    .openapi(showHtml, async (c) => {
      requireDev(c);
      const [mail] = await c.var.db
        .select({ bodyHtml: devMailbox.bodyHtml })
        .from(devMailbox)
        .where(eq(devMailbox.id, c.req.valid("param").id));
      // The email's own HTML, shown under a CSP that lets nothing in it load or run.
      if (!mail) throw notThere();
      return c.html(mail.bodyHtml, 200, { "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'" });
    });
}
