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
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "@libsql/client/web";
import { count, eq } from "drizzle-orm";
import { createDb, reportCategories, reports, tenants } from "../packages/db/src/index";
import { migrateDatabase } from "../packages/db/src/migrate";
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

/** What crossed the proxy: each HTTP request to sqld is one round trip. */
const traffic = { counting: false, roundTrips: 0, writes: 0, reads: 0 };

/**
 * A counting HTTP proxy in front of sqld. The Worker's client speaks Hrana
 * over HTTP (JSON pipelines); a pipeline carrying a `batch` is a write, one
 * carrying only `execute` a read.
 */
async function startCountingProxy(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (traffic.counting) {
      traffic.roundTrips++;
      const text = body.toString("utf8");
      if (/"type"\s*:\s*"batch"/.test(text)) traffic.writes++;
      else if (/"type"\s*:\s*"execute"/.test(text)) traffic.reads++;
    }
    try {
      const upstream = await fetch(`${target}${req.url}`, {
        method: req.method ?? "GET",
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        ...(body.length > 0 ? { body } : {}),
        signal: AbortSignal.timeout(30_000),
      });
      const answer = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
      res.end(answer);
    } catch (error) {
      console.error(`proxy: ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : error}`);
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server };
}

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

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
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
    const counting = await startCountingProxy(sqld.url);
    proxy = counting.server;
    const tenant = await seedTenant(sqld.url);
    const { privateJwk } = await generateSigningJwk("bench");
    worker = await startWranglerDev({
      port: await findFreePort(),
      vars: {
        LIBSQL_URL: counting.url,
        JWT_SIGNING_KEY: JSON.stringify(privateJwk),
        HOTLINE_SECRET: randomBytes(32).toString("base64url"),
      },
      persistTo: join(folder, "wrangler"),
      output: "ignore",
    });
    const running = worker;
    console.log(`sqld ${sqld.url} · proxy ${counting.url} · wrangler dev ${running.url}`);

    await drive(warmup, concurrency, (i) => intake(running, tenant.slug, requests + i));
    traffic.counting = true;
    const measured = summary(await drive(requests, concurrency, (i) => intake(running, tenant.slug, i)));
    traffic.counting = false;
    const db = createDb({ url: sqld.url });
    const [stored] = await db.select({ n: count() }).from(reports).where(eq(reports.tenantId, tenant.id));
    if (stored?.n !== requests + warmup) throw new Error(`expected ${requests + warmup} reports, found ${stored?.n}`);

    // Baseline: one plain INSERT per request, straight to sqld (no Worker, no proxy).
    const client = createClient({ url: sqld.url });
    const at = new Date().toISOString();
    const baseline = summary(
      await drive(requests, concurrency, async (i) => {
        await client.execute({
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
      }),
    );
    client.close();

    const fmt = (n: number, digits = 1) => n.toFixed(digits);
    console.log(`
Public intake: ${requests} requests, concurrency ${concurrency}, ${warmup} warm-up, Idempotency-Key ${withKey ? "on" : "off"}
  intake (HTTP → wrangler dev → sqld): ${fmt(measured.perSecond)} req/s · p50 ${fmt(measured.p50)} ms · p99 ${fmt(measured.p99)} ms
  database round trips per intake:     ${fmt(traffic.roundTrips / requests, 2)} (reads ${fmt(traffic.reads / requests, 2)}, write batches ${fmt(traffic.writes / requests, 2)})
  baseline plain INSERT → sqld:        ${fmt(baseline.perSecond)} req/s · p50 ${fmt(baseline.p50)} ms · p99 ${fmt(baseline.p99)} ms
  ratio intake / baseline:             throughput ${fmt(measured.perSecond / baseline.perSecond, 2)}× · p50 latency ${fmt(measured.p50 / baseline.p50, 2)}×`);
  } finally {
    await stop();
  }
}

await main();
