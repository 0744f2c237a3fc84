/**
 * Public report intake under load, end to end: N concurrent
 * `POST /v1/public/tenants/{slug}/reports` against a real `wrangler dev`
 * and a real sqld, with a counting proxy between them so the database round
 * trips per intake are counted, not assumed. Then, in the same run, the same
 * number of plain INSERTs straight to sqld as a baseline. A benchmark, not a
 * test: it prints figures and asserts only that every intake succeeded.
 *
 *   npm run bench:intake -- [--requests 200] [--concurrency 20] [--warmup 20] [--no-idempotency-key]
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client/http";
import { count, eq } from "drizzle-orm";
import { retryWhenBusy } from "../packages/db/src/busy-retry";
import { createDb, reportCategories, reports, tenants } from "../packages/db/src/index";
import { migrateDatabase } from "../packages/db/src/migrate";
import { percentile } from "./lib/bench-stats";
import { startCountingProxy, type Traffic } from "./lib/counting-proxy";
import { findFreePort } from "./lib/ports";
import { generateSigningJwk } from "./lib/signing-keys";
import { type RunningSqld, startSqld, stopProcessGroup } from "./lib/sqld";
import { type RunningWorker, startWranglerDev } from "./lib/wrangler-dev";

const { values: flags } = parseArgs({
  options: {
    requests: { type: "string", default: "200" },
    concurrency: { type: "string", default: "20" },
    warmup: { type: "string", default: "20" },
    "no-idempotency-key": { type: "boolean", default: false },
  },
});
const requests = Number(flags.requests);
const concurrency = Number(flags.concurrency);
const warmup = Number(flags.warmup);
const withKey = !flags["no-idempotency-key"];

/**
 * No single request should take this long; if one does, the run fails with
 * a message instead of hanging (sqld 0.24.32 has been seen to stall under
 * concurrent writes on this machine, spinning at 100% CPU).
 */
const STALL_MS = 30_000;

const traffic: Traffic = { counting: false, roundTrips: 0, writes: 0, reads: 0, busy: 0 };

async function seedTenant(url: string): Promise<{ id: string; slug: string }> {
  const db = createDb({ url });
  const at = new Date().toISOString();
  const tenant = { id: randomUUID(), slug: `bench-${randomBytes(4).toString("hex")}` };
  await db.batch([
    db.insert(tenants).values({
      ...tenant,
      name: "Huyện Bình Sơn",
      level: "district",
      province: "Quảng Ngãi",
      createdAt: at,
      updatedAt: at,
    }),
    db.insert(reportCategories).values({
      id: randomUUID(),
      tenantId: tenant.id,
      code: "thai_do",
      nameVi: "Thái độ",
      nameEn: "Attitude",
      deadlineWorkingDays: 10,
      createdAt: at,
      updatedAt: at,
    }),
  ]);
  return tenant;
}

