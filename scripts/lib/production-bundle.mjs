// The deployed Worker and its static files, as `wrangler deploy --env
// staging|production` uploads them: wrangler.toml's [env.*.build] runs `npm
// run build`, which writes them here, and the environments deploy the result
// unbundled (`no_bundle`). `npm run build` also measures the bundle; the
// browser suite's production stack runs it under `wrangler dev`.
//
// The bundle is esbuild with wrangler's own settings (esm, es2024, the
// conditions `workerd,worker,browser`, minified, without `keep_names`: a
// `__name()` call for each of ~1,700 functions is 17 KiB gzip, and nothing here
// reads a function's name), plus what wrangler's bundler cannot do:
// - /openapi.json and /docs are files (scripts/write-api-docs.mjs), so the
//   generator and the routes' documentation text stay out (api-docs-left-out.mjs);
// - text is written as UTF-8, not `\uXXXX` escapes (Vietnamese is most of it).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { build } from "esbuild";
import { unstable_readConfig } from "wrangler";
import { apiDocsLeftOut } from "./api-docs-left-out.mjs";
import { root } from "./ensure-installed.mjs";

/**
 * The build-time switches of the deployed environments (wrangler.toml's
 * [env.staging.define] and [env.production.define]): one build serves both,
 * so they must agree.
 */
export function deployedDefines() {
  const [staging, production] = ["staging", "production"].map(
    (env) => unstable_readConfig({ config: join(root, "wrangler.toml"), env }, { hideWarnings: true }).define,
  );
  if (JSON.stringify(staging) !== JSON.stringify(production)) {
    throw new Error(
      `wrangler.toml: [env.staging.define] ${JSON.stringify(staging)} and [env.production.define] ` +
        `${JSON.stringify(production)} differ, but \`npm run build\` builds one bundle for both.`,
    );
  }
  return production;
}

/**
 * Writes `<outdir>/worker/index.js` (with its source map) and the static files
 * in `<outdir>/assets`; returns both paths.
 */
export async function buildProductionBundle({ outdir, output = "inherit" }) {
  const script = join(outdir, "worker", "index.js");
  const assets = join(outdir, "assets");
  await build({
    entryPoints: [join(root, "workers", "api", "src", "index.ts")],
    outfile: script,
    bundle: true,
    format: "esm",
    target: "es2024",
    platform: "browser",
    conditions: ["workerd", "worker", "browser"],
    external: ["cloudflare:*", "node:*"],
    minify: true,
    charset: "utf8",
    sourcemap: true,
    // Wrangler would also define NODE_ENV for libraries; none in this bundle reads it.
    define: deployedDefines(),
    loader: { ".js": "jsx", ".mjs": "jsx", ".cjs": "jsx" },
    supported: { "import-source": true },
    plugins: apiDocsLeftOut(),
    logLevel: "warning",
  });

  const written = spawnSync(
    join(root, "node_modules", ".bin", "tsx"),
    ["--import", "./scripts/lib/cloudflare-modules.mjs", "scripts/write-api-docs.mjs", assets],
    { cwd: root, stdio: ["ignore", output, output === "inherit" ? "inherit" : "pipe"], encoding: "utf8" },
  );
  if (written.status !== 0) {
    throw new Error(`scripts/write-api-docs.mjs failed (exit ${written.status})\n${written.stderr ?? ""}`);
  }
  return { script, assets };
}
