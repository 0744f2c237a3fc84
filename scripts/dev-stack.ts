// The whole product on this machine: sqld with file storage under .data/,
// migrations, idempotent demo data, and `wrangler dev` on 127.0.0.1:8787.
// Ctrl-C (SIGINT), SIGTERM or SIGHUP stops every process it started.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoAlertMorning, seedDemoData } from "@kycuong/demo";
import { createDb } from "../packages/db/src/index";
import { migrateDatabase } from "../packages/db/src/migrate";
import { localDate } from "../packages/domain/src/calendar/index";
import { isPortFree } from "./lib/ports";
import { generateSigningJwk } from "./lib/signing-keys";
import { type RunningSqld, startSqld, stopProcessGroup } from "./lib/sqld";
import { startWranglerDev } from "./lib/wrangler-dev";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const apiPort = Number(process.env.KYCUONG_API_PORT ?? 8787);
const dbPort = Number(process.env.KYCUONG_DB_PORT ?? 8880);
const dataDir = join(root, ".data");
/** Every demo account's password (dev only; never seeded anywhere else). */
const demoPassword = process.env.KYCUONG_DEMO_PASSWORD ?? "kycuong-demo-2026";
const apiUrl = `http://127.0.0.1:${apiPort}`;

const started: { sqld?: RunningSqld; wrangler?: ChildProcess } = {};
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log("\nStopping the local stack …");
    if (started.wrangler) await stopProcessGroup(started.wrangler);
    if (started.sqld) await started.sqld.stop();
    console.log("Stopped: wrangler dev (workerd) and sqld.");
  }
  process.exit(exitCode);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void stopAll(0));
}
// Last resort if this process dies some other way: take the children with it.
process.on("exit", () => {
  for (const child of [started.wrangler, started.sqld?.process]) {
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
});

async function requireFreePort(port: number, what: string, variable: string): Promise<void> {
  if (await isPortFree(port)) return;
  console.error(
    `Port ${port} (${what}) is already in use on 127.0.0.1. Is another \`npm run dev\` running?\n` +
      `Stop whatever listens there, or choose another port: ${variable}=<port> npm run dev`,
  );
  process.exit(1);
}

/** This machine's token signing key, made once and kept in .data/ (never committed). */
function devSigningKey(): Promise<string> {
  return devKey("jwt-signing-key.json", "dev");
}

/** This machine's seal key for violation records, made the same way (a key apart from the token key). */
function devSealKey(): Promise<string> {
  return devKey("seal-private-key.json", "dev-seal");
}

async function devKey(name: string, prefix: string): Promise<string> {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    const { privateJwk } = await generateSigningJwk(`${prefix}-${Date.now().toString(36)}`);
    writeFileSync(file, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/** This machine's HMAC key for reporters' IP hashes and receipts, made once and kept in .data/. */
function devHotlineSecret(): string {
  const file = join(dataDir, "hotline-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  await requireFreePort(apiPort, "API", "KYCUONG_API_PORT");
  await requireFreePort(dbPort, "libSQL server", "KYCUONG_DB_PORT");
  mkdirSync(dataDir, { recursive: true });

  started.sqld = await startSqld({
    dbPath: join(dataDir, "sqld"),
    port: dbPort,
    logFile: join(dataDir, "sqld.log"),
  });
  console.log(`sqld (libSQL server) on ${started.sqld.url}, data in .data/sqld`);

  await migrateDatabase({ url: started.sqld.url });
  console.log("Migrations applied.");
  const seeded = await seedDemoData(createDb({ url: started.sqld.url }), new Date(), demoPassword, await devSealKey());
  const created = Object.entries(seeded)
    .map(
      ([what, n]) =>
        `${n} ${what
          .replace(/Created$/, "")
          .replace(/([A-Z])/g, " $1")
          .toLowerCase()}`,
    )
    .join(", ");
  console.log(`Demo data created: ${created} (existing rows are kept as they are).`);

  const worker = await startWranglerDev({
    port: apiPort,
    vars: {
      LIBSQL_URL: started.sqld.url,
      JWT_SIGNING_KEY: await devSigningKey(),
      SEAL_PRIVATE_KEY: await devSealKey(),
      HOTLINE_SECRET: devHotlineSecret(),
      // Alerts: emails go to the dev mailbox (/dev/outbox) and link back to this server.
      ENVIRONMENT: "dev",
      EMAIL_TRANSPORT: "dev",
      PUBLIC_BASE_URL: apiUrl,
    },
    persistTo: join(dataDir, "wrangler"),
    output: "inherit",
  });
  started.wrangler = worker.process;
  started.wrangler.once("exit", (code) => {
    if (!stopping) {
      console.error(`wrangler dev exited (code ${code}); stopping the rest.`);
      void stopAll(1);
    }
  });
  const alertMorning = await demoAlertMorning(createDb({ url: started.sqld.url }), new Date());
  console.log(`
Kỷ Cương is running.
  Console   ${apiUrl}/t/binh-son/login  (staff sign-in; ${apiUrl}/t/son-tinh/login for the other district)
  Hotline   ${apiUrl}/t/binh-son/hotline  (the citizens' form)
  API       ${apiUrl}/
  Health    ${apiUrl}/health
  Docs      ${apiUrl}/docs  (OpenAPI: ${apiUrl}/openapi.json)
  Tenants   ${apiUrl}/v1/public/tenants/binh-son · ${apiUrl}/v1/public/tenants/son-tinh
  Alerts    curl '${apiUrl}/cdn-cgi/handler/scheduled?cron=*/15+*+*+*+*&time=${alertMorning.getTime()}'
            (the cron at 07:30 on ${localDate(alertMorning, "Asia/Ho_Chi_Minh")} in Việt Nam, the latest working-day morning)
            then read the digests at ${apiUrl}/dev/outbox (JSON: ${apiUrl}/dev/outbox.json)
  Database  ${started.sqld.url} (sqld; files in .data/sqld)

Demo accounts, for the console and the API (password: ${demoPassword}; set KYCUONG_DEMO_PASSWORD to change it):
  platform@kycuong.example   platform_admin (no tenant)
  binh-son: admin@ (tenant_admin) · vanphong@ (party_office) · kiemtra@ (inspector)
            tiepdan@ (hotline_officer) · truongxa@ (unit_head, xã Bình Thanh Đông) · lanhdao@ (viewer)
            … all @binh-son.example
  son-tinh: admin@son-tinh.example (tenant_admin)
  Log in:   curl -s ${apiUrl}/v1/auth/login -H 'content-type: application/json' \\
              -d '{"tenant":"binh-son","email":"admin@binh-son.example","password":"${demoPassword}"}'
Press Ctrl-C to stop everything.
`);
}

main().catch((error: unknown) => {
  console.error(`Could not start the local stack: ${error instanceof Error ? error.message : String(error)}`);
  void stopAll(1);
});