/** Runs `total` jobs, `parallel` at a time; returns each job's latency in ms and the wall time. */
async function drive(total: number, parallel: number, job: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(parallel, total) }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await job(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

function summary(run: { latencies: number[]; wallMs: number }) {
  return {
    perSecond: (run.latencies.length / run.wallMs) * 1000,
    p50: percentile(run.latencies, 50),
    p99: percentile(run.latencies, 99),
  };
}

const description = "Cán bộ một cửa xã không tiếp dân đúng giờ, nói năng thiếu tôn trọng với người dân.";

function intake(worker: RunningWorker, slug: string, i: number): Promise<void> {
  // A distinct client per request: the per-client rate limit must not throttle the benchmark.
  const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  return fetch(`${worker.url}/v1/public/tenants/${slug}/reports`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "CF-Connecting-IP": ip,
      ...(withKey ? { "Idempotency-Key": randomUUID() } : {}),
    },
    body: JSON.stringify({ category: "thai_do", description: `${description} (#${i})` }),
    signal: AbortSignal.timeout(STALL_MS),
  }).then(async (res) => {
    if (res.status !== 201) throw new Error(`intake ${i} answered ${res.status}: ${await res.text()}`);
  });
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "kycuong-bench-intake-"));
  let sqld: RunningSqld | undefined;
  let proxy: Server | undefined;
  let worker: RunningWorker | undefined;
  const stop = async () => {
    if (worker) await stopProcessGroup(worker.process);
    proxy?.close();
    await sqld?.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void stop().then(() => process.exit(130)));
  try {
    sqld = await startSqld({
      dbPath: join(folder, "db"),
      port: await findFreePort(),
      logFile: join(folder, "sqld.log"),
    });
    await migrateDatabase({ url: sqld.url });
    const counting = await startCountingProxy(sqld.url, traffic, STALL_MS);
    proxy = counting.server;
    const tenant = await seedTenant(sqld.url);
    const { privateJwk } = await generateSigningJwk("bench");
    worker = await startWranglerDev({
      port: await findFreePort(),
      vars: {
        LIBSQL_URL: counting.url,
        JWT_SIGNING_KEY: JSON.stringify(privateJwk),
        SEAL_PRIVATE_KEY: JSON.stringify((await generateSigningJwk("bench-seal")).privateJwk),
        HOTLINE_SECRET: randomBytes(32).toString("base64url"),
      },
      persistTo: join(folder, "wrangler"),
      output: "ignore",
    });
    const running = worker;
    console.log(`sqld ${sqld.url} · proxy ${counting.url} · wrangler dev ${running.url}`);

    await drive(warmup, concurrency, (i) => intake(running, tenant.slug, requests + i));
    // The floor of this stack: one database round trip through the same Worker and proxy.
    const health = summary(
      await drive(requests, concurrency, async () => {
        const res = await fetch(`${running.url}/health`, { signal: AbortSignal.timeout(STALL_MS) });
        if (!res.ok) throw new Error(`/health answered ${res.status}`);
        await res.arrayBuffer();
      }),
    );
    traffic.counting = true;
    const measured = summary(await drive(requests, concurrency, (i) => intake(running, tenant.slug, i)));
    traffic.counting = false;
    const db = createDb({ url: sqld.url });
    const [stored] = await db.select({ n: count() }).from(reports).where(eq(reports.tenantId, tenant.id));
    if (stored?.n !== requests + warmup) throw new Error(`expected ${requests + warmup} reports, found ${stored?.n}`);

    // Baseline: one plain INSERT per request, straight to sqld (no Worker, no proxy).
    const client = createClient({
      url: sqld.url,
      fetch: (request: Request) => fetch(request, { signal: AbortSignal.timeout(STALL_MS) }),
    });
    const at = new Date().toISOString();
    let baselineBusy = 0;
    const baseline = summary(
      await drive(requests, concurrency, async (i) => {
        let attempts = 0;
        await retryWhenBusy(() => {
          if (attempts++ > 0) baselineBusy++;
          return client.execute({
            sql: "insert into reports (id, tenant_id, tracking_code, receipt_hash, channel, category_code, description, due_at, created_at, updated_at) values (?, ?, ?, ?, 'web', 'thai_do', ?, ?, ?, ?)",
            args: [
              randomUUID(),
              tenant.id,
              `BASE-${i}-${randomBytes(4).toString("hex")}`,
              "0".repeat(64),
              description,
              at,
              at,
              at,
            ],
          });
        });
      }),
    );
    client.close();

    const fmt = (n: number, digits = 1) => n.toFixed(digits);
    const timing = (run: ReturnType<typeof summary>) =>
      `${fmt(run.perSecond)} req/s · p50 ${fmt(run.p50)} ms · p99 ${fmt(run.p99)} ms`;
    const perIntake = (n: number) => fmt(n / requests, 2);
    const rows: [string, string][] = [
      ["intake (HTTP → wrangler dev → sqld)", timing(measured)],
      [
        "database round trips per intake",
        `${perIntake(traffic.roundTrips)} (reads ${perIntake(traffic.reads)}, write batches ${perIntake(traffic.writes)}; ` +
          `${traffic.busy} answered SQLITE_BUSY and were retried)`,
      ],
      ["reference: GET /health (1 round trip)", timing(health)],
      ["baseline: plain INSERT → sqld", `${timing(baseline)} (${baselineBusy} SQLITE_BUSY retried)`],
      [
        "ratio intake / baseline",
        `throughput ${fmt(measured.perSecond / baseline.perSecond, 2)}× · p50 latency ${fmt(measured.p50 / baseline.p50, 2)}×`,
      ],
    ];
    console.log(
      `\nPublic intake: ${requests} requests, concurrency ${concurrency}, ${warmup} warm-up, ` +
        `Idempotency-Key ${withKey ? "on" : "off"}`,
    );
    for (const [label, value] of rows) console.log(`  ${`${label}:`.padEnd(40)} ${value}`);
  } finally {
    await stop();
  }
}

await main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  console.error(`bench:intake failed: ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exitCode = 1;
});
