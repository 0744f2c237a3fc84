/**
 * Overdue alerts at scale, end to end: seeds N tenants × M open items into a
 * fresh sqld (inside sqld, by INSERT … SELECT), then replays the real cron
 * against `wrangler dev` (cron → one queue message per tenant → plan the
 * digests into the outbox → send them through the dev mailbox) and waits
 * until every tenant has planned and every digest is sent. Between the Worker
 * and sqld sit the counting proxy (round trips) and a tap that reads sqld's
 * `rows_read` per statement. Then it prints the query plans of the alert
 * reads and of every statement the flow sent, grows the open-but-not-due
 * items by `--growth` and runs the next working day's alerts again, to show
 * that the cost follows what is overdue, not what is open. A benchmark, not
 * a test: it fails only when a plan fully scans an item table or a tenant
 * was not planned.
 *
 *   npm run bench:alerts -- [--tenants 200] [--items 5000] [--growth 10] [--timeout 900] [--verbose]
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../packages/db/src/index";
import { migrateDatabase } from "../packages/db/src/migrate";
import { alertItemQueries } from "../packages/domain/src/alerts/alert-item-queries";
import { dueAfterWorkingDays, workingCalendar } from "../packages/domain/src/calendar/working-calendar";
import { parseTenantSettings } from "../packages/domain/src/tenants/tenant-settings";
import { executeStatements, type HranaStatement, toHranaValue } from "./lib/bench-alerts-hrana";
import { type PlanLine, printPlan, queryPlan, rowsReadPerTenant } from "./lib/bench-alerts-plans";
import { n, printComparison, type RunFigures, seconds } from "./lib/bench-alerts-report";
import { growTenants, seedTenants } from "./lib/bench-alerts-seed";
import { describeInFlight, resetTap, type StatementTap, startStatementTap } from "./lib/bench-alerts-tap";
import { startCountingProxy, type Traffic } from "./lib/counting-proxy";
import { findFreePort } from "./lib/ports";
import { generateSigningJwk } from "./lib/signing-keys";
import { type RunningSqld, startSqld, stopProcessGroup } from "./lib/sqld";
import { type RunningWorker, startWranglerDev } from "./lib/wrangler-dev";

const { values: flags } = parseArgs({
  options: {
    tenants: { type: "string", default: "200" },
    items: { type: "string", default: "5000" },
    growth: { type: "string", default: "10" },
    timeout: { type: "string", default: "900" },
    verbose: { type: "boolean", default: false },
  },
});
const tenantCount = Number(flags.tenants);
const itemsPerTenant = Number(flags.items);
const growth = Number(flags.growth);
const timeoutMs = Number(flags.timeout) * 1000;

const STALL_MS = 300_000;
const CRON = "*/15 * * * *";
/** Tuesday 1 and Wednesday 2 December 2026, 07:30 in Asia/Ho_Chi_Minh: inside the default 07:00–11:00 window. */
const RUN_DAYS = [new Date("2026-12-01T00:30:00Z"), new Date("2026-12-02T00:30:00Z")] as const;
const ZONE = "Asia/Ho_Chi_Minh";
const ITEM_TABLES = ["reports", "tasks", "dialogue_issues", "violation_records", "violation_record_officials"];
const tenantIds = Array.from({ length: tenantCount }, (_, i) => `bench-${String(i + 1).padStart(4, "0")}`);

/** Sending is everything the outbox sender does: taking rows, the dev mailbox, recording the outcome. */
function phaseOf(statements: HranaStatement[]): string {
  const delivery = /dev_mailbox|^update "notifications" set "(attempts"|status" = \?, "last_error")/;
  return statements.some((s) => delivery.test(s.sql)) ? "sending" : "planning";
}

const at = (t: number) => performance.now() - t;
const text = (value: string) => toHranaValue(value);

function alertReads(db: ReturnType<typeof createDb>, tenantId: string, now: Date): Record<string, HranaStatement> {
  const settings = parseTenantSettings({});
  // The horizon only sizes the reads measured here; weekends alone are enough for that.
  const calendar = workingCalendar({ timezone: ZONE, calendar: { years: {}, national: [], own: [] } });
  const horizon = dueAfterWorkingDays(calendar, now, settings.alertDueSoonWorkingDays).toISOString();
  const queries = alertItemQueries(db, tenantId, horizon);
  return Object.fromEntries(
    Object.entries(queries).map(([name, query]) => {
      const { sql, params } = query.toSQL();
      return [name, { sql, args: params.map(toHranaValue) }];
    }),
  );
}

/** No tenant planned and no digest sent for this long: the flow has stopped (a failing consumer, a reloaded wrangler dev). */
const NO_PROGRESS_MS = 90_000;

