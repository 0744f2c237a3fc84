import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAlertMorning, seedDemoData } from "@kycuong/demo";
import type { TestProject } from "vitest/node";
import { createDb } from "../../../packages/db/src/index";
import { migrateDatabase } from "../../../packages/db/src/migrate";
import { findChromium } from "../../../scripts/lib/ensure-chromium.mjs";
import { findFreePort } from "../../../scripts/lib/ports";
import { generateSigningJwk } from "../../../scripts/lib/signing-keys";
import { startSqld, stopProcessGroup } from "../../../scripts/lib/sqld";
import { startWranglerDev } from "../../../scripts/lib/wrangler-dev";

export const E2E_DEMO_PASSWORD = "kycuong-e2e-password";

/**
 * The whole product as a person meets it: a fresh sqld, migrated and seeded
 * with the demo districts, and the Worker under `wrangler dev`, on free ports.
 */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) throw new Error("Chromium is missing: run `npm test`, which installs it, or set CHROMIUM_PATH.");
  const folder = mkdtempSync(join(tmpdir(), "kycuong-e2e-"));
  const sqld = await startSqld({
    dbPath: join(folder, "db"),
    port: await findFreePort(),
    logFile: join(folder, "sqld.log"),
  });
  let stopWorker = async () => {};
  try {
    await migrateDatabase({ url: sqld.url });
    const db = createDb({ url: sqld.url });
    const seal = await generateSigningJwk("e2e-seal");
    await seedDemoData(db, new Date(), E2E_DEMO_PASSWORD, JSON.stringify(seal.privateJwk));
    // The morning `npm run dev` tells developers to replay, by Bình Sơn's calendar in this database.
    project.provide("demoAlertMorning", (await demoAlertMorning(db, new Date())).getTime());
    const { privateJwk } = await generateSigningJwk("e2e");
    const port = await findFreePort();
    const worker = await startWranglerDev({
      port,
      vars: {
        LIBSQL_URL: sqld.url,
        JWT_SIGNING_KEY: JSON.stringify(privateJwk),
        SEAL_PRIVATE_KEY: JSON.stringify(seal.privateJwk),
        HOTLINE_SECRET: randomBytes(32).toString("base64url"),
        // As `npm run dev`: alert emails go to the dev mailbox (/dev/outbox).
        ENVIRONMENT: "dev",
        EMAIL_TRANSPORT: "dev",
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      },
      persistTo: join(folder, "wrangler"),
      output: "ignore",
    });
    stopWorker = () => stopProcessGroup(worker.process);
    project.provide("baseUrl", worker.url);
    project.provide("chromiumPath", chromium);
    project.provide("demoPassword", E2E_DEMO_PASSWORD);
  } catch (error) {
    await sqld.stop();
    throw error;
  }
  return async () => {
    await stopWorker();
    await sqld.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    demoPassword: string;
    demoAlertMorning: number;
  }
}
