import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { documentTags } from "../http/api-tags";
import type { AppEnv } from "../http/app-env";
import { publicRoute } from "../http/documented-route";
import { createRouter } from "../http/router";
import { type ApiReferenceDocument, ApiReferencePage } from "../pages/api-reference-page";
import { APP_VERSION } from "../version";

export const documentConfig = {
  openapi: "3.1.0",
  info: {
    title: "Kỷ Cương API",
    version: APP_VERSION,
    description:
      "Kỷ cương hành chính cho chính quyền địa phương · Administrative discipline for Vietnamese local government.",
    // No public address exists yet: the maintainers, by name, rather than an invented mailbox.
    contact: { name: "Kỷ Cương maintainers" },
    // Not open source. An SPDX `LicenseRef-` identifier is how SPDX names a license it does not list.
    license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
  },
  // Relative: the document describes the deployment that serves it.
  servers: [{ url: "/", description: "This deployment" }],
  tags: documentTags,
};

const openApiRoute = publicRoute({
  operationId: "getOpenApiDocument",
  method: "get",
  path: "/openapi.json",
  tag: "Documentation",
  summary: "This API as an OpenAPI 3.1 document",
  responses: {
    200: { description: "The document", content: { "application/json": { schema: z.looseObject({}) } } },
  },
});

const docsRoute = publicRoute({
  operationId: "getApiReferencePage",
  method: "get",
  path: "/docs",
  tag: "Documentation",
  summary: "This API as a readable reference page",
  responses: { 200: { description: "An HTML page", content: { "text/html": { schema: z.string() } } } },
});

/** This API as an OpenAPI 3.1 document, generated from the routes of `app` itself. */
export function apiDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document(documentConfig);
}

/** The reference page of a document (what /docs answers). */
export function apiReferenceHtml(document: ReturnType<typeof apiDocument>): string {
  return `<!DOCTYPE html>${ApiReferencePage({ doc: document as unknown as ApiReferenceDocument })}`;
}

/**
 * /openapi.json and /docs, generated from the routes of `app` itself, so a
 * route cannot exist without being documented. A deployed Worker serves the
 * same two answers as files written at build time (scripts/write-api-docs.mjs).
 */
export function apiDocsRoutes(app: OpenAPIHono<AppEnv>) {
  return createRouter()
    .openapi(openApiRoute, (c) => c.json(apiDocument(app), 200))
    .openapi(docsRoute, (c) => c.html(apiReferenceHtml(apiDocument(app)), 200));
}
