// `npm run build`: the deployable bundle exactly as `wrangler deploy` would
// upload it, written to dist/, with its raw and gzip sizes. Fails when the
// bundle carries demo data (scripts/lib/demo-free-bundle.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { demoTraces } from "./lib/demo-free-bundle.mjs";
import { ensureInstalled, root } from "./lib/ensure-installed.mjs";
import { buildProductionBundle } from "./lib/production-bundle.mjs";

ensureInstalled();
try {
  buildProductionBundle({ outdir: join(root, "dist") });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const dist = join(root, "dist");
let demoFound = false;
for (const name of readdirSync(dist)) {
  if (!name.endsWith(".js")) continue;
  const file = join(dist, name);
  const raw = statSync(file).size;
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`bundle ${name}: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`);

  const mapFile = `${file}.map`;
  const sourceMap = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, "utf8")) : null;
  const traces = demoTraces(readFileSync(file, "utf8"), sourceMap);
  if (traces.length > 0) {
    demoFound = true;
    console.error(
      `\nbundle ${name} contains demo data or dev-only code, which must never ship to production:\n` +
        traces.map((trace) => `  - ${trace}\n`).join("") +
        "The Worker (workers/api) must not import @kycuong/demo or copy its data; only the dev stack and tests use it.\n" +
        "The dev mailbox is compiled in only with KYCUONG_DEV_TOOLS (wrangler.toml [define] keeps it false).",
    );
  }
}
if (demoFound) process.exit(1);
