/**
 * What each staff console page costs: database round trips and server time,
 * for every demo role, against a real `wrangler dev` and a real sqld seeded
 * with the demo data. The Worker on the dev stack answers each request with
 * `Server-Timing: db;desc="N round trips";dur=…, total;dur=…`, counted by
 * the database client itself (one per HTTP request to libSQL). A benchmark,
 * not a test: it prints a table, and exits non-zero only if a page failed
 * to load.
 *
 *   npm run bench:console -- [--repeat 20]
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { seedDemoData } from "@kycuong/demo";
import { createDb } from "../packages/db/src/index";
import { migrateDatabase } from "../packages/db/src/migrate";
import { findFreePort } from "./lib/ports";
import { generateSigningJwk } from "./lib/signing-keys";
import { type RunningSqld, startSqld, stopProcessGroup } from "./lib/sqld";
import { type RunningWorker, startWranglerDev } from "./lib/wrangler-dev";

const { values: flags } = parseArgs({ options: { repeat: { type: "string", default: "20" } } });
const repeat = Number(flags.repeat);
const password = "bench-console-password";
const slug = "binh-son";

/** Who opens which pages: each demo role's home, then the pages its home links to first. */
const accounts = [
  { role: "hotline_officer", email: "tiepdan@binh-son.example" },
  { role: "unit_head", email: "truongxa@binh-son.example" },
  { role: "party_office", email: "vanphong@binh-son.example" },
  { role: "inspector", email: "kiemtra@binh-son.example" },
  { role: "tenant_admin", email: "admin@binh-son.example" },
  { role: "viewer", email: "lanhdao@binh-son.example" },
];

/** Pages a role's home links to, by the first link of each kind found on it (and on the inbox). */
const followed = [
  /href="(\/t\/binh-son\/app\/reports(?:\?[^"]*)?)"/,
  /href="(\/t\/binh-son\/app\/reports\/[0-9a-f-]{36})"/,
  /href="(\/t\/binh-son\/app\/tasks(?:\?[^"]*)?)"/,
  /href="(\/t\/binh-son\/app\/tasks\/[0-9a-f-]{36})"/,
  /href="(\/t\/binh-son\/app\/dialogues[^"]*)"/,
  /href="(\/t\/binh-son\/app\/violations(?:\?[^"]*)?)"/,
  /href="(\/t\/binh-son\/app\/violations\/[0-9a-f-]{36})"/,
  /href="(\/t\/binh-son\/app\/inspections[^"]*)"/,
  /href="(\/t\/binh-son\/app\/tracking-book[^"]*)"/,
  /href="(\/t\/binh-son\/app\/notifications(?:\?[^"]*)?)"/,
  /href="(\/t\/binh-son\/app\/notifications\/[0-9a-f-]{36})"/,
];

interface Measured {
  status: number;
  roundTrips: number;
  dbMs: number;
  totalMs: number;
  html: string;
}

async function signIn(worker: RunningWorker, email: string): Promise<string> {
  const form = await fetch(`${worker.url}/t/${slug}/login`);
  const formCookie = (form.headers.getSetCookie().find((c) => c.startsWith("kc_form=")) ?? "").split(";")[0] ?? "";
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? "";
  const res = await fetch(`${worker.url}/t/${slug}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: formCookie },
    body: new URLSearchParams({ _csrf: token, email, password }).toString(),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("kc_session="));
  if (res.status !== 303 || !session) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return session.split(";")[0] ?? "";
}

async function measure(worker: RunningWorker, path: string, cookie: string): Promise<Measured> {
  const res = await fetch(`${worker.url}${path}`, { headers: { cookie }, redirect: "manual" });
  const timing = res.headers.get("server-timing") ?? "";
  const html = await res.text();
  return {
    status: res.status,
    roundTrips: Number(/db;desc="(\d+) round trips"/.exec(timing)?.[1] ?? Number.NaN),
    dbMs: Number(/db;[^,]*dur=([\d.]+)/.exec(timing)?.[1] ?? Number.NaN),
    totalMs: Number(/total;dur=([\d.]+)/.exec(timing)?.[1] ?? Number.NaN),
    html,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "kycuong-bench-console-"));
  let sqld: RunningSqld | undefined;
  let worker: RunningWorker | undefined;
  const stop = async () => {
    if (worker) await stopProcessGroup(worker.process);
    await sqld?.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void stop().then(() => process.exit(130)));
  let failed = false;
  try {
    sqld = await startSqld({
      dbPath: join(folder, "sqld"),
      port: await findFreePort(),
      logFile: join(folder, "sqld.log"),
    });
    await migrateDatabase({ url: sqld.url });
    await seedDemoData(createDb({ url: sqld.url }), new Date(), password);
    const { privateJwk } = await generateSigningJwk("bench-console");
    worker = await startWranglerDev({
      port: await findFreePort(),
      vars: {
        LIBSQL_URL: sqld.url,
        JWT_SIGNING_KEY: JSON.stringify(privateJwk),
        HOTLINE_SECRET: randomBytes(32).toString("base64url"),
        ENVIRONMENT: "dev",
        EMAIL_TRANSPORT: "dev",
        PUBLIC_BASE_URL: "http://127.0.0.1",
      },
      persistTo: join(folder, "wrangler"),
      output: "ignore",
    });
    console.log(`Console pages on wrangler dev + sqld with the demo data; ${repeat} loads each after one warm-up.`);
    console.log("A page's budget is 2 round trips: the session (one batch) and its data (one batch).\n");
    const rows: string[][] = [["role", "page", "status", "round trips", "db ms p50", "server ms p50", "server ms p95"]];
    for (const account of accounts) {
      const cookie = await signIn(worker, account.email);
      const home = await measure(worker, `/t/${slug}/app`, cookie);
      const pages = [`/t/${slug}/app`];
      const seen = [home.html];
      for (const pattern of followed) {
        const found = seen.map((html) => pattern.exec(html)?.[1]).find(Boolean);
        if (!found) continue;
        const path = found.replace(/&amp;/g, "&");
        if (pages.includes(path)) continue;
        pages.push(path);
        seen.push((await measure(worker, path, cookie)).html);
      }
      for (const path of pages) {
        const runs: Measured[] = [];
        for (let i = 0; i <= repeat; i++) runs.push(await measure(worker, path, cookie));
        const timed = runs.slice(1);
        const trips = [...new Set(timed.map((r) => r.roundTrips))].join("/");
        if (timed.some((r) => r.status !== 200)) failed = true;
        rows.push([
          account.role,
          // Ids shortened so the table stays readable: which item it was matters less than what kind.
          path
            .replace(`/t/${slug}`, "")
            .replace(/#.*$/, "")
            .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "{id}"),
          String(timed[0]?.status),
          trips,
          percentile(
            timed.map((r) => r.dbMs),
            50,
          ).toFixed(1),
          percentile(
            timed.map((r) => r.totalMs),
            50,
          ).toFixed(1),
          percentile(
            timed.map((r) => r.totalMs),
            95,
          ).toFixed(1),
        ]);
      }
    }
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
    for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
    const over = rows.slice(1).filter((row) => row[3]?.split("/").some((n) => Number(n) > 2));
    console.log(
      over.length === 0
        ? "\nEvery page stayed within 2 round trips."
        : `\n${over.length} page(s) over 2 round trips: ${over.map((row) => `${row[0]} ${row[1]}`).join(", ")}`,
    );
  } finally {
    await stop();
  }
  if (failed) {
    console.error("Some page did not answer 200.");
    process.exit(1);
  }
}

await main();
