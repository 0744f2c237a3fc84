import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../packages/db/src/migrate";
import { findFreePort } from "../../scripts/lib/ports";
import { startSqld } from "../../scripts/lib/sqld";

/**
 * Starts a real sqld on a free port in a fresh temporary folder, applies the
 * migrations, and hands its URL to the Worker under test as LIBSQL_URL.
 */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), "kycuong-test-"));
  const port = await findFreePort();
  const sqld = await startSqld({ dbPath: join(folder, "db"), port, logFile: join(folder, "sqld.log") });
  await migrateDatabase({ url: sqld.url });
  project.provide("libsqlUrl", sqld.url);
  return async () => {
    await sqld.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    libsqlUrl: string;
  }
}
