// `npm run lint:openapi`, first step: the app's OpenAPI document, generated
// from its routes in plain Node without a server, written to dist/openapi.json.
// Run by tsx (it imports the TypeScript app); plain JS because
// tsconfig.node.json checks scripts with Node types only, not the Worker's.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// The document as production serves it: wrangler.toml's [define] builds the
// Worker with KYCUONG_DEV_TOOLS = false (no dev mailbox routes). Set before
// the app is imported, which is why the imports below are dynamic.
globalThis.KYCUONG_DEV_TOOLS = false;
const { createApp } = await import("../workers/api/src/app");
const { documentConfig } = await import("../workers/api/src/routes/api-docs");

const out = join(import.meta.dirname, "..", "dist", "openapi.json");
mkdirSync(join(out, ".."), { recursive: true });
writeFileSync(out, `${JSON.stringify(createApp().getOpenAPI31Document(documentConfig), null, 2)}\n`);
console.log(`wrote ${out}`);
