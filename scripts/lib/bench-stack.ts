import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemoData } from "@kycuong/demo";
import { createDb } from "../../packages/db/src/index";
import { migrateDatabase } from "../../packages/db/src/migrate";
import { findFreePort } from "./ports";
import { generateSigningJwk } from "./signing-keys";
import { type RunningSqld, startSqld, stopProcessGroup } from "./sqld";
import { type RunningWorker, startWranglerDev } from "./wrangler-dev";

/** A benchmark's own local stack: sqld and `wrangler dev` on free loopback ports, in a temporary folder. */
export interface BenchStack {
  /** sqld's URL, for reading the database directly (the Worker may reach it through a proxy). */
  sqldUrl: string;
  worker: RunningWorker;
  folder: string;
  /** Stops both processes and removes the folder; safe to call twice. */
  stop(): Promise<void>;
}

export interface BenchStackOptions {
  /** Names the temporary folder (`kycuong-bench-<name>-…`) and the signing key. */
  name: string;
  /** Seeds the demo tenants with every demo account on this password (as `npm run dev` does). */
  demoPassword: string;
}

/**
 * The dev stack of `npm run dev` (migrations, demo data, dev vars), but on
 * free ports and in a temporary folder, so a benchmark runs beside
 * `npm run dev` and leaves nothing behind. SIGINT/SIGTERM stop it too.
 */
export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  const folder = mkdtempSync(join(tmpdir(), `kycuong-bench-${options.name}-`));
  let sqld: RunningSqld | undefined;
  let worker: RunningWorker | undefined;
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      if (worker) await stopProcessGroup(worker.process);
      await sqld?.stop();
      rmSync(folder, { recursive: true, force: true });
    })();
    return stopped;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void stop().then(() => process.exit(130)));
  try {
    sqld = await startSqld({
      dbPath: join(folder, "sqld"),
      port: await findFreePort(),
      logFile: join(folder, "sqld.log"),
    });
    await migrateDatabase({ url: sqld.url });
    const seal = await generateSigningJwk(`bench-seal-${options.name}`);
    await seedDemoData(createDb({ url: sqld.url }), new Date(), options.demoPassword, JSON.stringify(seal.privateJwk));
    const { privateJwk } = await generateSigningJwk(`bench-${options.name}`);
    worker = await startWranglerDev({
      port: await findFreePort(),
      vars: {
        LIBSQL_URL: sqld.url,
        JWT_SIGNING_KEY: JSON.stringify(privateJwk),
        SEAL_PRIVATE_KEY: JSON.stringify(seal.privateJwk),
        HOTLINE_SECRET: randomBytes(32).toString("base64url"),
        ENVIRONMENT: "dev",
        EMAIL_TRANSPORT: "dev",
        PUBLIC_BASE_URL: "http://127.0.0.1",
      },
      persistTo: join(folder, "wrangler"),
      output: "ignore",
    });
    return { sqldUrl: sqld.url, worker, folder, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
