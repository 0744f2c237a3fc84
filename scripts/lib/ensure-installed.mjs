// Installs the workspace's dependencies when they are missing or older than
// the lockfile, with the pnpm pinned in package.json fetched through npx, so
// the README's commands need nothing but Node.js and npm.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function pnpmSpec() {
  const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return packageManager;
}

const stampFile = join(root, "node_modules", ".kycuong-installed");

/** What an install depends on: when any of these change, install again. */
function inputsDigest() {
  const hash = createHash("sha256");
  for (const file of ["pnpm-lock.yaml", "pnpm-workspace.yaml", "package.json"]) {
    hash.update(readFileSync(join(root, file)));
  }
  return hash.digest("hex");
}

function isUpToDate() {
  return existsSync(stampFile) && readFileSync(stampFile, "utf8") === inputsDigest();
}

export function ensureInstalled() {
  if (isUpToDate()) return;
  console.log(`Installing dependencies with ${pnpmSpec()} …`);
  const result = spawnSync("npx", ["--yes", pnpmSpec(), "install", "--frozen-lockfile"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  if (result.status !== 0) {
    console.error("Dependency installation failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, inputsDigest());
}
