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
import { parseArgs } from "node:util";
import { type BenchStack, startBenchStack } from "./lib/bench-stack";
import { formatTable, percentile } from "./lib/bench-stats";
import { signInToConsole } from "./lib/console-sign-in";
import type { RunningWorker } from "./lib/wrangler-dev";

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

async function main(): Promise<void> {
  let stack: BenchStack | undefined;
  let failed = false;
  try {
    stack = await startBenchStack({ name: "console", demoPassword: password });
    const { worker } = stack;
    console.log(`Console pages on wrangler dev + sqld with the demo data; ${repeat} loads each after one warm-up.`);
    console.log("A page's budget is 2 round trips: the session (one batch) and its data (one batch).\n");
    const rows: string[][] = [["role", "page", "status", "round trips", "db ms p50", "server ms p50", "server ms p95"]];
    for (const account of accounts) {
      const cookie = await signInToConsole(worker.url, { slug, email: account.email, password });
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
    console.log(formatTable(rows));
    const over = rows.slice(1).filter((row) => row[3]?.split("/").some((n) => Number(n) > 2));
    console.log(
      over.length === 0
        ? "\nEvery page stayed within 2 round trips."
        : `\n${over.length} page(s) over 2 round trips: ${over.map((row) => `${row[0]} ${row[1]}`).join(", ")}`,
    );
  } finally {
    await stack?.stop();
  }
  if (failed) {
    console.error("Some page did not answer 200.");
    process.exit(1);
  }
}

await main();
