// The files a deployment serves without running the Worker, written at build
// time into [out] (default dist/assets; wrangler.toml's [env.*.assets]):
// openapi.json and docs.html (Workers Static Assets answers /docs with it),
// the same document and page the dev stack's Worker answers there, and _headers
// with the security headers the Worker gives its own answers. The production
// build (scripts/lib/production-bundle.mjs) runs this, and `npm run
// lint:openapi` lints the document. Run by tsx with the cloudflare: module
// stand-ins (it imports the TypeScript app); plain JS because
// tsconfig.node.json checks scripts with Node types only, not the Worker's.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// The routes as a deployment has them: wrangler.toml's [define] leaves the dev
// mailbox out (KYCUONG_DEV_TOOLS); the documentation routes are registered
// here so the document describes the two paths these files answer. Set before
// the app is imported, which is why the imports below are dynamic.
globalThis.KYCUONG_DEV_TOOLS = false;
globalThis.KYCUONG_API_DOCS_AT_RUN_TIME = true;
const { createApp } = await import("../workers/api/src/app");
const { apiDocument, apiReferenceHtml } = await import("../workers/api/src/routes/api-docs");
const { securityHeaderValues } = await import("../workers/api/src/middleware/security-headers");

const out = resolve(process.argv[2] ?? join(import.meta.dirname, "..", "dist", "assets"));
mkdirSync(out, { recursive: true });
const document = apiDocument(createApp());
writeFileSync(join(out, "openapi.json"), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(join(out, "docs.html"), apiReferenceHtml(document));

// Static Assets' header rules (https://developers.cloudflare.com/workers/static-assets/headers/).
const rules = [
  ["/openapi.json", "application/json"],
  ["/docs", "text/html; charset=UTF-8"],
].map(([path, contentType]) =>
  [path, ...Object.entries(securityHeaderValues({ contentType, dev: false })).map(([n, v]) => `  ${n}: ${v}`)].join(
    "\n",
  ),
);
writeFileSync(join(out, "_headers"), `${rules.join("\n")}\n`);
console.log(`wrote openapi.json, docs.html and _headers to ${out}`);