/** Polls sqld directly (not through the proxies) until every tenant planned `localDate` and nothing waits to be sent. */
async function waitForAlerts(url: string, tap: StatementTap, localDate: string, started: number) {
  const date = [text(localDate)];
  let plannedMs: number | undefined;
  let progress = "";
  let progressAt = performance.now();
  for (;;) {
    const [runs, pending, failed] = await executeStatements(url, [
      { sql: "select count(*) from alert_runs where local_date = ?", args: date },
      { sql: "select count(*) from notifications where status = 'pending' and local_date = ?", args: date },
      {
        sql: "select max(last_error) from notifications where status in ('pending', 'dead') and local_date = ?",
        args: date,
      },
    ]);
    const planned = Number(runs?.values[0]?.[0]);
    const waiting = Number(pending?.values[0]?.[0]);
    const elapsed = at(started);
    if (planned === tenantCount && plannedMs === undefined) plannedMs = elapsed;
    const lastError = failed?.values[0]?.[0];
    if (lastError) throw new Error(`a digest could not be sent: ${lastError}`);
    if (plannedMs !== undefined && waiting === 0) {
      const [written] = await executeStatements(url, [
        { sql: "select count(*) from notifications where local_date = ?", args: date },
      ]);
      return { plannedMs, sentMs: elapsed, notifications: Number(written?.values[0]?.[0]) };
    }
    if (`${planned}/${waiting}` !== progress) [progress, progressAt] = [`${planned}/${waiting}`, performance.now()];
    const stalled = at(progressAt) > NO_PROGRESS_MS;
    if (stalled || elapsed > timeoutMs)
      throw new Error(
        `${stalled ? `no progress for ${NO_PROGRESS_MS / 1000} s` : `timed out after ${seconds(elapsed)}`}: ` +
          `${planned}/${tenantCount} tenants planned ${localDate}, ${waiting} digests wait to be sent; ` +
          `${describeInFlight(tap)}. ` +
          "Rerun with --verbose to see the Worker's log (wrangler dev also rebuilds and restarts the Worker " +
          "when files in the checkout change, which can cut a run short).",
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function runAlerts(
  worker: RunningWorker,
  sqldUrl: string,
  traffic: Traffic,
  tap: StatementTap,
  now: Date,
  openItems: number,
): Promise<RunFigures> {
  const localDate = now.toLocaleDateString("en-CA", { timeZone: ZONE });
  resetTap(tap);
  Object.assign(traffic, { roundTrips: 0, writes: 0, reads: 0, busy: 0, counting: true });
  tap.recording = true;
  const started = performance.now();
  const cron = await fetch(
    `${worker.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(CRON)}&time=${now.getTime()}`,
    { signal: AbortSignal.timeout(STALL_MS) },
  );
  const cronMs = at(started);
  if (!cron.ok) throw new Error(`the cron answered ${cron.status}: ${await cron.text()}`);
  const done = await waitForAlerts(sqldUrl, tap, localDate, started);
  traffic.counting = false;
  tap.recording = false;
  if (tap.errors.length > 0) console.log(`  note: sqld refused ${tap.errors.length} statements, e.g. ${tap.errors[0]}`);
  if (tap.undecoded > 0) console.log(`  note: ${tap.undecoded} requests were not JSON pipelines (not in rows read)`);
  const db = createDb({ url: sqldUrl });
  const reads = await rowsReadPerTenant(sqldUrl, tenantIds, (id) => alertReads(db, id, now));
  return {
    openItems,
    cronMs,
    ...done,
    roundTrips: traffic.roundTrips,
    busy: traffic.busy,
    phases: new Map(tap.phases),
    statements: new Map(tap.bySql),
    reads,
  };
}

/** EXPLAIN QUERY PLAN of the five alert reads and of every other statement the flow sent; returns the bad lines. */
async function checkPlans(sqldUrl: string, run: RunFigures, now: Date, print: boolean): Promise<string[]> {
  const bad: string[] = [];
  const db = createDb({ url: sqldUrl });
  const check = async (title: string, statement: HranaStatement) => {
    const lines: PlanLine[] = await queryPlan(sqldUrl, statement);
    if (print) printPlan(title, lines);
    for (const line of lines) if (line.verdict === "scan") bad.push(`${title}: ${line.detail}`);
  };
  const reads = alertReads(db, tenantIds[0] ?? "bench-0001", now);
  for (const [name, statement] of Object.entries(reads)) await check(`alert read "${name}"`, statement);
  const fiveSql = new Set(Object.values(reads).map((s) => s.sql));
  for (const [sql, stats] of run.statements) {
    if (fiveSql.has(sql) || /^\s*insert\b/i.test(sql)) continue;
    await check(`${stats.label} (${stats.calls} calls)`, stats.example);
  }
  return bad;
}

async function countItems(url: string): Promise<string> {
  const counts = await executeStatements(
    url,
    ITEM_TABLES.map((table) => ({ sql: `select count(*) from ${table}`, args: [] })),
  );
  return ITEM_TABLES.map((table, i) => `${table} ${n(Number(counts[i]?.values[0]?.[0]))}`).join(", ");
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "kycuong-bench-alerts-"));
  let sqld: RunningSqld | undefined;
  const servers: Server[] = [];
  let worker: RunningWorker | undefined;
  // Once only, however many signals arrive: Ctrl-C reaches this process from the terminal and again
  // relayed by pnpm/npm and tsx, and tsx exits a child that has no listener left for a repeated signal.
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (worker) await stopProcessGroup(worker.process);
      for (const server of servers) server.close();
      await sqld?.stop();
      rmSync(folder, { recursive: true, force: true });
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => void stop().then(() => process.exit(130)));
  try {
    const limits = {
      tenants: [tenantCount, 1],
      items: [itemsPerTenant, 100],
      growth: [growth, 1],
      timeout: [timeoutMs, 1],
    };
    for (const [name, [value, least]] of Object.entries(limits))
      if (!Number.isInteger(value) || (value ?? 0) < (least ?? 1))
        throw new Error(`--${name} must be a whole number ≥ ${least}`);
    console.log(
      `Overdue alerts: ${n(tenantCount)} tenants × ${n(itemsPerTenant)} open items (${n(tenantCount * itemsPerTenant)}), ` +
        `then open-but-not-due items ×${growth}`,
    );
    sqld = await startSqld({
      dbPath: join(folder, "db"),
      port: await findFreePort(),
      logFile: join(folder, "sqld.log"),
    });
    await migrateDatabase({ url: sqld.url });
    let t = performance.now();
    await seedTenants(sqld.url, tenantCount, itemsPerTenant);
    console.log(`Seeded in ${seconds(at(t))}: ${await countItems(sqld.url)}`);

    const { url: tapUrl, server: tapServer, tap } = await startStatementTap(sqld.url, phaseOf, STALL_MS);
    const traffic: Traffic = { counting: false, roundTrips: 0, writes: 0, reads: 0, busy: 0 };
    const counting = await startCountingProxy(tapUrl, traffic, STALL_MS);
    servers.push(tapServer, counting.server);
    const port = await findFreePort();
    const { privateJwk } = await generateSigningJwk("bench");
    worker = await startWranglerDev({
      port,
      vars: {
        LIBSQL_URL: counting.url,
        JWT_SIGNING_KEY: JSON.stringify(privateJwk),
        SEAL_PRIVATE_KEY: JSON.stringify((await generateSigningJwk("bench-seal")).privateJwk),
        HOTLINE_SECRET: randomBytes(32).toString("base64url"),
        ENVIRONMENT: "dev",
        EMAIL_TRANSPORT: "dev",
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      },
      persistTo: join(folder, "wrangler"),
      output: flags.verbose ? "inherit" : "ignore",
    });
    console.log(`sqld ${sqld.url} · tap ${tapUrl} · counting proxy ${counting.url} · wrangler dev ${worker.url}`);

    const runs: RunFigures[] = [];
    runs.push(await runAlerts(worker, sqld.url, traffic, tap, RUN_DAYS[0], tenantCount * itemsPerTenant));
    console.log(
      `Run 1 (${RUN_DAYS[0].toISOString()}): every tenant planned and sent in ${seconds(runs[0]?.sentMs ?? 0)}`,
    );
    console.log("\nQuery plans (EXPLAIN QUERY PLAN against sqld, arguments as the flow sent them):");
    const bad = await checkPlans(sqld.url, runs[0] as RunFigures, RUN_DAYS[0], true);

    if (growth > 1) {
      t = performance.now();
      await growTenants(sqld.url, tenantCount, itemsPerTenant, itemsPerTenant * growth);
      console.log(
        `\nGrew to ${n(itemsPerTenant * growth)} open items per tenant in ${seconds(at(t))}: ${await countItems(sqld.url)}`,
      );
      runs.push(await runAlerts(worker, sqld.url, traffic, tap, RUN_DAYS[1], tenantCount * itemsPerTenant * growth));
      console.log(
        `Run 2 (${RUN_DAYS[1].toISOString()}): every tenant planned and sent in ${seconds(runs[1]?.sentMs ?? 0)}`,
      );
      bad.push(...(await checkPlans(sqld.url, runs[1] as RunFigures, RUN_DAYS[1], false)));
    }
    printComparison(runs, tenantCount, growth);
    if (bad.length > 0) {
      console.error(`\nFull scans of item tables:\n  ${bad.join("\n  ")}`);
      process.exitCode = 1;
    }
  } finally {
    await stop();
  }
}

await main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  console.error(`bench:alerts failed: ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exitCode = 1;
});
