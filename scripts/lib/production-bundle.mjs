// The production bundle exactly as `wrangler deploy --env production` would
// upload it (minified, no dev tools): `npm run build` writes and measures it,
// the browser suite's production stack runs it under `wrangler dev`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { root } from "./ensure-installed.mjs";

export function buildProductionBundle({ outdir, output = "inherit" }) {
  const result = spawnSync(
    join(root, "node_modules", ".bin", "wrangler"),
    ["deploy", "--dry-run", "--env", "production", "--outdir", outdir],
    {
      cwd: root,
      stdio: ["ignore", output, output === "inherit" ? "inherit" : "pipe"],
      encoding: "utf8",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `wrangler deploy --dry-run --env production failed (exit ${result.status})\n${result.stderr ?? ""}`,
    );
  }
  return { script: join(outdir, "index.js") };
}
