import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../../packages/db/src/migrate";
import { findFreePort } from "../../../scripts/lib/ports";
import { generateSigningJwk } from "../../../scripts/lib/signing-keys";
import { startSqld, stopProcessGroup } from "../../../scripts/lib/sqld";
import { startWranglerDev } from "../../../scripts/lib/wrangler-dev";
import { EMAIL_API_TEST_KEY, startEmailApiStandIn } from "../../setup/email-api-stand-in";

/**
 * A deployment as `npm run deploy -- --env production` makes it, run here:
 * `wrangler dev --env production` builds it with the environment's own
 * [build] (`npm run build`: the minified bundle it measures and the static
 * files) and runs it with [env.production]'s settings (its vars, no dev routes),
 * against a fresh sqld with the migrations and nothing else (no demo seed),
 * sending email through the email API stand-in. Only what cannot exist here
 * is local: the database, the secrets, the email API and the public address.
 */
export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), "kycuong-e2e-production-"));
  const sqld = await startSqld({
    dbPath: join(folder, "db"),
    port: await findFreePort(),
    logFile: join(folder, "sqld.log"),
  });
  const emailApi = await startEmailApiStandIn();
  let stopWorker = async () => {};
  try {
    await migrateDatabase({ url: sqld.url });
    const { privateJwk } = await generateSigningJwk("e2e-production");
    const seal = await generateSigningJwk("e2e-production-seal");
    const port = await findFreePort();
    const worker = await startWranglerDev({
      port,
      deployed: { env: "production" },
      // The secrets `npm run deploy` checks for, and the settings that name places.
      vars: {
        LIBSQL_URL: sqld.url,
        JWT_SIGNING_KEY: JSON.stringify(privateJwk),
        SEAL_PRIVATE_KEY: JSON.stringify(seal.privateJwk),
        HOTLINE_SECRET: randomBytes(32).toString("base64url"),
        EMAIL_API_URL: `${emailApi.url}/emails`,
        EMAIL_API_KEY: EMAIL_API_TEST_KEY,
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      },
      persistTo: join(folder, "wrangler"),
      output: "ignore",
    });
    stopWorker = () => stopProcessGroup(worker.process);
    project.provide("production", { baseUrl: worker.url, libsqlUrl: sqld.url, emailApiUrl: emailApi.url });
  } catch (error) {
    emailApi.server.close();
    await sqld.stop();
    throw error;
  }
  return async () => {
    await stopWorker();
    emailApi.server.close();
    await sqld.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The production-like stack: the Worker's address, its database, the email API stand-in. */
    production: { baseUrl: string; libsqlUrl: string; emailApiUrl: string };
  }
}
