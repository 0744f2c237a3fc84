// `npm run build`: the Worker and the static files a deployment uploads
// (scripts/lib/production-bundle.mjs), written to dist/worker and dist/assets,
// with the bundle's raw and gzip size against the 250 KiB gzip goal
// (docs/performance.md). Fails when the bundle carries demo data
// (scripts/lib/demo-free-bundle.mjs), and with `--fail-over-goal` (CI) when it
// is over the goal. wrangler.toml's [env.staging] and [env.production] run it
// before every deploy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { demoTraces } from "./lib/demo-free-bundle.mjs";
import { ensureInstalled, root } from "./lib/ensure-installed.mjs";
import { buildProductionBundle } from "./lib/production-bundle.mjs";

/** Issue 14's goal for the deployed bundle, gzipped. */
const GOAL_KIB = 250;

ensureInstalled();
let script;
try {
  ({ script } = await buildProductionBundle({ outdir: join(root, "dist") }));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const code = readFileSync(script);
const raw = code.length / 1024;
const gzip = gzipSync(code, { level: 9 }).length / 1024;
const overGoal = gzip > GOAL_KIB;
console.log(
  `bundle dist/worker/index.js: ${raw.toFixed(1)} KiB raw, ${gzip.toFixed(1)} KiB gzip ` +
    (overGoal
      ? `(over the ${GOAL_KIB} KiB goal by ${(gzip - GOAL_KIB).toFixed(1)} KiB: docs/performance.md)`
      : `(the goal: at most ${GOAL_KIB} KiB)`),
);

const traces = demoTraces(code.toString("utf8"), JSON.parse(readFileSync(`${script}.map`, "utf8")));
if (traces.length > 0) {
  console.error(
    "\nthe bundle contains demo data or dev-only code, which must never ship to production:\n" +
      traces.map((trace) => `  - ${trace}\n`).join("") +
      "The Worker (workers/api) must not import @kycuong/demo or copy its data; only the dev stack and tests use it.\n" +
      "The dev mailbox is compiled in only with KYCUONG_DEV_TOOLS (false in scripts/lib/production-bundle.mjs).",
  );
  process.exit(1);
}
if (overGoal && process.argv.includes("--fail-over-goal")) process.exit(1);
